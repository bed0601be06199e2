/**
 * Rows of accented letters are text about letters, not legacy text read as Latin-1: a
 * keyboard's or a language's accented letters, listed. "áàâ éèê íìî óòô úùû" (each word
 * the variants of one vowel) is no Russian "бав йик нмо утф ъщы", and
 * "ÀÂÇÉÈÊËÎÏÔÛÙÜŸ" (accented capitals only) no GBK "缆巧仁宋显圪軣". Legacy text read
 * so has words of mixed letters ("Ïðèâåò"), and double-byte text's second bytes fall
 * among the symbols and small letters as often as among the capitals (a run of six
 * accented capitals is one in a thousand). And a run of letters in code-point order
 * ("àáâãäåæçèéêëìíîï") is an alphabet listed, whatever it reads as: Windows-1251 makes
 * it "абвгдежзийклмноп", the Russian alphabet listed, and no UTF-8 sequence is made of
 * consecutive bytes.
 */

import { isCommonCjk } from "../../plausibility/common-cjk.js";

/** Fewer letters than this in a run of accented capitals may be a double-byte word ("ÖÐ" is 中). */
const CAPITALS_RUN_MIN = 6;

const LETTERS = /^\p{L}+$/u;
const EDGE_NON_LETTERS = /^\P{L}+|\P{L}+$/gu;
const ACCENTED_CAPITAL = /^(?![A-Z])\p{Lu}$/u;
const ASCII_LETTER = /[A-Za-z]/;

/** Whether `word` is at least two accented letters that are all one letter's variants ("áàâ", "ÉÈÊË"). */
function variantsOfOneLetter(text: string): boolean {
  // (An ASCII letter is no accented variant: a word with one is none, asked without the regular expressions.)
  if (ASCII_LETTER.test(text)) return false;
  const word = text.replace(EDGE_NON_LETTERS, "");
  const letters = [...word];
  if (letters.length < 2 || !LETTERS.test(word)) return false;
  const bases = new Set(letters.map((ch) => ch.normalize("NFD")[0]!.toLowerCase()));
  return bases.size === 1 && letters.every((ch) => ch.normalize("NFD").length > 1);
}

/** Whether the words `words` (two or more) are each the variants of one letter: a row of accented letters. */
export function rowsOfLetterVariants(words: readonly string[]): boolean {
  return words.length >= 2 && words.every(variantsOfOneLetter);
}

/**
 * Whether `word` is a run of accented capitals only, long enough to be no double-byte
 * text — unless its double-byte `reading` is common CJK throughout: Korean's frequent
 * syllables have both their EUC-KR bytes among the capitals ("ÆÄÀÏÀÇ" is "파일의", "of
 * the file"), while rows of letters read so land on rare hanzi ("缆巧仁宋显圪軣").
 */
export function accentedCapitalsOnly(word: string, reading?: string): boolean {
  const letters = [...word];
  if (letters.length < CAPITALS_RUN_MIN || !letters.every((ch) => ACCENTED_CAPITAL.test(ch))) return false;
  return reading === undefined || ![...reading].every((ch) => isCommonCjk(ch.codePointAt(0)!));
}

/** Letters in code-point order, at least this many, make an alphabet listed. */
const ALPHABET_ROW_MIN = 5;
const LETTER = /^\p{L}$/u;

/**
 * The stretches of `line` that are alphabets listed: ALPHABET_ROW_MIN or more letters
 * each one code point after the one before ("àáâãäåæ", "ÀÁÂÃÄ"), as [start, end) pairs.
 */
export function alphabetRows(line: string): [number, number][] {
  const rows: [number, number][] = [];
  let runStart = 0;
  for (let i = 1; i <= line.length; i++) {
    if (i < line.length && line.charCodeAt(i) === line.charCodeAt(i - 1) + 1) continue;
    if (i - runStart >= ALPHABET_ROW_MIN && line.charCodeAt(runStart) >= 0x80) {
      // (Trimmed to its letters: "×ØÙ" holds a sign.)
      let from = runStart;
      for (let j = runStart; j <= i; j++) {
        if (j < i && LETTER.test(line[j]!)) continue;
        if (j - from >= ALPHABET_ROW_MIN) rows.push([from, j]);
        from = j + 1;
      }
    }
    runStart = i;
  }
  return rows;
}
