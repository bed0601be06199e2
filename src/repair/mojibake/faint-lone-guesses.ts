/**
 * A line whose only repairs are guesses of lone characters, each a span of one letter at
 * most with no letter touching it on either side, is left alone when the guesses gain
 * little together (FAINT_GUESS_BITS) or give only a space or format character other than
 * the no-break spaces. Such a guess rests on one character and a byte taken for lost:
 * a Cyrillic letter named in an ASCII line, a letter in a list, a rare hanzi between
 * punctuation and a digit. A lost byte inside a word is read on the same small gain,
 * because its word speaks for it ("sluÄaju" → "slučaju"), and so is a lone letter that
 * becomes a frequent word in its own script beside a word ("servi Ã  la carte" → "servi à
 * la carte"; not in a row of letters, "A Ą Ã B C").
 * Before → after: "% Г -> G" stays as it is (it was "% à-> G": Windows-1251 C3 and a
 * space taken for the lost NBSP A0, 1.3 bits); "<U862F> #蘯0" stays (it was "#Ạ0").
 */
import type { Repair } from "./candidate.js";
import { isFrequentWordSomewhere } from "../../plausibility/frequent-words.js";
import { scriptOf } from "./span-guards.js";

/** What lone guesses must gain together to be believed: "Ě, Ř and Ź as" → "ʊ" gains 6 bits, "#蘯0" → "#Ạ0" 1.5. */
const FAINT_GUESS_BITS = 10;

/**
 * A space or format character other than the no-break spaces: a guess that gives only
 * such characters is faint whatever it gains ("#锘1" → a byte-order mark, "#釟0" → the
 * Ogham space mark, 20.8 bits: spaces cost the model little); "100Â km" → "100 km"
 * (NBSP) is not.
 */
const RARE_SPACE_OR_FORMAT = /^(?:(?![\u00a0\u2009\u202f])[\p{Zs}\p{Cf}])+$/u;

const LETTER = /^\p{L}$/u;

/** Whether `rounds` (the repairs a search found for `line`) are one round of faint guesses of lone characters. */
export function onlyFaintLoneGuesses(line: string, rounds: readonly Repair[][]): boolean {
  if (rounds.length !== 1) return false;
  const repairs = rounds[0]!;
  if (!repairs.every((r) => r.guess)) return false;
  const faint = repairs.reduce((sum, r) => sum + r.gain, 0) < FAINT_GUESS_BITS || repairs.every((r) => RARE_SPACE_OR_FORMAT.test(r.after));
  return faint && repairs.every((r) => standsAlone(line, r.start, r.end) && !(aWordOfItsScript(line.slice(r.start, r.end), r.after) && besideAWord(line, r.start, r.end)));
}

/** Whether the word before line[start, end) or the one after it has two letters or more: a lone letter among lone letters is a row of letters ("A Ą Ã B C"). */
function besideAWord(line: string, start: number, end: number): boolean {
  const before = /(\p{L}+)\P{L}*$/u.exec(line.slice(0, start))?.[1] ?? "";
  const after = /^\P{L}*(\p{L}+)/u.exec(line.slice(end))?.[1] ?? "";
  return [...before].length >= 2 || [...after].length >= 2;
}

/**
 * Whether a lone guess reads as a frequent word of some language in the script its
 * letter already had: "Ã " → "à" (the commonest lost byte of all, French and Portuguese
 * "à"), not "Г " → "à" (Cyrillic to Latin) nor "Ź " → "ʊ" (no word).
 */
function aWordOfItsScript(before: string, after: string): boolean {
  const word = after.trim();
  if (!isFrequentWordSomewhere(word)) return false;
  const from = [...before].find((ch) => LETTER.test(ch));
  const to = [...word].find((ch) => LETTER.test(ch));
  return from !== undefined && to !== undefined && scriptOf(from) === scriptOf(to);
}

/** Whether line[start, end) holds one letter at most and no letter touches it. */
function standsAlone(line: string, start: number, end: number): boolean {
  // (A span that ends in the space that stood for a lost NBSP ends there: "Г " before "-> G".)
  const right = line[end - 1] === " " ? " " : line[end];
  if (LETTER.test(line[start - 1] ?? " ") || LETTER.test(right ?? " ")) return false;
  let letters = 0;
  for (const ch of line.slice(start, end)) if (LETTER.test(ch) && ++letters > 1) return false;
  return true;
}
