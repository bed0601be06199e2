/**
 * Two mistakes whose repairs gain nearly the same number of bits are a close call even
 * when the share between them is not: on a short line every gain is small, and a few
 * bits of letter-model noise make a large share. "Ã€" is "À" read as Windows-1252 (€ =
 * 80) and "ä" read as ISO-8859-15 (€ = A4); alone the model gains 20 bits for "ä", 15
 * for "À" (a capital costs more), 76% of it. In "Ã€ bientôt" the per-language letter
 * pairs (index.ts `pickClose`) tell them apart at once: French "À bientôt" 52 bits,
 * "ä bientôt" 62 in any language. So gains this close are weighed there too.
 * Example: "Ã€ bientôt" → "À bientôt" (was "ä bientôt"); German read as ISO-8859-15,
 * "Die KÃ€lte ist Ã€rgerlich", still → "Die Kälte ist ärgerlich".
 */

/**
 * Gains at most this many bits below the best one's are a close call, whatever their
 * share: "Ã€ bientôt" is 7 bits apart (25.75 for "ä", 18.75 for "À"); 8 leaves the
 * generated corpus as it was (one layered case better) and the real-text sweeps too.
 */
const CLOSE_CALL_BITS = 8;

/** Whether `gain` is within CLOSE_CALL_BITS of `bestGain`. */
export function closeInBits(gain: number, bestGain: number): boolean {
  return bestGain - gain <= CLOSE_CALL_BITS;
}
