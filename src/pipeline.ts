/**
 * The whole path for one buffer: bytes → detect → decode → repair → UTF-8.
 */
import { canonicalEncoding } from "./decode/encodings.js";
import { decodeBytes } from "./decode/decode.js";
import { sniffBom } from "./detect/bom.js";
import { detectEncoding, type DetectResult } from "./detect/index.js";
import { fixBytesWhole } from "./stream/whole-buffer.js";
import type { ByteFixOptions, Change } from "./types.js";

export interface ByteFixResult {
  text: string;
  encoding: string;
  confidence: number;
  binary: boolean;
  changes: Change[];
  /**
   * A UTF-8 input with lines past its first 64 KiB that are not UTF-8: the legacy
   * encoding those lines were decoded with (see src/stream/decode-plan.ts).
   */
  legacyEncoding?: string;
}

/** An input that cannot be decoded as asked (unknown encoding name, binary data). */
export class DecodeError extends Error {}

/** Decide the encoding (the user's, or detected) and decode the bytes, without the BOM. */
export function decodeInput(bytes: Uint8Array, options: ByteFixOptions = {}): { text: string; detection: DetectResult } {
  let detection: DetectResult;
  if (options.encoding) {
    const encoding = canonicalEncoding(options.encoding);
    if (!encoding) throw new DecodeError(`unknown encoding '${options.encoding}'`);
    const bom = sniffBom(bytes);
    const bomLength = bom && bom.encoding === encoding ? bom.length : 0;
    detection = {
      encoding,
      confidence: 1,
      bom: bomLength > 0,
      bomLength,
      binary: false,
      empty: bytes.length === 0,
      candidates: [{ encoding, confidence: 1 }],
    };
  } else {
    detection = detectEncoding(bytes);
  }
  if (detection.binary) return { text: "", detection };
  return { text: decodeBytes(bytes.subarray(detection.bomLength), detection.encoding), detection };
}

/**
 * Runs on the streaming core (src/stream/), so the whole buffer and the same bytes
 * streamed in any chunks give the same output: the encoding is decided on the first
 * 64 KiB, and lines past it that are not UTF-8 in a UTF-8 file get a legacy encoding
 * of their own (see src/stream/decode-plan.ts).
 */
export function fixBytes(bytes: Uint8Array, options: ByteFixOptions = {}): ByteFixResult {
  let forcedEncoding: string | undefined;
  if (options.encoding) {
    forcedEncoding = canonicalEncoding(options.encoding);
    if (!forcedEncoding) throw new DecodeError(`unknown encoding '${options.encoding}'`);
  }
  const result = fixBytesWhole(bytes, options, forcedEncoding);
  const fixed: ByteFixResult = {
    text: result.text,
    encoding: result.encoding,
    confidence: result.confidence,
    binary: result.binary,
    changes: result.changes,
  };
  if (result.legacyEncoding !== undefined) fixed.legacyEncoding = result.legacyEncoding;
  return fixed;
}
