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
 * The bits of one character after two, per language, by the three characters' ids: the
 * chooser scores the same words with one letter changed over and over, and a look-up here
 * replaces the string key, two map look-ups and a logarithm (the same number, so the same sums).
 */
const termCaches = new Map<string, Map<number, number>>();
/** Terms remembered, all languages together, before the caches start again (a few MB). */
const TERM_CACHE_SIZE = 100_000;
let termsCached = 0;

/** Remember one term, emptying every language's cache first when they hold TERM_CACHE_SIZE. */
function rememberTerm(terms: Map<number, number>, key: number, term: number): void {
  if (termsCached >= TERM_CACHE_SIZE) {
    for (const cache of termCaches.values()) cache.clear();
    termsCached = 0;
  }
  terms.set(key, term);
  termsCached++;
}
/** Ids below this make an exact integer key of three (3 × 15 bits). */
const TERM_ID_LIMIT = 1 << 15;

/** Bits of `text` under one language's trigrams (backing off to its letter pairs); undefined for a language the table lacks. */
export function trigramTextCost(text: string, language: string): number | undefined {
  const m = trigramModel(language);
  if (!m) return undefined;
  let terms = termCaches.get(language);
  if (!terms) termCaches.set(language, (terms = new Map()));
  let bits = 0;
  let before = " ";
  let previous = " ";
  let beforeId = charId(before);
  let previousId = beforeId;
  for (const ch of modelText(text)) {
    const id = charId(ch);
    const key = beforeId < TERM_ID_LIMIT && previousId < TERM_ID_LIMIT && id < TERM_ID_LIMIT ? (beforeId * TERM_ID_LIMIT + previousId) * TERM_ID_LIMIT + id : -1;
    let term = key < 0 ? undefined : terms.get(key);
    if (term === undefined) {
      term = trigramTerm(m, language, before, previous, ch);
      if (key >= 0) rememberTerm(terms, key, term);
    }
    // (x - y and x + (-y) are the same number: the sum is the one the term-by-term formula gives.)
    bits += term;
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
  let terms = termCaches.get(language);
  if (!terms) termCaches.set(language, (terms = new Map()));
  const cache = terms;
  const term = (b: string, p: string, ch: string) => cachedTerm(cache, m, language, b, p, ch);
  const head = Array.from(modelText(before));
  const tail = Array.from(modelText(after));
  // The sum over `before`, and the state after it.
  let headBits = 0;
  let b = " ";
  let p = " ";
  for (const ch of head) {
    headBits += term(b, p, ch);
    b = p;
    p = ch;
  }
  // The terms of `after` from its third character on: their two characters before are its own.
  const tailTerms: number[] = [];
  for (let k = 2; k < tail.length; k++) tailTerms.push(term(tail[k - 2]!, tail[k - 1]!, tail[k]!));
  const headEndsInSpace = WHITE_SPACE_AT_END.test(before);
  const tailStartsWithSpace = WHITE_SPACE_AT_START.test(after);
  return fills.map((fill) => {
    if (fill.length === 0 || NOT_PIECEWISE.test(fill) || (headEndsInSpace && WHITE_SPACE_AT_START.test(fill)) || (tailStartsWithSpace && WHITE_SPACE_AT_END.test(fill))) {
      return trigramTextCost(before + fill + after, language)!;
    }
    let bits = headBits;
    let bb = b;
    let pp = p;
    for (const ch of modelText(fill)) {
      bits += term(bb, pp, ch);
      bb = pp;
      pp = ch;
    }
    for (let k = 0; k < tail.length && k < 2; k++) {
      const ch = tail[k]!;
      bits += term(bb, pp, ch);
      bb = pp;
      pp = ch;
    }
    for (let k = 0; k < tailTerms.length; k++) bits += tailTerms[k]!;
    return bits;
  });
}

/** `trigramTerm` through the language's term cache (the look-up `trigramTextCost` makes). */
function cachedTerm(terms: Map<number, number>, m: Map<string, PairContext>, language: string, before: string, previous: string, ch: string): number {
  const beforeId = charId(before);
  const previousId = charId(previous);
  const id = charId(ch);
  const key = beforeId < TERM_ID_LIMIT && previousId < TERM_ID_LIMIT && id < TERM_ID_LIMIT ? (beforeId * TERM_ID_LIMIT + previousId) * TERM_ID_LIMIT + id : -1;
  let term = key < 0 ? undefined : terms.get(key);
  if (term === undefined) {
    term = trigramTerm(m, language, before, previous, ch);
    if (key >= 0) rememberTerm(terms, key, term);
  }
  return term;
}
