/**
 * Binary, not text: NUL bytes (once UTF-16/32 are ruled out), or many C0 control
 * bytes that text never holds. White space, form feed, ESC (ISO-2022 escapes,
 * terminal colours) and SUB (DOS end of file) are text.
 * Example: a PNG header `89 50 4E 47 0D 0A 1A 0A 00 00 00 0D` → binary.
 */

/** Control bytes allowed in text: \t \n \v \f \r, SUB, ESC. */
const TEXT_CONTROLS = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1a, 0x1b]);
/** More than this share of other C0 controls is binary. Set on real text (never above 0.1%) and executables. */
const MAX_CONTROL_SHARE = 0.02;

export function looksBinary(histogram: Uint32Array, length: number): boolean {
  if (histogram[0]! > 0) return true;
  let controls = 0;
  for (let b = 1; b < 0x20; b++) if (!TEXT_CONTROLS.has(b)) controls += histogram[b]!;
  controls += histogram[0x7f]!;
  return controls > Math.max(1, length * MAX_CONTROL_SHARE);
}
