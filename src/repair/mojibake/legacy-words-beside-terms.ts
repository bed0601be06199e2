/**
 * Legacy words beside English terms: a line that reads like Latin-script text only by
 * its ASCII words ("URL WebDAV", "Mail key symbol") while its words of upper-half
 * letters, taken alone, read like no text, is read in every legacy encoding, not only
 * the Latin-script ones; and a reading in another script must then give words that
 * speak for it, a frequent word of some language or a long word that reads well pair
 * by pair. Rows of letters named beside the terms give neither.
 * Before → after: "URL WebDAV ×ÙÇÌÑÄÉÔ ÔÁË:" → "URL WebDAV выглядит так:" (KOI8-R);
 * "Click OK ÄÖÜÉ äöüé ÀÁÂ" stays (Windows-1251 would read "ДЦЬЙ дцьй АБВ").
 */
import { textCost } from "../../plausibility/index.js";
import { bestLanguageCost, knownLanguagesForScriptOf } from "../../plausibility/language-bigrams.js";
import { isFrequentWordSomewhere } from "../../plausibility/frequent-words.js";

/**
 * Upper-half letters the words need between them, and in one word: "ÄÖÜ äöü" named
 * beside "Click OK" is German letters (KOI8-R would read them as "джэ ДЖЭ"), "èëè
 * ïîøòà" is a sentence; a name or two ("Øystein Ñúñez") reads poorly too.
 */
const LEGACY_WORDS_MIN_LETTERS = 8;
const LEGACY_WORD_MIN_LETTERS = 5;

/** Letters of a word long enough to speak for a reading by its letter pairs alone. */
const LONG_WORD_LETTERS = 8;
/** Bits a character under the best language's letter pairs: real words cost 3–4.5, rows of letters 6 and more ("абвгдежзийклмноп" 6.3). */
const WORDS_BESIDE_TERMS_MAX_BITS = 4.5;

const LETTER = /[\p{L}\p{M}]/gu;

/**
 * Whether the line's words that show upper-half characters (`words`, with the count of
 * upper-half letters in each) read like no text on their own, at `readsLikeTextBits` a
 * character or more: "×ÙÇÌÑÄÉÔ ÔÁË" in "URL WebDAV ×ÙÇÌÑÄÉÔ ÔÁË:" (Russian from
 * KOI8-R), "èëè ïîøòà" (Serbian from Windows-1251).
 */
export function legacyWordsBesideEnglishTerms(words: readonly { text: string; letters: number }[], readsLikeTextBits: number): boolean {
  const legacyWords = words.filter((w) => w.letters >= 2);
  if (legacyWords.reduce((sum, w) => sum + w.letters, 0) < LEGACY_WORDS_MIN_LETTERS || !legacyWords.some((w) => w.letters >= LEGACY_WORD_MIN_LETTERS)) return false;
  const text = legacyWords.map((w) => w.text).join(" ");
  return textCost(text) / [...text].length >= readsLikeTextBits;
}

/**
 * Whether the words a reading of another script makes (`readings`) speak for it: one is
 * a frequent word of some language ("или", "так"), or one is long and they read well
 * pair by pair ("обновление пакетов", 3.6 bits a character).
 */
export function wordsSpeakBesideTerms(readings: readonly string[]): boolean {
  if (readings.some((word) => isFrequentWordSomewhere(word))) return true;
  if (!readings.some((word) => (word.match(LETTER)?.length ?? 0) >= LONG_WORD_LETTERS)) return false;
  const text = readings.join(" ");
  return bestLanguageCost(text, knownLanguagesForScriptOf(text)).bits / [...text].length <= WORDS_BESIDE_TERMS_MAX_BITS;
}
