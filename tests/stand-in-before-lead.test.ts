/**
 * A stand-in for a sequence's last byte with the next sequence's lead after it
 * (src/repair/mojibake/stand-in-before-lead.ts): only a byte the decoder could not pair
 * with that lead is the lost one. Inputs made with CPython 3:
 * `text.encode("utf-8").decode("shift_jis", errors="replace")`.
 */
import { describe, expect, it } from "vitest";
import { fixText } from "../src/index.js";

const R = { repairOnly: true, fixes: { "curly-quotes": false } } as const;

const CASES: { name: string; broken: string; clean: string }[] = [
  // "い" is E3 81 84: 84 E3 is no pair, so 84 was lost; "こ" (E3 81 93) would have paired 93 E3 (薙).
  { name: "Shift_JIS: い before の", broken: "縺贋ｽｿ縺\ufffd縺ｮ", clean: "お使いの" },
  { name: "Shift_JIS: い before る", broken: "縺輔ｌ縺ｦ縺\ufffd繧九°遒ｺ隱阪＠縺ｾ縺吶\ufffd\ufffd", clean: "されているか確認します。" },
];

describe("a stand-in before a surviving lead is a byte the decoder could not pair with it", () => {
  for (const { name, broken, clean } of CASES) it(name, () => expect(fixText(broken, R)).toBe(clean));
});
