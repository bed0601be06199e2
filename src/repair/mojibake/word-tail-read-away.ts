/**
 * The last letters of a frequent word of the line's language and the punctuation after
 * them, read as one UTF-8 character, are the word's own: Ukrainian "мережі»" is
 * Windows-1251 E6 B3 BB, the UTF-8 of a hanzi that GBK reads back as "к", and "мерек" is
 * no word; Czech "stráž”" is Windows-1250 E1 9E 94, a Khmer letter; Portuguese capitals
 * "IRMÃ…" are Windows-1252 C3 85, "IRMÅ". Such a reading is
 * turned down when the word as written is among the frequent words of the language the
 * line reads most like and the word it would leave is not — a quote opened on an earlier
 * line leaves no opener to tell (quote-left-open.ts), the word does. Mojibake of the same
 * shape leaves a word of the language: Vietnamese "thá»‹" (Windows-1252) is "thị".
 * Before → after: "від мережі», — сказав він." stays as it is (it was "від мерек, — …").
 */
import { isFrequentWord } from "../../plausibility/frequent-words.js";

/** A span of a word's last letters and the punctuation (or signs: "™", "°") right after them. */
const LETTERS_THEN_PUNCTUATION = /^([\p{L}\p{M}]+)([\p{P}\p{S}]+)$/u;
const WORD_CHARACTER = /^[\p{L}\p{M}]$/u;
const LEADING_LETTERS = /^[\p{L}\p{M}]*/u;

/**
 * Whether line[start, end), letters that continue a word begun before `start` outside
 * every span (`spans`) and the punctuation that ends it, reads as `after` without that
 * punctuation, turning a frequent word of the line's language (`languageOf`, asked only
 * when the shape fits) into one that is not.
 */
export function frequentWordTailReadAway(line: string, start: number, end: number, after: string, spans: readonly { start: number; end: number }[], languageOf: (line: string) => string): boolean {
  const shape = LETTERS_THEN_PUNCTUATION.exec(line.slice(start, end));
  if (!shape || !WORD_CHARACTER.test(line[start - 1] ?? " ") || WORD_CHARACTER.test(line[end] ?? " ")) return false;
  const punctuation = shape[2]!;
  if (after.includes(punctuation[punctuation.length - 1]!)) return false;
  let wordStart = start;
  while (wordStart > 0 && WORD_CHARACTER.test(line[wordStart - 1]!)) wordStart--;
  if (spans.some((s) => s.start < start && s.end > wordStart)) return false;
  const written = line.slice(wordStart, start) + shape[1]!;
  const read = line.slice(wordStart, start) + LEADING_LETTERS.exec(after)![0];
  // (In the line's language only: the lists are not complete, and a broken word may be
  // some other language's — "dÃ»" is "dã" and French "dû" is in no list.)
  const language = languageOf(line);
  return isFrequentWord(language, written) && !isFrequentWord(language, read);
}
