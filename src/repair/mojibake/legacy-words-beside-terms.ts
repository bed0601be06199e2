/**
 * Legacy words beside English terms: a line that reads like Latin-script text only by
 * its ASCII words ("URL WebDAV", "Mail key symbol") while its words of upper-half
 * letters, taken alone, read like no text, is read in every legacy encoding, not only
 * the Latin-script ones; and a reading in another script must then give words that
 * speak for it, a frequent word of some language or a long word that reads well pair
 * by pair. Rows of letters named beside the terms give neither.
 * Chinese and Japanese read so are mostly symbols, not letters: a word nearly all of
 * upper-half characters, long enough for several double-byte characters, counts too, and
 * its reading speaks when it is a run of common CJK characters.
 * Before → after: "URL WebDAV ×ÙÇÌÑÄÉÔ ÔÁË:" → "URL WebDAV выглядит так:" (KOI8-R);
 * "©ÎªÌ¦b¥»¦a¨Ï¥Î¡G info coreutils" → "或者在本地使用： info coreutils" (Big5);
 * "Click OK ÄÖÜÉ äöüé ÀÁÂ" stays (Windows-1251 would read "ДЦЬЙ дцьй АБВ").
 */
import { textCost } from "../../plausibility/index.js";
import { bestLanguageCost, knownLanguagesForScriptOf } from "../../plausibility/language-bigrams.js";
import { isFrequentWordSomewhere } from "../../plausibility/frequent-words.js";
import { isCommonCjk } from "../../plausibility/common-cjk.js";
import { frequentCjkWords } from "./frequent-cjk-words.js";

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
 * A word of double-byte legacy text read as Latin-1: this many characters or more (five
 * double-byte characters), nearly all of the upper half ("©ÎªÌ¦b¥»¦a¨Ï¥Î¡G" has one
 * ASCII letter in 16). Latin words with accents have far fewer ("Größenänderung" 3 in 14).
 */
const DOUBLE_BYTE_WORD_MIN_CHARS = 10;
const DOUBLE_BYTE_WORD_MIN_UPPER_HALF_SHARE = 0.8;
const UPPER_HALF = /[\u0080-\u00ff]/gu;

/**
 * CJK characters a reading needs, all different and all common (GB2312 level 1, Big5's
 * frequent block, JIS level 1, KS X 1001 Hangul: common-cjk.ts), to speak for itself
 * beside terms — and words of them that a language's list of frequent words holds
 * (frequent-cjk-words.ts). Random pairs of upper-half bytes land on common hanzi four
 * times in ten under GBK, but hardly ever spell a frequent word: of 3,583 random runs of
 * six to ten common hanzi (GBK level 1, Big5's frequent block) 4 held one and none two,
 * while half the CJK of GNOME's Chinese help lies in them. (Different: an ornament of one symbol over and over, "±±±±±±", reads as one
 * hanzi over and over.)
 */
const COMMON_CJK_TEXT_MIN_CHARS = 6;
const COMMON_CJK_TEXT_MIN_WORDS = 2;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Whether `text` is common CJK characters that spell frequent words (see above): "连接扫描仪设备，例如". */
export function commonCjkText(text: string): boolean {
  const chars = [...text];
  const seen = new Set<number>();
  for (const ch of chars) {
    if (!CJK.test(ch)) continue;
    const cp = ch.codePointAt(0)!;
    if (!isCommonCjk(cp)) return false;
    seen.add(cp);
  }
  return seen.size >= COMMON_CJK_TEXT_MIN_CHARS && frequentCjkWords(chars) >= COMMON_CJK_TEXT_MIN_WORDS;
}

/**
 * Different characters a double-byte-shaped word needs, as a share of its length: text
 * varies, a rule or a test pattern repeats ("¯¯¯¯¯¯", "éèêëéèêëéèêë").
 */
const DOUBLE_BYTE_WORD_MIN_DISTINCT_SHARE = 0.6;

function doubleByteShaped(word: string): boolean {
  const chars = [...word];
  return chars.length >= DOUBLE_BYTE_WORD_MIN_CHARS && (word.match(UPPER_HALF)?.length ?? 0) >= chars.length * DOUBLE_BYTE_WORD_MIN_UPPER_HALF_SHARE && new Set(chars).size >= chars.length * DOUBLE_BYTE_WORD_MIN_DISTINCT_SHARE;
}

/**
 * Whether the line's words that show upper-half characters (`words`, with the count of
 * upper-half letters in each) read like no text on their own, at `readsLikeTextBits` a
 * character or more: "×ÙÇÌÑÄÉÔ ÔÁË" in "URL WebDAV ×ÙÇÌÑÄÉÔ ÔÁË:" (Russian from
 * KOI8-R), "èëè ïîøòà" (Serbian from Windows-1251). Words shaped as double-byte text
 * (`doubleByteShaped`), when the line has any, are judged alone and need no letters.
 */
export function legacyWordsBesideEnglishTerms(words: readonly { text: string; letters: number }[], readsLikeTextBits: number): boolean {
  const doubleByteWords = words.filter((w) => doubleByteShaped(w.text));
  const legacyWords = doubleByteWords.length > 0 ? doubleByteWords : words.filter((w) => w.letters >= 2);
  if (doubleByteWords.length === 0 && (legacyWords.reduce((sum, w) => sum + w.letters, 0) < LEGACY_WORDS_MIN_LETTERS || !legacyWords.some((w) => w.letters >= LEGACY_WORD_MIN_LETTERS))) return false;
  const text = legacyWords.map((w) => w.text).join(" ");
  return textCost(text) / [...text].length >= readsLikeTextBits;
}

/**
 * Whether the words a reading of another script makes (`readings`) speak for it: one is
 * a frequent word of some language ("или", "так"), or one is long and they read well
 * pair by pair ("обновление пакетов", 3.6 bits a character), or they are common CJK
 * characters (`commonCjkText`).
 */
export function wordsSpeakBesideTerms(readings: readonly string[]): boolean {
  if (readings.some((word) => isFrequentWordSomewhere(word)) || commonCjkText(readings.join(""))) return true;
  if (!readings.some((word) => (word.match(LETTER)?.length ?? 0) >= LONG_WORD_LETTERS)) return false;
  const text = readings.join(" ");
  return bestLanguageCost(text, knownLanguagesForScriptOf(text)).bits / [...text].length <= WORDS_BESIDE_TERMS_MAX_BITS;
}
