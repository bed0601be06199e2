/**
 * A two-byte letter Python's strict decoders lost whole (two U+FFFD, one per byte) is
 * chosen with no margin (python-stand-in-runs.ts PYTHON_TWO_STAND_INS_MARGIN_BITS): the
 * line's words pick the best of every letter the decoder loses so, some sixty of them
 * across the Latin alphabets ("ā" to "ə": leads C4–C9, continuation 80–A0). Where the
 * line's language writes none of the ones that fit, the best of them is a letter of
 * another alphabet: Spanish "a◆◆rea" is "área" written decomposed (a, then U+0301: CC 81,
 * a mark), yet Azerbaijani "ə" (C9 99) read best among the letters. So only the Latin
 * letters the line's language writes (its letter model gives them at most
 * WRITTEN_LETTER_MAX_BITS, as language-letter-pool.ts adds them) stay candidates; with
 * none of them left the slot keeps one U+FFFD, as a close call does. Marks, the letters
 * of other scripts, and lines in another script are left to the words (the Cyrillic and
 * Greek alphabets of neighbouring languages are mostly shared, and their lines are told
 * apart less well).
 * Example (Python euc_kr, errors="replace"): "al a◆◆rea de trabajo" → "al a\u0301rea de
 * trabajo", the accent read as "á" (decomposed-mark-as-letter.ts), not "al aərea de
 * trabajo"; "Wi◆◆cej informacji" → "Więcej informacji".
 */
import { knownLanguagesForScriptOf, letterOwnBits } from "../../plausibility/language-bigrams.js";
import { WRITTEN_LETTER_MAX_BITS } from "./language-letter-pool.js";

const LATIN_LETTER = /^\p{Script=Latin}$/u;

/** The languages written in Latin letters (asked once). */
let latinLanguages: Set<string> | undefined;

/** `candidates` without the Latin letters `language` does not write (all of them, when it is written in another script). */
export function withoutLettersUnwritten(candidates: string[], language: string): string[] {
  // (A line of another script keeps its Latin words' letters: "Déj◆◆" in an Assamese line is "Déjà".)
  latinLanguages ??= new Set(knownLanguagesForScriptOf("a"));
  if (!latinLanguages.has(language)) return candidates;
  return candidates.filter((c) => !LATIN_LETTER.test(c) || letterOwnBits(language, c.toLowerCase()) <= WRITTEN_LETTER_MAX_BITS);
}
