/**
 * A spacing modifier symbol (U+02B0–U+02FF, category Sk: "˿", "˧", "˘") read from a
 * double-byte character and touching a letter is no letter of a word: a broken letter
 * reads back as a letter. "Linux剛" (GBK, "˧") stays, and so does "Wi-Fi丝" ("˿"). The
 * modifier letters of that block (Lm) are left to word-case.ts: some are letters of
 * words ("Абʼяднаных", "Oʻzbekiston").
 * Before → after: "Linux剛" stays as it is (it was "Linux˧").
 * Under a single-byte decoder the same holds where the span was letters only: "ÀÉ" in
 * "ÀÉÎÕÜ" is MacRoman's reading of "˃" (CB 83), and a row of accented capitals is no
 * modifier glued to a word. (Where the span holds a symbol, "Ë‡" for "ˇ", the modifier
 * is an inner layer's: layered mojibake passes through such readings.)
 */

const SPACING_MODIFIER = /^(?=[\u02b0-\u02ff])\p{Sk}$/u;
const LETTER = /^\p{L}$/u;

/** Whether `after`, read in place of line[start, end), holds a spacing modifier that touches a letter (in `after` or beside the span). */
export function modifierInWord(line: string, start: number, end: number, after: string): boolean {
  const chars = [line[start - 1] ?? " ", ...after, line[end] ?? " "];
  for (let i = 1; i < chars.length - 1; i++) {
    if (SPACING_MODIFIER.test(chars[i]!) && (LETTER.test(chars[i - 1]!) && !SPACING_MODIFIER.test(chars[i - 1]!) || (LETTER.test(chars[i + 1]!) && !SPACING_MODIFIER.test(chars[i + 1]!)))) return true;
  }
  return false;
}

const LETTERS_ONLY = /^\p{L}+$/u;

/** For single-byte decoders: whether letters only, line[start, end), read as a spacing modifier that touches a letter. */
export function lettersReadAsModifier(line: string, start: number, end: number, after: string): boolean {
  return LETTERS_ONLY.test(line.slice(start, end)) && modifierInWord(line, start, end, after);
}
