/**
 * Per-language character bigrams: how many bits a text costs under the language it
 * looks most like. Each language's model is learned from real text (generated
 * counts, see model-data.ts) and backs off, for characters it never saw,
 * to the kind of character: an unseen letter of the language's own script is cheap,
 * a letter of another script, a symbol inside a word, a control or U+FFFD dear.
 * This is what tells apart decodings that a per-script model cannot: Polish "są"
 * (ISO-8859-2) from "s±" (Windows-1250), Ukrainian "її" (KOI8-U) from "╖╖" (KOI8-R),
 * French "café" from MacRoman's "cafŽ". Used by detection; the repair engine can use
 * it too (`languageTextCost`).
 * Example: `bestLanguageCost("Oni są tutaj.", ["pol", "ces"])` → { language: "pol", bits: ≈ 51 };
 * "Oni s± tutaj." costs ≈ 76.
 */
import iconv from "iconv-lite";
import { languageModelData } from "./model-data.js";
import { charKind, modelText } from "./model-text.js";

/**
 * Smoothing is Witten–Bell: after a character followed by T distinct characters in
 * training, the back-off gets weight T × BIGRAM_BACKOFF_SCALE; the unigram level
 * backs off to the character kinds with weight (distinct characters seen) ×
 * UNIGRAM_BACKOFF_SCALE. So Chinese, whose short training text leaves most hanzi
 * unseen, backs off far more than French, which has seen nearly all its letters.
 * Set on the udhr test half.
 */
const BIGRAM_BACKOFF_SCALE = 1;
const UNIGRAM_BACKOFF_SCALE = 1;

/**
 * Back-off probability of one unseen character, by kind. An unseen letter of the
 * language's own script is spread over ~100 letters; a common CJK character
 * (see COMMON_CJK) over its set; everything else is rare in real text. Set on the
 * udhr test half (e.g. "±" for "ą" in Polish, "Ž" for "é" in French).
 */
const OWN_SCRIPT_LETTER = 0.05 / 100;
/**
 * Part of the back-off for an unseen letter of the language's own script that
 * follows how common the letter is across all languages of that script (so Dutch,
 * whose training text lacks "ë", still prefers it to "â": ë is frequent in Albanian,
 * Afrikaans, Luxembourgish). Set on the udhr test half.
 */
const POOLED_SCRIPT_LETTER_MASS = 0.5;
const COMMON_CJK_SHARE = 0.5;
const OTHER_CJK = 0.01 / 20000;
const OTHER_SCRIPT_LETTER = 1e-7;
const MARK = 1e-5;
const DIGIT_OR_SPACE = 1e-3;
const ASCII_PUNCT = 3e-3;
const PUNCT = 2e-5;
const COMMON_SYMBOL = 5e-4;
const SYMBOL = 5e-6;
const CONTROL = 1e-11;
const REPLACEMENT = 1e-12;

/**
 * An upper-case letter right after a lower-case one costs this much more when one of
 * them is non-ASCII ("cafÉ", "sĄ", "itŐs"; ASCII "iPhone" is the same in every decoding).
 */
const CASE_FLIP_BITS = 10;
/** A non-ASCII letter glued to a digit ("25ų", "ú5"; real text writes "25 °C", "£5") costs this much more. Set on hand-written samples. */
const LETTER_DIGIT_BITS = 6;
/** A symbol or non-ASCII punctuation mark between two letters ("s±d", "it╔s") costs this much more. Set on hand-written English/French samples with £ € ° and curly quotes. */
const SYMBOL_IN_WORD_BITS = 8;

/**
 * The frequent CJK characters of a language, taken from the encodings' own
 * frequency tiers: GB2312 level 1 (3,755 hanzi), Big5's frequent block (5,401),
 * JIS X 0208 level 1 (2,965 kanji) and the 2,350 hangul of KS X 1001.
 */
const COMMON_CJK: Record<string, () => Set<string>> = {
  cmn_hans: () => decodeGrid("gbk", 0xb0, 0xd7, 0xa1, 0xfe),
  cmn_hant: () => new Set([...decodeGrid("big5", 0xa4, 0xc5, 0x40, 0x7e), ...decodeGrid("big5", 0xa4, 0xc5, 0xa1, 0xfe)]),
  // (With JIS X 0208's rows of hiragana and katakana, A4 and A5: the commonest letters of Japanese of all;
  // and the long-vowel mark "ー" and the kanji iteration mark "々" of row 1, as common as they.)
  jpn: () => new Set([...decodeGrid("euc-jp", 0xb0, 0xcf, 0xa1, 0xfe), ...decodeGrid("euc-jp", 0xa4, 0xa5, 0xa1, 0xf6), "ー", "々"]),
  kor: () => decodeGrid("euc-kr", 0xb0, 0xc8, 0xa1, 0xfe),
};

function decodeGrid(encoding: string, leadFrom: number, leadTo: number, trailFrom: number, trailTo: number): Set<string> {
  const bytes: number[] = [];
  for (let lead = leadFrom; lead <= leadTo; lead++) for (let trail = trailFrom; trail <= trailTo; trail++) bytes.push(lead, trail);
  return new Set(Array.from(iconv.decode(Buffer.from(bytes), encoding)).filter((c) => /\p{L}/u.test(c)));
}

/** What followed one character in training: total count, back-off weight, counts per follower. */
interface Followers {
  context: number;
  backoff: number;
  next: Map<string, number>;
}

interface LanguageModel {
  scripts: Set<string>;
  total: number;
  /** Weight of the character-kind back-off at the unigram level. */
  unigramBackoff: number;
  uni: Map<string, number>;
  /** For each character: how often a bigram starts with it, and the counts of what follows. */
  followers: Map<string, Followers>;
  commonCjk?: Set<string>;
  /** Unigram probability per character, filled on demand. */
  uniCache: Map<string, number>;
  /** The same by character id, for ids under ID_TABLE_LIMIT (NaN: not yet worked out). */
  uniById: Float64Array;
  /** `followers` by character id, for ids under ID_TABLE_LIMIT (undefined: not yet looked up; null: none). */
  followersById: (Followers | null | undefined)[];
  /** Bits of one character after another, by `pairKey` of their ids, filled on demand. */
  pairBits: Map<number, number>;
}

/**
 * Characters as small integers, shared by every model, so that a scored pair is one
 * look-up in a number-keyed map (scoring runs over every language for every candidate
 * repair: it is the engine's inner loop).
 */
const charIds = new Map<string, number>();
const charsById: string[] = [];
/** Pair keys stay small integers (fast map keys) while ids fit in 15 bits; past that, wider keys. */
const SMALL_ID_LIMIT = 1 << 15;
const WIDE_ID_FACTOR = 1 << 21;
/** Pairs remembered per model before the cache starts again. */
const PAIR_CACHE_SIZE = 4_000;

export function charId(ch: string): number {
  if (ch.length === 1) {
    const known = idByUnit[ch.charCodeAt(0)]!;
    if (known >= 0) return known;
  }
  let id = charIds.get(ch);
  if (id === undefined) {
    id = charsById.length;
    charIds.set(ch, id);
    charsById.push(ch);
  }
  if (ch.length === 1) idByUnit[ch.charCodeAt(0)] = id;
  return id;
}

/**
 * The id of each one-unit character, by its UTF-16 code unit (-1 until it has one): the
 * scorer turns every character of every text into an id, and a table read costs less
 * than hashing a fresh one-character string (the same ids, given in the same order).
 */
const idByUnit = new Int32Array(0x10000).fill(-1);

/**
 * Ids under this have their unigram and followers looked up in per-model tables rather
 * than maps (the pair scorer's inner loop when a pair is new); ids are handed out in the
 * order characters are first seen, so the common ones are small.
 */
const ID_TABLE_LIMIT = 1 << 12;

const SPACE_ID = charId(" ");

/** One number for a pair of character ids: a small integer while both fit in 15 bits. */
function pairKey(previous: number, id: number): number {
  return previous < SMALL_ID_LIMIT && id < SMALL_ID_LIMIT ? (previous << 15) | id : -(previous * WIDE_ID_FACTOR + id) - 1;
}

const models = new Map<string, LanguageModel>();

function model(language: string): LanguageModel | undefined {
  let m = models.get(language);
  if (m) return m;
  const data = languageModelData()[language];
  if (!data) return undefined;
  const followers = new Map<string, Followers>();
  for (const [pair, n] of Object.entries(data.bi)) {
    const first = String.fromCodePoint(pair.codePointAt(0)!);
    const second = pair.slice(first.length);
    let entry = followers.get(first);
    if (!entry) followers.set(first, (entry = { context: 0, backoff: 0, next: new Map() }));
    entry.context += n;
    entry.backoff += BIGRAM_BACKOFF_SCALE;
    entry.next.set(second, n);
  }
  m = {
    scripts: new Set(data.scripts),
    total: data.total,
    unigramBackoff: Object.keys(data.uni).length * UNIGRAM_BACKOFF_SCALE,
    uni: new Map(Object.entries(data.uni)),
    followers,
    commonCjk: COMMON_CJK[language]?.(),
    uniCache: new Map(),
    uniById: new Float64Array(ID_TABLE_LIMIT).fill(NaN),
    followersById: [],
    pairBits: new Map(),
  };
  models.set(language, m);
  return m;
}

function backoff(m: LanguageModel, ch: string): number {
  const kind = charKind(ch);
  switch (kind.kind) {
    case "letter":
      if (m.commonCjk && (kind.script === "Han" || kind.script === "Hangul" || kind.script === "Hiragana" || kind.script === "Katakana")) {
        return m.commonCjk.has(ch) ? COMMON_CJK_SHARE / m.commonCjk.size : m.scripts.has(kind.script) ? OTHER_CJK : OTHER_SCRIPT_LETTER;
      }
      return m.scripts.has(kind.script) ? OWN_SCRIPT_LETTER + POOLED_SCRIPT_LETTER_MASS * pooledLetterShare(kind.script, ch) : OTHER_SCRIPT_LETTER;
    case "mark":
      return MARK + POOLED_NON_LETTER_MASS * pooledLetterShare(NON_LETTERS, ch);
    case "digit":
    case "space":
      return DIGIT_OR_SPACE + POOLED_NON_LETTER_MASS * pooledLetterShare(NON_LETTERS, ch);
    case "ascii-punct":
      return ASCII_PUNCT + POOLED_NON_LETTER_MASS * pooledLetterShare(NON_LETTERS, ch);
    case "punct":
      return PUNCT + POOLED_NON_LETTER_MASS * pooledLetterShare(NON_LETTERS, ch);
    case "common-symbol":
      return COMMON_SYMBOL + POOLED_NON_LETTER_MASS * pooledLetterShare(NON_LETTERS, ch);
    case "symbol":
      return SYMBOL + POOLED_NON_LETTER_MASS * pooledLetterShare(NON_LETTERS, ch);
    case "control":
      return CONTROL;
    case "replacement":
      return REPLACEMENT;
  }
}

let pooledShares: Map<string, Map<string, number>> | undefined;
/** The pool of everything that is not a letter (punctuation, digits, symbols), across all languages. */
const NON_LETTERS = "*";
/**
 * Part of the back-off for an unseen non-letter that follows how common it is across
 * all languages: the apostrophe English training text lacks is everywhere in French.
 */
const POOLED_NON_LETTER_MASS = 0.5;

/**
 * How common a letter is among the letters of its script, averaged over the languages
 * that write it (case folded, as the model sees it); 0 for a non-letter or an unseen one.
 * Example: "с" ≈ 0.05 in Cyrillic, "э" ≈ 0.005.
 */
export function letterShareInScript(ch: string): number {
  let share = letterShares.get(ch);
  if (share === undefined) {
    const folded = modelText(ch);
    const kind = charKind(folded);
    share = kind.kind === "letter" ? pooledLetterShare(kind.script, folded) : 0;
    letterShares.set(ch, share);
  }
  return share;
}

/** Shares asked for before (the chooser ranks the same candidates over and over); characters are few. */
const letterShares = new Map<string, number>();

/** A letter's share among all letters of its script (a non-letter's among all non-letters), averaged over the languages that use them. */
function pooledLetterShare(script: string, ch: string): number {
  if (!pooledShares) {
    pooledShares = new Map();
    const languagesPerScript = new Map<string, number>();
    for (const data of Object.values(languageModelData())) {
      for (const s of data.scripts) languagesPerScript.set(s, (languagesPerScript.get(s) ?? 0) + 1);
      const lettersByScript = new Map<string, [string, number][]>();
      for (const [c, n] of Object.entries(data.uni)) {
        const kind = charKind(c);
        const group = kind.kind === "letter" ? kind.script : NON_LETTERS;
        const list = lettersByScript.get(group) ?? [];
        list.push([c, n]);
        lettersByScript.set(group, list);
      }
      languagesPerScript.set(NON_LETTERS, (languagesPerScript.get(NON_LETTERS) ?? 0) + 1);
      for (const [s, list] of lettersByScript) {
        const total = list.reduce((a, [, n]) => a + n, 0);
        const shares = pooledShares.get(s) ?? new Map<string, number>();
        for (const [c, n] of list) shares.set(c, (shares.get(c) ?? 0) + n / total);
        pooledShares.set(s, shares);
      }
    }
    for (const [s, shares] of pooledShares) {
      const languages = Math.max(1, languagesPerScript.get(s) ?? 1);
      for (const [c, v] of shares) shares.set(c, v / languages);
    }
  }
  return pooledShares.get(script)?.get(ch) ?? 0;
}

/** `unigram` by character id (the same number, remembered in a table for small ids). */
function unigramById(m: LanguageModel, id: number): number {
  if (id >= ID_TABLE_LIMIT) return unigram(m, charsById[id]!);
  let p = m.uniById[id]!;
  if (p !== p) p = m.uniById[id] = unigram(m, charsById[id]!);
  return p;
}

/** The followers of the character `id` under one model, or undefined (looked up once per small id). */
function followersOf(m: LanguageModel, id: number): Followers | undefined {
  if (id >= ID_TABLE_LIMIT) return m.followers.get(charsById[id]!);
  const table = m.followersById;
  while (table.length <= id) table.push(undefined);
  let followers = table[id];
  if (followers === undefined) followers = table[id] = m.followers.get(charsById[id]!) ?? null;
  return followers ?? undefined;
}

function unigram(m: LanguageModel, ch: string): number {
  let p = m.uniCache.get(ch);
  if (p === undefined) {
    p = ((m.uni.get(ch) ?? 0) + m.unigramBackoff * backoff(m, ch)) / (m.total + m.unigramBackoff);
    m.uniCache.set(ch, p);
  }
  return p;
}

const isUpper = (ch: string) => ch !== ch.toLowerCase();
const isLower = (ch: string) => ch !== ch.toUpperCase();

const isLetter = (ch: string) => charKind(ch).kind === "letter";
const isAsciiDigit = (ch: string) => ch >= "0" && ch <= "9";
/** Apostrophes and hyphens join words; other non-ASCII punctuation and symbols do not. */
const isSymbolLike = (ch: string) => {
  const kind = charKind(ch).kind;
  return (kind === "symbol" || kind === "common-symbol" || kind === "punct") && !"’ʼ‐-·".includes(ch);
};

/** A text prepared once for scoring under many languages: its model text as character ids. */
interface PreparedText {
  ids: number[];
  caseFlipBits: number;
}

/** The word-shape properties of one character, as bits (see `shapeOf`). */
const UPPER = 1;
const LOWER = 2;
const LETTER = 4;
const SYMBOL_LIKE = 8;
const NON_ASCII = 16;
const ASCII_DIGIT = 32;
const KNOWN = 64;
const shapeByCodeUnit = new Uint8Array(0x10000);
const shapeOfAstral = new Map<string, number>();

/** `ch`'s word-shape bits, worked out once per character. */
function shapeOf(ch: string): number {
  const single = ch.length === 1;
  let shape = single ? shapeByCodeUnit[ch.charCodeAt(0)]! : (shapeOfAstral.get(ch) ?? 0);
  if (shape !== 0) return shape;
  shape =
    KNOWN |
    (isUpper(ch) ? UPPER : 0) |
    (isLower(ch) ? LOWER : 0) |
    (isLetter(ch) ? LETTER : 0) |
    (isSymbolLike(ch) ? SYMBOL_LIKE : 0) |
    (ch.charCodeAt(0) >= 0x80 ? NON_ASCII : 0) |
    (isAsciiDigit(ch) ? ASCII_DIGIT : 0);
  if (single) shapeByCodeUnit[ch.charCodeAt(0)] = shape;
  else shapeOfAstral.set(ch, shape);
  return shape;
}

function prepare(text: string): PreparedText {
  let caseFlipBits = 0; // and the other word-shape costs
  // Case is folded for the counts; a case flip inside a word is scored apart, and so is a symbol inside a word.
  let before = 0;
  let current = 0;
  let index = 0;
  for (const ch of text) {
    const next = shapeOf(ch);
    // `current` is the character at index - 1, `before` the one at index - 2, `next` the one at index.
    if (index >= 2 && current & SYMBOL_LIKE && before & LETTER && next & LETTER) caseFlipBits += SYMBOL_IN_WORD_BITS;
    if (index >= 1) {
      if (next & UPPER && current & LOWER && (next | current) & NON_ASCII) caseFlipBits += CASE_FLIP_BITS;
      if ((current & ASCII_DIGIT && next & NON_ASCII && next & LETTER) || (current & NON_ASCII && current & LETTER && next & ASCII_DIGIT)) caseFlipBits += LETTER_DIGIT_BITS;
    }
    before = current;
    current = next;
    index++;
  }
  const ids: number[] = [];
  // (By code unit, as `for…of` reads it: a surrogate pair is one character, a lone surrogate one too.)
  const folded = modelText(text);
  for (let i = 0; i < folded.length; i++) {
    const unit = folded.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < folded.length) {
      const low = folded.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        ids.push(charId(folded.slice(i, i + 2)));
        i++;
        continue;
      }
    }
    const id = idByUnit[unit]!;
    ids.push(id >= 0 ? id : charId(folded[i]!));
  }
  return { ids, caseFlipBits };
}

/**
 * The full stops of Chinese and Japanese, which the next sentence follows without a
 * space. The one declaration each language learned from starts its sentences on a new
 * line, so what followed "。" there is mostly the next article's number, and anything
 * else after it would cost more than after a character never seen at all: a sentence
 * start after "。" is priced by how common it is alone (when that is cheaper), or
 * "ます。画面" would cost more than "ます州画面".
 */
const CJK_SENTENCE_END_IDS = new Set([charId("\u3002"), charId("\uff01"), charId("\uff1f")]);

/** Bits of the character `id` right after `previous` under one model (the model's look-ups by id where it can). */
function pairBitsById(m: LanguageModel, previous: number, id: number): number {
  const followers = followersOf(m, previous);
  const p = followers ? ((followers.next.get(charsById[id]!) ?? 0) + followers.backoff * unigramById(m, id)) / (followers.context + followers.backoff) : unigramById(m, id);
  const bits = -Math.log2(p);
  return CJK_SENTENCE_END_IDS.has(previous) ? Math.min(bits, -Math.log2(unigramById(m, id))) : bits;
}

/** Bits of a prepared text under one model; stops early (returning a value ≥ limit) once past `limit`. */
function preparedCost(m: LanguageModel, text: PreparedText, limit: number): number {
  let bits = text.caseFlipBits;
  let previous = SPACE_ID;
  const ids = text.ids;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    bits += cachedPairBits(m, previous, id);
    if (bits > limit) return bits;
    previous = id;
  }
  return bits;
}

/** Languages whose cost on the first characters of a long text is within reach of the best are scored on all of it. */
const SHORTLIST_PREFIX_CHARS = 300;
const SHORTLIST_SIZE = 3;

function shortlist(text: PreparedText, languages: readonly string[]): readonly string[] {
  if (languages.length <= SHORTLIST_SIZE || text.ids.length <= 2 * SHORTLIST_PREFIX_CHARS) return languages;
  const prefix: PreparedText = { ids: text.ids.slice(0, SHORTLIST_PREFIX_CHARS), caseFlipBits: 0 };
  return languages
    .map((language) => ({ language, m: model(language) }))
    .filter((l): l is { language: string; m: LanguageModel } => l.m !== undefined)
    .map(({ language, m }) => ({ language, bits: preparedCost(m, prefix, Infinity) }))
    .sort((a, b) => a.bits - b.bits)
    .slice(0, SHORTLIST_SIZE)
    .map((l) => l.language);
}

/** Bits of `ch` right after `previous` (model text: lower case, see modelText) under one language; 0 for a language the table lacks. */
export function pairBitsIn(language: string, previous: string, ch: string): number {
  const m = model(language);
  return m ? cachedPairBits(m, charId(previous), charId(ch)) : 0;
}

/** A character no language model has seen: the bits of a letter after it are the letter's own share. */
const UNSEEN_CHARACTER = "\u0378";

/**
 * Bits of `letter` (model text: lower case) on its own in `language`, whatever stands
 * before it: low for a letter the language writes often, 16–18 for one its model never
 * saw. Example: "â" costs 7.4 bits in Vietnamese and 17–19 in English or Italian.
 */
export function letterOwnBits(language: string, letter: string): number {
  return pairBitsIn(language, UNSEEN_CHARACTER, letter);
}

/** `pairBits` by character ids, remembered in the model's pair cache. */
function cachedPairBits(m: LanguageModel, previous: number, id: number): number {
  const key = pairKey(previous, id);
  let bits = m.pairBits.get(key);
  if (bits === undefined) {
    bits = pairBitsById(m, previous, id);
    if (m.pairBits.size >= PAIR_CACHE_SIZE) m.pairBits.clear();
    m.pairBits.set(key, bits);
  }
  return bits;
}

/** Bits of `text` under one language (undefined for a language the table lacks). */
export function languageTextCost(text: string, language: string): number | undefined {
  const m = model(language);
  return m ? preparedCost(m, prepare(text), Infinity) : undefined;
}

/**
 * The language (of `languages`) under which `text` costs least, and that cost in
 * bits. Scoring stops early once a language is past `limit` (or past the best so
 * far): the bits returned are then only known to be ≥ limit.
 */
export function bestLanguageCost(text: string, languages: readonly string[], limit = Infinity): { language: string; bits: number } {
  // The repair engine asks again about texts it has seen (a line before and after a
  // round, a round's result during look-ahead and after): remembered, without a limit.
  const remembered = limit === Infinity ? rememberedCosts.get(languages)?.costs.get(text) : undefined;
  if (remembered) return remembered;
  const result = scoreLanguages(text, languages, limit);
  if (limit === Infinity) {
    let byText = rememberedCosts.get(languages);
    if (!byText) rememberedCosts.set(languages, (byText = { costs: new Map(), chars: 0 }));
    if (byText.costs.size >= REMEMBERED_COSTS_SIZE || byText.chars + text.length > REMEMBERED_COSTS_CHARS) {
      byText.costs.clear();
      byText.chars = 0;
    }
    byText.costs.set(text, result);
    byText.chars += text.length;
  }
  return result;
}

/** Results of bestLanguageCost without a limit, per list of languages (by identity) and text. */
const rememberedCosts = new WeakMap<readonly string[], { costs: Map<string, { language: string; bits: number }>; chars: number }>();
const REMEMBERED_COSTS_SIZE = 1_000;
/** …holding at most this many characters of text per list (a long line's pieces are up to 8 K characters each). */
const REMEMBERED_COSTS_CHARS = 1_000_000;

function scoreLanguages(text: string, languages: readonly string[], limit: number): { language: string; bits: number } {
  const prepared = prepare(text);
  const candidates = shortlist(prepared, languages);
  if (limit === Infinity && candidates === languages) return scoreTogether(prepared, languages);
  let best = { language: "", bits: Infinity };
  for (const language of candidates) {
    const m = model(language);
    if (!m) continue;
    const bits = preparedCost(m, prepared, Math.min(limit, best.bits));
    if (bits < best.bits) best = { language, bits };
  }
  return best;
}

/** One list of languages scored side by side: for each character pair, its bits in every language. */
interface LanguageGroup {
  models: (LanguageModel | undefined)[];
  pairs: Map<number, Float64Array>;
}

const languageGroups = new WeakMap<readonly string[], LanguageGroup>();
/** Character pairs remembered per group (each holds one number per language). */
const GROUP_PAIR_CACHE_SIZE = 4_000;

/** The models of a list of languages, with the bits of each letter pair under all of them, remembered per list. */
function languageGroup(languages: readonly string[]): LanguageGroup {
  let group = languageGroups.get(languages);
  if (!group) languageGroups.set(languages, (group = { models: languages.map((language) => model(language)), pairs: new Map() }));
  return group;
}

/** The bits of the pair (previous, id) under each language of the group (remembered). */
function pairRow(group: LanguageGroup, previous: number, id: number): Float64Array {
  const key = pairKey(previous, id);
  let row = group.pairs.get(key);
  if (!row) {
    const { models } = group;
    row = new Float64Array(models.length);
    for (let j = 0; j < models.length; j++) {
      const m = models[j];
      if (m) row[j] = pairBitsById(m, previous, id);
    }
    if (group.pairs.size >= GROUP_PAIR_CACHE_SIZE) group.pairs.clear();
    group.pairs.set(key, row);
  }
  return row;
}

/**
 * All languages of a list at once, each text pair looked up once for all of them
 * (the same sums, in the same order, as scoring one language after another; the
 * first-listed language wins a tie).
 */
function scoreTogether(prepared: PreparedText, languages: readonly string[]): { language: string; bits: number } {
  const group = languageGroup(languages);
  const { models } = group;
  const n = models.length;
  const totals = new Float64Array(n).fill(prepared.caseFlipBits);
  let previous = SPACE_ID;
  for (const id of prepared.ids) {
    const row = pairRow(group, previous, id);
    for (let j = 0; j < n; j++) totals[j] += row[j]!;
    previous = id;
  }
  let best = { language: "", bits: Infinity };
  for (let j = 0; j < n; j++) if (models[j] && totals[j]! < best.bits) best = { language: languages[j]!, bits: totals[j]! };
  return best;
}

/**
 * Whether `text` costs more than `bound` bits under every language of the list (so
 * `bestLanguageCost(text, languages).bits > bound`), scored side by side as in
 * scoreTogether and stopped as soon as every language is past the bound: pair bits
 * are never negative, so a language past it stays past it. False when not known
 * (a language under the bound, or a pair of negative bits). For the repair search's
 * "reads past the limit" checks (repair/mojibake/legacy-reading-limit.ts).
 */
export function costsMoreThan(text: string, languages: readonly string[], bound: number): boolean {
  const remembered = rememberedCosts.get(languages)?.costs.get(text);
  if (remembered) return remembered.bits > bound;
  const prepared = prepare(text);
  const group = languageGroup(languages);
  const { models } = group;
  const n = models.length;
  const totals = new Float64Array(n).fill(prepared.caseFlipBits);
  let under = 0;
  for (let j = 0; j < n; j++) if (models[j] && !(totals[j]! > bound)) under++;
  let previous = SPACE_ID;
  for (const id of prepared.ids) {
    if (under === 0) return true;
    const row = pairRow(group, previous, id);
    for (let j = 0; j < n; j++) {
      const bits = row[j]!;
      if (bits < 0) return false;
      const total = totals[j]!;
      totals[j] = total + bits;
      if (models[j] && !(total > bound) && total + bits > bound) under--;
    }
    previous = id;
  }
  return under === 0;
}

/** Every language the table knows. */
export function knownLanguages(): string[] {
  return Object.keys(languageModelData());
}

/** The known languages written in the script most letters of `text` are in (all of them when it has no letters). */
export function knownLanguagesForScriptOf(text: string): string[] {
  // (The script of each code unit is looked up in a table, not asked of charKind one
  // code point string at a time: the repair search asks this of every text it scores.
  // The same counts, and the same script wins a tie: the first one seen.)
  const counts = scriptCounts;
  const order: number[] = [];
  let seen = 0;
  for (let i = 0; i < text.length; i++) {
    if (seen > 2000) break;
    const unit = text.charCodeAt(i);
    let script: number;
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const ch = String.fromCodePoint(text.codePointAt(i)!);
      i += ch.length - 1;
      script = scriptIdOf(ch);
    } else {
      script = scriptOfUnit[unit]!;
      if (script === UNKNOWN_SCRIPT) script = scriptOfUnit[unit] = scriptIdOf(String.fromCharCode(unit));
    }
    if (script < 0) continue;
    seen++;
    if (counts[script]++ === 0) order.push(script);
  }
  let best = -1;
  for (const script of order) if (best < 0 || counts[script]! > counts[best]!) best = script;
  for (const script of order) counts[script] = 0;
  return languagesWritingScript(best < 0 ? "" : scriptNames[best]!);
}

/** A code unit's letter script as an index into `scriptNames`; NOT_A_LETTER, or UNKNOWN_SCRIPT until looked up. */
const UNKNOWN_SCRIPT = -2;
const NOT_A_LETTER = -1;
const scriptOfUnit = new Int16Array(0x10000).fill(UNKNOWN_SCRIPT);
const scriptNames: string[] = [];
const scriptIds = new Map<string, number>();
/** Letters per script while one text is counted (left all zero after). */
const scriptCounts: number[] = [];

function scriptIdOf(ch: string): number {
  const kind = charKind(ch);
  if (kind.kind !== "letter") return NOT_A_LETTER;
  let id = scriptIds.get(kind.script);
  if (id === undefined) {
    id = scriptNames.length;
    scriptNames.push(kind.script);
    scriptIds.set(kind.script, id);
    scriptCounts.push(0);
  }
  return id;
}

const languagesByScript = new Map<string, string[]>();

/** The known languages written in `script`; all of them when none is (or for ""). */
function languagesWritingScript(script: string): string[] {
  let languages = languagesByScript.get(script);
  if (!languages) {
    const all = knownLanguages();
    const matching = script ? all.filter((language) => languageModelData()[language]!.scripts.includes(script)) : [];
    languages = matching.length > 0 ? matching : all;
    languagesByScript.set(script, languages);
  }
  return languages;
}
