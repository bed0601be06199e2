/**
 * Letters that a single-byte decoder's table turns into a three-byte UTF-8 sequence (and,
 * maybe, a lead that lost its continuation), read as a lone CJK character glued to
 * letters, on a line that shows no other CJK, are correct text: Windows-1257 reads "åÆØ"
 * as E5 AF A8, the hanzi "寨", in a row of Nordic letters typed to test a keyboard. A CJK
 * character's UTF-8 read so shows its continuation bytes as symbols and punctuation far
 * more often than as letters ("ä¸­" for "中"), and real mojibake of Chinese or Japanese
 * breaks more than one character.
 * Before → after: "æøåÆØÅäöü" stays as it is (it was "æø寨šäöü": the last letter a lone
 * lead guessed with it).
 */

const LETTER = /^\p{L}$/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/**
 * Whether `line[start, end)`, letters only, reads as `after`, which holds one CJK
 * character (and, where a byte was lost, the letter guessed after it: "åÆØÅ" → "寨š"),
 * with a letter just before or after it, and `lineReading` — the line with every span
 * read, this one among them — holds no other CJK character.
 */
export function lettersReadAsLoneCjk(line: string, start: number, end: number, after: string, lineReading: string): boolean {
  if (end - start < 3 || (after.match(CJK)?.length ?? 0) !== 1) return false;
  for (let i = start; i < end; i++) if (!LETTER.test(line[i]!)) return false;
  const gluedToLetter = (start > 0 && LETTER.test(line[start - 1]!)) || (end < line.length && LETTER.test(line[end]!));
  return gluedToLetter && (lineReading.match(CJK)?.length ?? 0) <= 1;
}
