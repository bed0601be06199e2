/**
 * A run of common hanzi, however long, on a line of genuine Chinese that a double-byte
 * code page reads as no Latin letter and no CJK character is Chinese: "某某某" ("so-and-so",
 * a placeholder) is EUC-JP CB BF three times, UTF-8 "˿˿˿", and EUC-KR reads it as Arabic
 * "ٻٻٻ". Short runs were already so judged (lone-cjk-words.ts); mojibake that reads as
 * accented Latin letters sits inside Latin words ("Kari艈拧"), and broken Cyrillic or Greek
 * gives rare hanzi among the common ones. The line's Chinese is genuine when it stands
 * outside every span found, those with lost bytes too (their hanzi are mojibake's own).
 * Before → after: "第一种是 binary-某某某" stays as it is (it was "… binary-˿˿˿").
 */
import { isCommonCjk } from "../../plausibility/common-cjk.js";

const LATIN_OR_CJK = /[\p{Script=Latin}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Whether `before` is common CJK characters only and `after`, its reading, holds no Latin letter and no CJK character. */
export function commonHanziRunIntoNoLatin(before: string, after: string): boolean {
  for (const ch of before) if (!isCommonCjk(ch.codePointAt(0)!)) return false;
  return before.length > 0 && !LATIN_OR_CJK.test(after);
}
