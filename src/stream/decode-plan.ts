/**
 * How a stream is decoded, decided once from a bounded sample: the first SAMPLE_BYTES
 * (or the whole input when shorter). A BOM or a user-named encoding wins; a sample
 * that is ASCII or valid UTF-8 makes a "utf-8" plan, handled at the byte level; any
 * other detected encoding makes a "decoder" plan for the whole stream.
 *
 * A stream cannot see the future, so what happens when the first invalid UTF-8 comes
 * after the sample is defined here, and the whole-buffer call does exactly the same:
 * each line that is valid UTF-8 stays UTF-8, and each line that is not is decoded with
 * one legacy encoding, detected once on a window of SAMPLE_BYTES starting at the first
 * such line. Mixed files (a UTF-8 log with some Latin-1 lines appended) come out whole.
 * Example: 100 KB of UTF-8, then the line `63 61 66 E9 0A` → that line reads "café".
 */
import { detectEncoding } from "../detect/index.js";
import { isUtf8 } from "node:buffer";
import { sniffBom } from "../detect/bom.js";

export interface DecodePlan {
  /** "utf-8": valid UTF-8 lines pass at the byte level; "decoder": one text decoder for the whole stream. */
  kind: "utf-8" | "decoder";
  /** Canonical name as detection reports it ("ascii", "utf-8", "windows-1251", …). */
  encoding: string;
  confidence: number;
  /** Bytes of BOM to skip at the start. */
  bomLength: number;
  binary: boolean;
  /**
   * "utf-8" plans: lines that are not valid UTF-8 are decoded with a detected legacy
   * encoding (true), or with U+FFFD for the bad bytes (false, when the user named UTF-8).
   */
  legacyFallback: boolean;
}

const UTF8_LIKE = new Set(["utf-8", "ascii"]);

/**
 * `sample` without a UTF-8 sequence cut by the end of the sample (at most 3 bytes), so
 * a valid file is not judged invalid because the sample ended inside a character.
 */
function withoutCutCharacter(sample: Uint8Array): Uint8Array {
  for (let back = 1; back <= Math.min(4, sample.length); back++) {
    const byte = sample[sample.length - back]!;
    if ((byte & 0xc0) === 0x80) continue; // continuation: keep looking for the lead
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return needed > back ? sample.subarray(0, sample.length - back) : sample;
  }
  return sample;
}

/**
 * The plan for a stream whose first bytes are `sample` (`complete`: the sample is the
 * whole input). `forcedEncoding` is the canonical name the user gave, if any.
 */
export function decidePlan(sample: Uint8Array, complete: boolean, forcedEncoding?: string): DecodePlan {
  const bom = sniffBom(sample);
  if (forcedEncoding !== undefined) {
    const utf8 = UTF8_LIKE.has(forcedEncoding);
    const bomEncoding = utf8 ? "utf-8" : forcedEncoding;
    return {
      kind: utf8 ? "utf-8" : "decoder",
      encoding: forcedEncoding,
      confidence: 1,
      bomLength: bom && bom.encoding === bomEncoding ? bom.length : 0,
      binary: false,
      legacyFallback: false,
    };
  }
  const detection = detectEncoding(complete ? sample : withoutCutCharacter(sample));
  const utf8 = UTF8_LIKE.has(detection.encoding);
  return {
    kind: utf8 ? "utf-8" : "decoder",
    encoding: detection.encoding,
    confidence: detection.confidence,
    bomLength: detection.bomLength,
    binary: detection.binary,
    legacyFallback: utf8,
  };
}

/** When detection has no legacy answer for the window, the commonest legacy encoding of the Web. */
const DEFAULT_LEGACY_ENCODING = "windows-1252";

/**
 * The legacy encoding for the lines of a "utf-8" plan that are not valid UTF-8, from
 * the lines of `window` (SAMPLE_BYTES starting at the first such line) that are not
 * UTF-8, so the UTF-8 lines around them do not dilute the evidence. Encodings with multi-byte
 * units (UTF-16/32) cannot be decoded line by line and fall back to Windows-1252.
 */
export function decideLegacyFallback(window: Uint8Array): string {
  const detection = detectEncoding(linesNotUtf8(window));
  const usable = !detection.binary && !UTF8_LIKE.has(detection.encoding) && !/^utf-(16|32)/.test(detection.encoding);
  return usable ? detection.encoding : DEFAULT_LEGACY_ENCODING;
}

/** The lines of `bytes` that are not valid UTF-8, joined (each with its line break). */
function linesNotUtf8(bytes: Uint8Array): Uint8Array {
  const kept: Uint8Array[] = [];
  let start = 0;
  while (start < bytes.length) {
    const breakAt = bytes.indexOf(0x0a, start);
    const end = breakAt < 0 ? bytes.length : breakAt + 1;
    const line = bytes.subarray(start, end);
    if (!isUtf8(line)) kept.push(line);
    start = end;
  }
  return Buffer.concat(kept);
}
