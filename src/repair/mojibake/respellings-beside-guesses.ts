/**
 * Re-spellings within one script judged once more, beside the line's guessed repairs.
 * UTF-8 Cyrillic capitals read as Windows-1251 are "Р" and a second character, which
 * for some letters is a Cyrillic letter too ("ОТ" D0 9E D0 A2 is "РћРў"): a word of
 * such letters only is a re-spelling within one script, believed only beside a repair
 * that turns symbols into letters (correct Adyghe "пІ" is no KOI8-U "ж"). Where the
 * other words of the line lost a byte ("И" is D0 98, and 98 is undefined in Windows-1251:
 * "НОВИНИ" is "РќРћР’Р�РќР�"), those words are restored as guesses, and the re-spelling
 * had no company when it was judged. Beside them, a lost byte restored being the
 * company, it is judged again by what it gains there, paying the full prior. Single-byte
 * decoders only (double-byte ones have lossless-beside-guesses.ts).
 * Example (Windows-1251, 98 lost): "РќРћР’Р�РќР� РћРў РЎРћР¤Р�РЇ" → "НОВИНИ ОТ СОФИЯ".
 */
import type { Repair } from "./candidate.js";
import { gainingBesideRepairs } from "./lossless-beside-guesses.js";

/** The re-spellings of `candidates` not among `repairs` that gain beside them, where some repair restored a lost byte. */
export function respellingsBesideGuesses(line: string, candidates: readonly Repair[], repairs: readonly Repair[]): Repair[] {
  if (candidates.length === 0 || !repairs.some((r) => r.guess)) return [];
  const left = candidates.filter((c) => !repairs.some((r) => r.start < c.end && c.start < r.end));
  return gainingBesideRepairs(line, left, repairs);
}
