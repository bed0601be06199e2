/**
 * The margin a letter lost whole must win by (utf8-read-as.ts WHOLE_CHARACTER_MARGIN_BITS)
 * is over the other LETTERS, not over its own other case: the letter models fold case, so
 * "à" and "À" read alike and only the case cost of the word around parts them, by less
 * than the margin. Measured against the runner-up that is a different letter, the word
 * chooses the letter and its case the case. Before → after (Big5, Python's stand-ins):
 * "a droit ◆◆ la sécurité" → "a droit à la sécurité" (à beat À by 1 bit, É by 7).
 */

/** The cost of the best candidate that is another letter than `best` (case folded); Infinity when none. */
export function runnerUpOtherLetter(ranked: readonly { candidate: string; cost: number }[], best: string): number {
  const folded = best.toLowerCase();
  let cost = Infinity;
  for (const r of ranked) if (r.candidate.toLowerCase() !== folded && r.cost < cost) cost = r.cost;
  return cost;
}
