/**
 * Per-language character trigrams, for the one question letter pairs answer badly:
 * which of a few letters a lost byte was. A pair model sees "ся" and "яи" as two
 * common pairs and prefers "професяиональное"; the trigrams "еся" → "сяи" are never
 * seen, "ессии" is. Trigram counts come from the same training text as the pair model
 * (model-data.ts) and back off to it (Witten–Bell). The table is built on
 * first use and parsed per language: most inputs never lose a byte.
 * Example: `trigramTextCost("профессиональное", "rus")` < `trigramTextCost("професяиональное", "rus")`.
 */
import { pairBitsIn } from "./language-bigrams.js";
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

/** Bits of `text` under one language's trigrams (backing off to its letter pairs); undefined for a language the table lacks. */
export function trigramTextCost(text: string, language: string): number | undefined {
  const m = trigramModel(language);
  if (!m) return undefined;
  let bits = 0;
  let before = " ";
  let previous = " ";
  for (const ch of modelText(text)) {
    const pairBits = pairBitsIn(language, previous, ch);
    const context = m.get(before + previous);
    if (context === undefined) bits += pairBits;
    else {
      const p = ((context.next.get(ch) ?? 0) + context.distinct * 2 ** -pairBits) / (context.count + context.distinct);
      bits -= Math.log2(p);
    }
    before = previous;
    previous = ch;
  }
  return bits;
}
