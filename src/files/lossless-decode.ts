/**
 * The last guard before a file is rewritten: decoding the bytes as the detected
 * encoding must lose nothing. If encoding the decoded text back does not give the
 * same bytes (invalid UTF-8, a byte the legacy code page leaves undefined, a wrong
 * guess), the rewrite would turn real characters into U+FFFD for good, so the file
 * is left alone and the run says why. Repairs are judged by the engine; this only
 * stops a lossy decode from reaching the disk.
 * Example: Latin-1 "café" (`63 61 66 E9`) detected as "ascii" → lossy → not written.
 */
import { decodeBytes, encodeText } from "../decode/decode.js";
import { isValidUtf8 } from "../detect/utf8.js";

export function decodesLosslessly(bytes: Uint8Array, encoding: string, bomLength: number): boolean {
  const body = bytes.subarray(bomLength);
  if (encoding === "utf-8" || encoding === "ascii") return isValidUtf8(body);
  try {
    return encodeText(decodeBytes(body, encoding), encoding).equals(body);
  } catch {
    return false;
  }
}
