/**
 * A double-byte character glued to a Latin word that reads as letters of a third script
 * (neither Latin nor Greek nor CJK) makes a word of two alphabets, which no mojibake
 * leaves: a Latin word's broken letters read back as Latin ("Kari艈拧" is "Kariņš"), and a
 * word of another alphabet broken whole stands apart from Latin words. "Tab谢" (GBK D0
 * BB, UTF-8 "л") is no "Tabл", "Esc西" no "Escर", "爬USB" no "નUSB", "席Shift" no "६Shift". Greek is left out: a
 * Greek letter glued to a Latin one is everyday ("k惟" is "kΩ"). The line's text outside
 * the spans must show no letter of a third script: there such a letter may be the line's
 * own, and it is judged as before.
 * Before → after: "Tab谢 Tab谢" stays as it is (it was "Tabл Tabл").
 */

import { textOutside } from "./span-guards.js";

const LATIN_LETTER = /^\p{Script=Latin}$/u;
/** Letters, marks and digits of a script other than Latin, Greek and CJK (Common and Inherited are no script's). */
const THIRD_SCRIPT_LETTER = /^(?![\p{Script=Latin}\p{Script=Greek}\p{Script=Common}\p{Script=Inherited}\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{M}\p{N}]$/u;

/**
 * Whether line[start, end), glued to a Latin letter on either side, reads as `after`
 * holding letters of a third script and no Latin letter, while the line's text outside
 * the spans found (`spans`) has no letter of a third script.
 */
export function thirdScriptInLatinWord(line: string, start: number, end: number, after: string, spans: readonly { start: number; end: number }[]): boolean {
  const glued = LATIN_LETTER.test(line[start - 1] ?? "") || LATIN_LETTER.test(line[end] ?? "");
  if (!glued || [...after].some((ch) => LATIN_LETTER.test(ch))) return false;
  if (![...after].some((ch) => THIRD_SCRIPT_LETTER.test(ch))) return false;
  for (const ch of textOutside(line, spans)) if (THIRD_SCRIPT_LETTER.test(ch)) return false;
  return true;
}
