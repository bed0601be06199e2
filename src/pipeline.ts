/**
 * The whole path for one buffer: bytes → detect → decode → repair → UTF-8.
 */
import { canonicalEncoding } from "./decode/encodings.js";
import { decodeBytes } from "./decode/decode.js";
import { sniffBom } from "./detect/bom.js";
import { detectEncoding, type DetectResult } from "./detect/index.js";
import { repairText } from "./repair/index.js";
import type { ByteFixOptions, Change } from "./types.js";

export interface ByteFixResult {
  text: string;
  encoding: string;
  confidence: number;
  binary: boolean;
  changes: Change[];
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

export function fixBytes(bytes: Uint8Array, options: ByteFixOptions = {}): ByteFixResult {
  const { text, detection } = decodeInput(bytes, options);
  const repaired = detection.binary ? { text: "", changes: [] } : repairText(text, options);
  return {
    text: repaired.text,
    encoding: detection.encoding,
    confidence: detection.confidence,
    binary: detection.binary,
    changes: repaired.changes,
  };
}
