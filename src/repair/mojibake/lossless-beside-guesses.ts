/**
 * Lossless spans judged once more, beside every repair of the line. A lossless span is
 * first judged beside the other lossless ones only; where most words of a line lost
 * bytes, its neighbours are still junk then, and a lone character that re-reads as a
 * word of its own (Cyrillic "и" D0 B8 is EUC-KR "龜", EUC-JP "亳") gains too little to
 * pay for the claim of mojibake. Beside the restored words it reads as what it is.
 * The same prior is paid as before: only the context changes. Double-byte decoders only
 * (their lone characters are the ones turned down for want of company), and only a
 * lone character that re-reads as letters.
 * Example (EUC-KR): "напредок 龜 неговите" (its neighbours restored from lost bytes) →
 * "напредок и неговите".
 */
import { MOJIBAKE_PRIOR_BITS, type Repair, applyRepairs, plausibilityGain } from "./candidate.js";
import { deletesLoneLetter, sameScriptLetters } from "./span-guards.js";

const LETTERS = /^\p{L}+$/u;

/** The lone characters among the lossless spans of `candidates` not among `repairs` that gain beside all of them. */
export function losslessBesideGuesses(line: string, candidates: readonly Repair[], repairs: readonly Repair[]): Repair[] {
  if (candidates.length === 0 || !repairs.some((r) => r.guess)) return [];
  const left = candidates.filter(
    (c) => [...line.slice(c.start, c.end)].length === 1 && LETTERS.test(c.after) && !repairs.some((r) => r.start < c.end && c.start < r.end) && !sameScriptLetters(line.slice(c.start, c.end), c.after) && !deletesLoneLetter(line, c.start, c.end, c.after),
  );
  return gainingBesideRepairs(line, left, repairs);
}

/**
 * Of `left` (spans apart from every one of `repairs`), those that gain, paying the full
 * prior, when judged in the line as `repairs` leave it; each with that gain.
 */
export function gainingBesideRepairs(line: string, left: readonly Repair[], repairs: readonly Repair[]): Repair[] {
  if (left.length === 0) return [];
  const context = applyRepairs(line, repairs);
  const out: Repair[] = [];
  for (const c of left) {
    let at = c.start;
    for (const r of repairs) if (r.end <= c.start) at += r.after.length - (r.end - r.start);
    const gain = plausibilityGain(context, at, at + (c.end - c.start), c.after) - MOJIBAKE_PRIOR_BITS;
    if (gain > 0) out.push({ ...c, gain });
  }
  return out;
}
