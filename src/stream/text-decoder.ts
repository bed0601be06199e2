/**
 * A streaming decoder for a canonical encoding name: bytes in, text out, with the bytes
 * of a character cut by a chunk boundary kept for the next write (iconv-lite's
 * decoders; Node's TextDecoder for the encodings iconv-lite lacks). Feeding the same
 * bytes in any chunks gives the same text.
 * Example: GBK `C4 E3` written as `C4` then `E3` → "" then "你".
 */
import iconv from "iconv-lite";
import { decodeBytes } from "../decode/decode.js";
import { iconvCodec, usesTextDecoder } from "../decode/encodings.js";

export interface StreamTextDecoder {
  write(bytes: Uint8Array): string;
  /** The text of any bytes still pending (an incomplete character becomes U+FFFD). */
  end(): string;
}

export function createTextDecoder(encoding: string): StreamTextDecoder {
  if (usesTextDecoder(encoding)) {
    const decoder = new TextDecoder(encoding, { ignoreBOM: true });
    return { write: (bytes) => decoder.decode(bytes, { stream: true }), end: () => decoder.decode() };
  }
  const decoder = iconv.getDecoder(iconvCodec(encoding), { stripBOM: false });
  return {
    write: (bytes) => decoder.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)),
    end: () => decoder.end() ?? "",
  };
}

/** One line of a legacy encoding, decoded on its own (no state crosses a line break). */
export function decodeLegacyLine(bytes: Uint8Array, encoding: string): string {
  return decodeBytes(bytes, encoding);
}
