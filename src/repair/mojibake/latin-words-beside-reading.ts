/**
 * Latin words that a legacy reading of another script leaves as they stand — product
 * names, commands, file names in a Russian or Chinese sentence — are no letters of the
 * reading: the letter pairs of Russian or Chinese price "Bluetooth" or "Ctrl" like
 * junk, and a whole line of correct words would fail the reads-as-a-language limit for
 * them. That limit judges the reading without them, as it judges it without its quotes
 * and dashes (a reading of a Latin-script code page keeps them: they are its language).
 * Example: "Вы можете включить Bluetooth для …" is judged as "Вы можете включить для …".
 */

/** A word of ASCII letters (with its digits and inner dots, hyphens and slashes: "Wi-Fi", "802.11", "nfs://"). */
const LATIN_WORD = /[A-Za-z0-9][A-Za-z0-9._:/@+-]*[A-Za-z0-9]|[A-Za-z]/g;
const LATIN_LETTER = /[A-Za-z]/;
const SPACES = /\s{2,}/g;

/** `reading` without its words of ASCII letters (digits alone stay: they are the line's own). */
export function withoutLatinWords(reading: string): string {
  if (!LATIN_LETTER.test(reading)) return reading;
  return reading.replace(LATIN_WORD, (word) => (LATIN_LETTER.test(word) ? "" : word)).replace(SPACES, " ").trim();
}
