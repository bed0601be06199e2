/**
 * The long-vowel mark "ー" restored where a decoder lost one of its bytes
 * (src/repair/mojibake/long-vowel-mark.ts): Unicode files it under no script, so it was
 * never among the letters of its kana neighbours. Inputs made with CPython 3:
 * `text.encode("utf-8").decode(enc, errors="replace")`.
 */
import { describe, expect, it } from "vitest";
import { fixText } from "../src/index.js";

const R = { repairOnly: true, fixes: { "curly-quotes": false } } as const;

const CASES: { name: string; broken: string; clean: string }[] = [
  {
    name: "Shift_JIS: ページ, its 83 lost before BC",
    broken: "縺薙�ｮ繝壹�ｼ繧ｸ縺ｧ縺ｯ縲√ョ繧ｹ繧ｯ繝医ャ繝励ｄ繧｢繝励Μ繧ｱ繝ｼ繧ｷ繝ｧ繝ｳ繧定ｪｬ譏弱＠縺ｾ縺吶��",
    clean: "このページでは、デスクトップやアプリケーションを説明します。",
  },
  {
    name: "Windows-1250: キー, its 81 lost",
    broken: "č¤‡ć•°ă�®ă‚\u00adă�Ľă‚’ĺ�Ść™‚ă�«ćŠĽă�™ă�“ă�¨ă�Śĺ›°é›Łă�§ă�‚ă‚Śă�°",
    clean: "複数のキーを同時に押すことが困難であれば",
  },
];

describe("the long-vowel mark is a letter of its kana words", () => {
  for (const { name, broken, clean } of CASES) it(name, () => expect(fixText(broken, R)).toBe(clean));
});
