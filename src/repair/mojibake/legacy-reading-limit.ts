/**
 * Speed only, same output: a legacy reading of a line that cannot read as a language
 * is turned down before the line is scored in full. legacy-read-as-latin1.ts drops a
 * reading whose letter-pair cost per character is past a limit (READS_AS_LANGUAGE_MAX_BITS);
 * most readings of a line of UTF-8 mojibake are dropped there (Windows-1251's reading of
 * "Ð¿Ñ€Ð°Ð²Ð¾" is "Рї…", no language's letter pairs). The per-language letter-pair
 * model sums the same bits in the same order, stopping once every language is past
 * the limit times the characters (`costsMoreThan`): the reading is then over the limit
 * and no more of it is scored. Only a verdict of "over" is taken from the bounded
 * scoring; anything else is scored in full as before.
 * Example: Cyrillic "Ð¿Ñ€Ð°Ð²Ð¾ Ð½Ð°" (UTF-8 read as Windows-1252) under Windows-1251 →
 * over the limit after the first few letter pairs of every Cyrillic language.
 */
import { costsMoreThan, knownLanguagesForScriptOf } from "../../plausibility/language-bigrams.js";

/**
 * Headroom above the bound, as a share of it: the caller compares cost ÷ characters
 * with the limit, this compares the cost with limit × characters, and the two may
 * round differently at the very edge; a reading that close is scored in full.
 */
const ROUNDING_HEADROOM = 1e-9;

/** Whether `text` surely costs more than `bits` under the letter-pair model (false: not known to). */
export function surelyCostsMoreThan(text: string, bits: number): boolean {
  const bound = bits * (1 + ROUNDING_HEADROOM) + ROUNDING_HEADROOM;
  return costsMoreThan(text, knownLanguagesForScriptOf(text), bound);
}
