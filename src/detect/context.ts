/**
 * What every candidate needs to know about the input, computed once: the sample
 * (head, and a window around the first byte that is not UTF-8 when that lies past
 * the head), which byte values occur, and chardet's opinion. Candidates read it;
 * none of them scans the bytes for its own statistics.
 */
import chardet from "chardet";
import { canonicalEncoding } from "../decode/encodings.js";
import type { DetectionSample } from "./sample.js";

export interface DetectContext {
  /** The sampled byte runs, each decoded on its own (head first). */
  parts: Uint8Array[];
  /** How often each byte value occurs in the sample. */
  histogram: Uint32Array;
  /** True when some byte is 0x80–0xFF. */
  hasHighBytes: boolean;
  /** chardet's confidence (0–1) per canonical encoding name, computed on first use. */
  chardetConfidence(): Map<string, number>;
}

export function detectContext(sample: DetectionSample): DetectContext {
  const parts = sample.window ? [sample.head, sample.window] : [sample.head];
  const histogram = new Uint32Array(256);
  for (const part of parts) for (const b of part) histogram[b]!++;
  let hasHighBytes = false;
  for (let b = 0x80; b < 256; b++) if (histogram[b]) hasHighBytes = true;
  let chardetCache: Map<string, number> | undefined;
  return {
    parts,
    histogram,
    hasHighBytes,
    chardetConfidence() {
      if (chardetCache) return chardetCache;
      chardetCache = new Map();
      for (const part of parts) {
        for (const match of chardet.analyse(part) ?? []) {
          const name = canonicalEncoding(match.name);
          if (name && !chardetCache.has(name)) chardetCache.set(name, match.confidence / 100);
        }
      }
      return chardetCache;
    },
  };
}
