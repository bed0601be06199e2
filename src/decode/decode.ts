/**
 * Bytes → text for a named encoding. Every legacy encoding goes through iconv-lite
 * (Node 20's own `TextDecoder("windows-1252")` decodes as Latin-1); only encodings
 * iconv-lite lacks (ISO-2022-JP) use Node's TextDecoder.
 * Example: `decodeBytes(Buffer.from([0xCF, 0xF0]), "windows-1251")` → "Пр".
 */
import iconv from "iconv-lite";
import { iconvCodec, usesTextDecoder } from "./encodings.js";

const UTF8_STRICT = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Decode `bytes` (without BOM) as the canonical `encoding`; invalid bytes become U+FFFD. */
export function decodeBytes(bytes: Uint8Array, encoding: string): string {
  if (encoding === "utf-8" || encoding === "ascii") return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  if (usesTextDecoder(encoding)) return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), iconvCodec(encoding), { stripBOM: false });
}

/** Decode strictly as UTF-8, or return undefined when the bytes are not valid UTF-8. */
export function decodeUtf8Strict(bytes: Uint8Array): string | undefined {
  try {
    return UTF8_STRICT.decode(bytes);
  } catch {
    return undefined;
  }
}

/** Encode text in a canonical legacy encoding (unmappable characters become `?`). */
export function encodeText(text: string, encoding: string): Buffer {
  if (encoding === "utf-8" || encoding === "ascii") return Buffer.from(text, "utf8");
  return iconv.encode(text, iconvCodec(encoding));
}
