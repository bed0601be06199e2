/**
 * Two stand-ins standing as a word of their own, in a line that neither decoder's rows
 * prove: a dash or quote the browsers' Big5 lost (E2 80 → one U+FFFD, the last byte
 * before the space → one), or a one-letter word Python's strict decoders lost byte by
 * byte ("à" C3 A0 → two). Nothing in the stand-ins tells the two apart, so both are the
 * slot's candidates and the line's words choose: French and Portuguese read "droit à la",
 * "direito à liberdade", English reads "a word — another". Only letters the line's
 * language writes as a word of their own (a letter model reads a dash worse than any
 * letter: Slovak "prácu — na" is no "prácu č na"), and only on a line where a
 * character of the decoder survived (the line is the decoder's, mayBeOneLetterWord asks
 * the same) and only the letters that may stand alone there (small ones mid-sentence).
 * Before → after (Python big5, errors="replace"): "Toute personne a droit ◆◆ la libert矇 de"
 * → "Toute personne a droit à la liberté de" (was "droit — la").
 */
import type { ByteRun } from "./byte-run.js";
import { oneLetterWordCase } from "./one-letter-word.js";
import { trigramTextCost } from "../../plausibility/language-trigrams.js";

/**
 * A letter standing between two spaces reads at most this many bits in a language that
 * writes it as a word: French "à" 13, Portuguese "à" 15, Italian "è" 16; letters no word
 * is made of read more (Slovak "č" 21, Polish "ę" 22, German "ä" 26, English "à" 33).
 */
const ONE_LETTER_WORD_MAX_BITS = 16;

/** Whether `language` writes `letter` as a word of its own, as its letter trigrams read " letter ". */
export function standsAsWordIn(letter: string, language: string): boolean {
  return (trigramTextCost(` ${letter} `, language) ?? Infinity) <= ONE_LETTER_WORD_MAX_BITS;
}

/**
 * What the letter must read better by than the punctuation its place chose, in bits of the
 * words around it: the browsers' dash is the commoner loss (set on the held-out GNOME help
 * and declaration cases, where "à" reads about 20 bits better in French and Portuguese, and German "gut à aber" under 2).
 */
export const LETTER_OVER_PUNCTUATION_BITS = 8;

/** The stand-ins of a dash lost by the browsers' Big5 and of a letter lost by Python's strict decoders alike. */
const TWO_STAND_INS = 2;

/**
 * The letters to offer beside the punctuation of a row of exactly two stand-ins standing
 * alone between spaces (or the line's edges): the decoder's two-stand-in letters that may
 * be a word there; none elsewhere.
 */
export function lettersBesidePunctuationAlone(run: ByteRun, start: number, count: number, total: number, edgeBefore: boolean, edgeAfter: boolean, letters: readonly string[] | undefined): string[] {
  if (count !== TWO_STAND_INS || total !== TWO_STAND_INS || !edgeBefore || !edgeAfter || !letters?.length || !someNonAsciiSurvives(run) || showsBrowserPairs(run)) return [];
  return oneLetterWordCase(letters, run.bytes, start);
}

/**
 * Whether the run holds a character whose first byte is 80–A0: a C1 control the browsers
 * pass through, or a pair of their Hong Kong rows. Python's strict decoders leave neither,
 * so the two stand-ins are the browsers' dash ("Il a dit ◆◆ et puis ◆\ue961on◆…": "dit — et").
 */
function showsBrowserPairs(run: ByteRun): boolean {
  const { bytes, charByte, marker } = run;
  for (let k = 0; k < marker.length; k++) {
    const b = bytes[charByte[k]!]!;
    if (!marker[k] && b >= 0x80 && b <= 0xa0) return true;
  }
  return false;
}

/** Whether some character of the run is no stand-in and no ASCII: a survivor of the broken text. */
function someNonAsciiSurvives(run: ByteRun): boolean {
  const { bytes, charByte, marker } = run;
  for (let k = 0; k < marker.length; k++) if (!marker[k] && bytes[charByte[k]!]! >= 0x80) return true;
  return false;
}
