/**
 * The letters a lost byte may have been, widened by the ones the line's language writes
 * most. Where a lead leaves more candidates than are worth reading (32 for "Ã" + a lost
 * byte: "À" to "ß"), utf8-read-as.ts keeps the most frequent of the whole script: a
 * Latin letter common across languages ("Á", "Í") outranks one only a few languages
 * write, so Faroese "Øll" (C3 98, 98 dropped under ISO-8859-15) never had "Ø" among its
 * candidates and was read "Áll". So the pool also takes the letters most frequent in
 * the slot's own language (its letter model, case folded): the few it writes most
 * among the candidates (Latin letters only, see LATIN_LETTER). Only letters are added,
 * never taken away; the words around still choose, as before.
 * Example (Faroese, ISO-8859-15, C1 bytes dropped): "Ãll hava rÃŠtt" → "Øll hava rætt".
 */
import { letterOwnBits } from "../../plausibility/language-bigrams.js";

/** Letters the language writes most, among the candidates left out, added at most: as many as make a word's likely letters. */
const LANGUAGE_LETTERS_ADDED = 4;

/**
 * A letter whose own share in the language costs more than this many bits is one the
 * language hardly writes: letters a model never saw cost 16–18 bits; the rarest letters
 * a language writes, 7–11 ("ø" is 6.8 in Faroese, "č" 6.7 in Slovak, "ə" 3.4 in
 * Azerbaijani). Also lead-letter-unwritten.ts's bound.
 */
export const WRITTEN_LETTER_MAX_BITS = 12;

/**
 * Only Latin letters are added: its alphabets differ most in the few letters each adds
 * (ø, ð, þ, ə, ı…), which the script-wide shares rank low. Other scripts' alphabets are
 * mostly shared whole, and there an added letter only made a near tie go wrong
 * (Macedonian "надомешток" for "надоместок", Greek "ἴσφάλιση" for "ἀσφάλιση" in
 * double-byte readings).
 */
const LATIN_LETTER = /^\p{Script=Latin}$/u;

/** `pool` (the candidates kept) with the letters of `left` (the ones left out) that `language` writes most. */
export function withLanguageLetters(pool: readonly string[], left: readonly string[], language: string): string[] {
  const bits = (c: string) => letterOwnBits(language, c.toLowerCase());
  const written = left.filter((c) => LATIN_LETTER.test(c) && bits(c) <= WRITTEN_LETTER_MAX_BITS).sort((a, b) => bits(a) - bits(b));
  return written.length === 0 ? [...pool] : [...pool, ...written.slice(0, LANGUAGE_LETTERS_ADDED)];
}
