/**
 * An apostrophe told from other punctuation by how the line's language writes it
 * (src/repair/mojibake/apostrophe-by-language.ts): Maltese "ta’", "jista’", Afrikaans "’n".
 * Inputs were made with CPython 3: `text.encode("utf-8").decode(enc, errors=…)`.
 */
import { describe, expect, it } from "vitest";
import { fixText } from "../src/index.js";

const RESTORED: { encoding: string; broken: string; clean: string }[] = [
  { encoding: "big5", broken: "Elkeen, as ���n lid van die gemeenskap", clean: "Elkeen, as ’n lid van die gemeenskap" },
  { encoding: "euc_kr", broken: "Elkeen, as ���n lid van die gemeenskap", clean: "Elkeen, as ’n lid van die gemeenskap" },
  { encoding: "euc_jp", broken: "Elkeen, as ���n lid van die gemeenskap", clean: "Elkeen, as ’n lid van die gemeenskap" },
  { encoding: "big5", broken: "Kul藹add g藹andu l-jedd ugwali li jid藹ol g藹as-servizzi pubbli��i ta��� pajji髒u.", clean: "Kulħadd għandu l-jedd ugwali li jidħol għas-servizzi pubbliċi ta’ pajjiżu." },
  { encoding: "euc_kr", broken: "Kul침add g침andu l-jedd g침al livell ta���", clean: "Kulħadd għandu l-jedd għal livell ta’" },
];

describe("an apostrophe where the language writes one", () => {
  for (const { encoding, broken, clean } of RESTORED) it(`${encoding}: ${clean}`, () => expect(fixText(broken, { repairOnly: true })).toBe(clean));
});

/** Where the language writes no apostrophe there, the place still chooses: an ellipsis trails off an English word. */
it("English keeps the place's choice", () => {
  expect(fixText("and so on鈥� and then 鈥渉ello鈥�", { repairOnly: true })).toBe("and so on… and then “hello”");
});
