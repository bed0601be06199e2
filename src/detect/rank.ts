/**
 * Ranking decoded candidates. Every candidate's text is scored with the
 * plausibility model (bits under the likeliest of its languages: lower is more
 * plausible), plus a small cost for rarely used encodings, minus a small credit
 * for chardet's opinion, which is one signal, not the answer. Candidates that
 * decode to the identical text are one guess, reported under the first (preferred)
 * name. Confidence is each guess's share of the probability 2^−bits.
 * Example: `4F 6E 69 20 73 B1 20 74 75 74 61 6A 2E` → "Oni są tutaj." (iso-8859-2, 51 bits, as
 * Polish) beats "Oni s± tutaj." (windows-1250, 76 bits) → iso-8859-2, confidence ≈ 1.
 */
import { bestLanguageCost } from "../plausibility/language-bigrams.js";
import type { DetectContext } from "./context.js";
import type { DecodedGuess } from "./families/index.js";

/**
 * Bits credited to an encoding chardet is fully sure of. On the udhr test half any
 * value from 0 to 6 gives the same accuracy: it only breaks near-ties (and orders
 * the scoring, so early stopping bites sooner).
 */
const CHARDET_CREDIT_BITS = 2;
export interface RankedGuess {
  encoding: string;
  bits: number;
  /** Bits per sampled byte: how much the bytes look like text at all. */
  bitsPerByte: number;
  confidence: number;
}

/**
 * Guesses this many bits behind the best have a confidence below 2^−40: scoring
 * them stops there.
 */
const CONFIDENCE_HORIZON_BITS = 40;

/** The one place a decoded text (an excerpt) is scored: swap the model here. Stops early past `limit`. */
export function candidateTextBits(text: string, languages: readonly string[], limit = Infinity): number {
  return bestLanguageCost(text, languages, limit).bits;
}

interface TextGroup {
  /** The preferred (first) encoding decoding to this text. */
  encoding: string;
  text: string;
  languages: Set<string>;
  /** Rarity minus chardet's credit, the best among the group's encodings. */
  adjustBits: number;
  /** Bytes the text was decoded from. */
  bytes: number;
}

/** One group per distinct decoded text, named after the first (preferred) encoding giving it. */
function groupByText(guesses: DecodedGuess[], context: DetectContext): TextGroup[] {
  const chardet = context.chardetConfidence();
  const groups = new Map<string, TextGroup>();
  for (const guess of guesses) {
    const adjustBits = guess.rarityBits - CHARDET_CREDIT_BITS * (chardet.get(guess.encoding) ?? 0);
    const group = groups.get(guess.text);
    if (!group) {
      groups.set(guess.text, { encoding: guess.encoding, text: guess.text, languages: new Set(guess.languages), adjustBits, bytes: guess.bytes ?? context.excerptBytes });
    } else {
      for (const language of guess.languages) group.languages.add(language);
      group.adjustBits = Math.min(group.adjustBits, adjustBits);
    }
  }
  return [...groups.values()];
}

export function rankGuesses(guesses: DecodedGuess[], context: DetectContext): RankedGuess[] {
  // Lowest adjustment (chardet's favourites) first: a good early best lets the others stop scoring sooner.
  const groups = groupByText(guesses, context).sort((a, b) => a.adjustBits - b.adjustBits);
  // Costs compare per byte decoded, scaled to the excerpt (UTF-16 decodes other bytes than the excerpt).
  const reference = Math.max(1, context.excerptBytes);
  let bestBits = Infinity;
  const scored = groups.map((group) => {
    const scale = reference / Math.max(1, group.bytes);
    const limit = (bestBits + CONFIDENCE_HORIZON_BITS - group.adjustBits) / scale;
    const bits = candidateTextBits(group.text, [...group.languages], limit) * scale + group.adjustBits;
    bestBits = Math.min(bestBits, bits);
    return { encoding: group.encoding, bits };
  });
  const ranked = scored.sort((a, b) => a.bits - b.bits);
  const best = ranked[0]?.bits ?? 0;
  const weights = ranked.map((r) => 2 ** -(r.bits - best));
  const total = weights.reduce((a, b) => a + b, 0);
  return ranked.map((r, i) => ({ encoding: r.encoding, bits: r.bits, bitsPerByte: r.bits / reference, confidence: weights[i]! / total }));
}
