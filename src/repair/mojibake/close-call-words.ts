/**
 * Two wrong decoders can explain one line equally well and differ only where a lost byte
 * was guessed: Windows-1252 and Windows-1254 read "ç»?æµ?" alike, but only Windows-1254
 * leaves byte 8E undefined, so only its reading can restore "济" (E6 B5 8E) where the
 * other must take "流" (E6 B5 81). The letter pairs that settle close calls (index.ts)
 * see no difference between two hanzi, or between two letters that both fit; a word the
 * language writes often does. Where two close results differ, the words there that are
 * among the language's frequent words count for their result (frequent-words.ts), as
 * they do when one slot's letters are chosen. It only orders options already close; it
 * never makes a repair.
 * Before → after: "…发展ç»?æµ?。" → "…发展经济。" (was "…发展经流。").
 */
import { frequentWordBitsOver } from "../../plausibility/frequent-words.js";

/**
 * How many bits `a` reads better than `b` by their frequent words of `language`, where the
 * two differ (the stretch between their common beginning and common end); positive when
 * `a` has more, or more frequent, words there.
 */
export function frequentWordsAdvantage(language: string, a: string, b: string): number {
  let start = 0;
  const shorter = Math.min(a.length, b.length);
  while (start < shorter && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let end = 0;
  while (end < shorter - start && a.charCodeAt(a.length - 1 - end) === b.charCodeAt(b.length - 1 - end)) end++;
  if (start === a.length && start === b.length) return 0;
  // (A surrogate pair or a word split at the edge of the stretch is read whole: the lookups take the run around it.)
  return frequentWordBitsOver(language, a, start, a.length - end) - frequentWordBitsOver(language, b, start, b.length - end);
}
