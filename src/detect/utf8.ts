/**
 * Byte-level UTF-8 facts, decided without decoding: is every byte ASCII, and is
 * the whole buffer well-formed UTF-8 (no overlongs, surrogates or values past U+10FFFF).
 * Example: `C3 A9` is valid ("é"); `C3 28` is not.
 */

/** Index of the first non-ASCII byte, or -1. */
export function firstNonAscii(bytes: Uint8Array, from = 0): number {
  for (let i = from; i < bytes.length; i++) if (bytes[i]! >= 0x80) return i;
  return -1;
}

/** Length of the well-formed UTF-8 sequence at `i`, or 0 when none starts there. */
export function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i]!;
  if (b0 < 0x80) return 1;
  if (b0 < 0xc2 || b0 > 0xf4) return 0;
  const need = b0 < 0xe0 ? 2 : b0 < 0xf0 ? 3 : 4;
  if (i + need > bytes.length) return 0;
  const b1 = bytes[i + 1]!;
  // The second byte's range is narrower after E0, ED, F0 and F4 (overlongs, surrogates, > U+10FFFF).
  const lo = b0 === 0xe0 ? 0xa0 : b0 === 0xf0 ? 0x90 : 0x80;
  const hi = b0 === 0xed ? 0x9f : b0 === 0xf4 ? 0x8f : 0xbf;
  if (b1 < lo || b1 > hi) return 0;
  for (let k = 2; k < need; k++) {
    const b = bytes[i + k]!;
    if (b < 0x80 || b > 0xbf) return 0;
  }
  return need;
}

/** Index of the first byte that is not part of well-formed UTF-8, or -1 when all is valid. */
export function firstInvalidUtf8(bytes: Uint8Array, from = 0): number {
  let i = firstNonAscii(bytes, from);
  if (i < 0) return -1;
  while (i < bytes.length) {
    if (bytes[i]! < 0x80) {
      i++;
      continue;
    }
    const n = utf8SequenceLength(bytes, i);
    if (n === 0) return i;
    i += n;
  }
  return -1;
}

export function isValidUtf8(bytes: Uint8Array): boolean {
  return firstInvalidUtf8(bytes) < 0;
}
