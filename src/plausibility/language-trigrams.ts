/**
 * Per-language character trigrams, for the one question letter pairs answer badly:
 * which of a few letters a lost byte was. A pair model sees "ся" and "яи" as two
 * common pairs and prefers "професяиональное"; the trigrams "еся" → "сяи" are never
 * seen, "ессии" is. Trigram counts come from the same training text as the pair model
 * (model-data.ts) and back off to it (Witten–Bell). The table is built on
 * first use and parsed per language: most inputs never lose a byte.
 * Example: `trigramTextCost("профессиональное", "rus")` < `trigramTextCost("професяиональное", "rus")`.
 */
import { charId, pairBitsIn } from "./language-bigrams.js";
import { languageTrigramData } from "./model-data.js";
import { modelText } from "./model-text.js";

/** What followed one pair of characters in training: total count, distinct followers, counts. */
interface PairContext {
  count: number;
  distinct: number;
  next: Map<string, number>;
}

const models = new Map<string, Map<string, PairContext> | null>();
let trigramData: Record<string, string> | undefined;

function trigramModel(language: string): Map<string, PairContext> | undefined {
  let m = models.get(language);
  if (m === undefined) {
    const data = (trigramData ??= languageTrigramData())[language];
    m = data === undefined ? null : parse(data);
    models.set(language, m);
  }
  return m ?? undefined;
}

function parse(data: string): Map<string, PairContext> {
  const contexts = new Map<string, PairContext>();
  for (const entry of data.split("\u0001")) {
    const chars = Array.from(entry);
    const context = chars[0]! + chars[1]!;
    const n = parseInt(chars.slice(3).join(""), 36);
    let c = contexts.get(context);
    if (!c) contexts.set(context, (c = { count: 0, distinct: 0, next: new Map() }));
    c.count += n;
    c.distinct++;
    c.next.set(chars[2]!, n);
  }
  return contexts;
}

/**
 * The bits of one character after two, per language, by the three characters' ids (by
 * the first id, then the other two as one small integer): the chooser scores the same
 * words with one letter changed over and over, and a look-up here replaces the string
 * key, two map look-ups and a logarithm (the same number, so the same sums).
 */
type TermCache = Map<number, Map<number, number>>;
const termCaches = new Map<string, TermCache>();
/** Terms remembered, all languages together, before the caches start again (some 4 MB; each repair thread holds its own; 50,000 was no faster). */
const TERM_CACHE_SIZE = 20_000;
let termsCached = 0;
/** Ids below this make a small integer key of two (2 × 15 bits). */
const TERM_ID_LIMIT = 1 << 15;

function termCacheOf(language: string): TermCache {
  let cache = termCaches.get(language);
  if (!cache) termCaches.set(language, (cache = new Map()));
  return cache;
}

/** The term of `ch` (id `id`) after `before` and `previous` (ids `beforeId`, `previousId`), through the language's cache. */
function cachedTerm(cache: TermCache, m: Map<string, PairContext>, language: string, before: string, beforeId: number, previous: string, previousId: number, ch: string, id: number): number {
  if (beforeId >= TERM_ID_LIMIT || previousId >= TERM_ID_LIMIT || id >= TERM_ID_LIMIT) return trigramTerm(m, language, before, previous, ch);
  let row = cache.get(beforeId);
  const key = (previousId << 15) | id;
  let term = row?.get(key);
  if (term === undefined) {
    term = trigramTerm(m, language, before, previous, ch);
    if (termsCached >= TERM_CACHE_SIZE) {
      for (const c of termCaches.values()) c.clear();
      termsCached = 0;
      row = undefined;
    }
    if (!row) cache.set(beforeId, (row = new Map()));
    row.set(key, term);
    termsCached++;
  }
  return term;
}

/** Bits of `text` under one language's trigrams (backing off to its letter pairs); undefined for a language the table lacks. */
export function trigramTextCost(text: string, language: string): number | undefined {
  const m = trigramModel(language);
  if (!m) return undefined;
  const cache = termCacheOf(language);
  let bits = 0;
  let before = " ";
  let previous = " ";
  let beforeId = charId(before);
  let previousId = beforeId;
  for (const ch of modelText(text)) {
    const id = charId(ch);
    // (x - y and x + (-y) are the same number: the sum is the one the term-by-term formula gives.)
    bits += cachedTerm(cache, m, language, before, beforeId, previous, previousId, ch, id);
    before = previous;
    previous = ch;
    beforeId = previousId;
    previousId = id;
  }
  return bits;
}

/** Bits of `ch` after `before` and `previous`. */
function trigramTerm(m: Map<string, PairContext>, language: string, before: string, previous: string, ch: string): number {
  const pairBits = pairBitsIn(language, previous, ch);
  const context = m.get(before + previous);
  if (context === undefined) return pairBits;
  const p = ((context.next.get(ch) ?? 0) + context.distinct * 2 ** -pairBits) / (context.count + context.distinct);
  return -Math.log2(p);
}

/** What modelText rewrites across a boundary between two texts: a run of white space (two characters of it become one). */
const WHITE_SPACE_AT_START = /^[\t\n\v\f\r ]/;
const WHITE_SPACE_AT_END = /[\t\n\v\f\r ]$/;
/** What makes modelText of a whole differ from its pieces' joined: NFC (combining marks), the final-sigma rule of toLowerCase, a surrogate pair cut in two. */
const NOT_PIECEWISE = /[\u0300-\u036f\u03a3\ud800-\udfff]/;

/**
 * `trigramTextCost(before + fill + after, language)` for every fill, the same numbers:
 * the bits of `before` are summed once, and the terms of `after` past its first two
 * characters (which no fill reaches) are looked up once and added in the same order
 * ("Καλημέ◆α" with a dozen letters in the slot reads the words around it once, not a
 * dozen times). Falls back to the whole text wherever its model text is not the pieces'
 * joined. Undefined for a language the table lacks.
 */
export function trigramCostsOfFills(before: string, fills: readonly string[], after: string, language: string): number[] | undefined {
  const m = trigramModel(language);
  if (!m) return undefined;
  if (NOT_PIECEWISE.test(before) || NOT_PIECEWISE.test(after)) return fills.map((fill) => trigramTextCost(before + fill + after, language)!);
  const cache = termCacheOf(language);
  const head = Array.from(modelText(before));
  const tail = Array.from(modelText(after));
  const tailIds = tail.map(charId);
  // The sum over `before`, and the state after it.
  let headBits = 0;
  let b = " ";
  let p = " ";
  let bId = charId(b);
  let pId = bId;
  for (const ch of head) {
    const id = charId(ch);
    headBits += cachedTerm(cache, m, language, b, bId, p, pId, ch, id);
    b = p;
    bId = pId;
    p = ch;
    pId = id;
  }
  // The terms of `after` from its third character on: their two characters before are its own.
  const tailTerms: number[] = [];
  for (let k = 2; k < tail.length; k++) tailTerms.push(cachedTerm(cache, m, language, tail[k - 2]!, tailIds[k - 2]!, tail[k - 1]!, tailIds[k - 1]!, tail[k]!, tailIds[k]!));
  const headEndsInSpace = WHITE_SPACE_AT_END.test(before);
  const tailStartsWithSpace = WHITE_SPACE_AT_START.test(after);
  return fills.map((fill) => {
    if (fill.length === 0 || NOT_PIECEWISE.test(fill) || (headEndsInSpace && WHITE_SPACE_AT_START.test(fill)) || (tailStartsWithSpace && WHITE_SPACE_AT_END.test(fill))) {
      return trigramTextCost(before + fill + after, language)!;
    }
    let bits = headBits;
    let bb = b;
    let bbId = bId;
    let pp = p;
    let ppId = pId;
    for (const ch of modelText(fill)) {
      const id = charId(ch);
      bits += cachedTerm(cache, m, language, bb, bbId, pp, ppId, ch, id);
      bb = pp;
      bbId = ppId;
      pp = ch;
      ppId = id;
    }
    for (let k = 0; k < tail.length && k < 2; k++) {
      bits += cachedTerm(cache, m, language, bb, bbId, pp, ppId, tail[k]!, tailIds[k]!);
      bb = pp;
      bbId = ppId;
      pp = tail[k]!;
      ppId = tailIds[k]!;
    }
    for (let k = 0; k < tailTerms.length; k++) bits += tailTerms[k]!;
    return bits;
  });
}
