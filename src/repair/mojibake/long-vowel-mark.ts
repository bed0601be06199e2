/**
 * The long-vowel mark "ー" (U+30FC) as a letter of the CJK script group. Japanese writes it
 * inside katakana words, more often than any kana ("サーバー", "キーボード", "ページ"),
 * but Unicode files it under no script (Script=Common, a modifier letter), so a lost byte
 * that was this mark found no letter of its neighbours' script among its candidates and
 * the commonest kana of its byte row won instead: Python's Shift_JIS loses the 83 of
 * "ー" (E3 83 BC) before BC, and "サポ◆ｼト" became "サポぼト" (E3 81 BC).
 * Before → after: "サポぼト" → "サポート" (the words around it choose, as for any kana).
 */
import { CJK_SCRIPT_GROUP, scriptOf } from "./span-guards.js";

const LONG_VOWEL_MARK = "\u30fc";

/** The script group of a restored character: its own, or the CJK group for the long-vowel mark. */
export function scriptOfRestored(ch: string | undefined): number | undefined {
  return ch === LONG_VOWEL_MARK ? CJK_SCRIPT_GROUP : scriptOf(ch);
}
