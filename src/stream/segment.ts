/**
 * Where the stream may cut: after a line break, grouping whole lines up to
 * LINE_GROUP_SIZE; a line longer than LONG_LINE_LIMIT is cut into pieces at a safe
 * point (a space inside plain ASCII text, SAFE_CUT_CONTEXT on each side), or, when
 * none exists, at the last character boundary before the limit ("\r\n" never split).
 * Every decision depends only on the content from the current position on, so the
 * stream (fed in any chunks) and the whole-buffer call cut at the same places.
 * Example: "ab\ncd\nef" with the final flag unset → the first block is "ab\ncd\n";
 * "ef" waits for more input.
 */
import { LINE_GROUP_SIZE, LONG_LINE_LIMIT, SAFE_CUT_CONTEXT } from "./limits.js";

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const SPACE = 0x20;

/** A block: `end` is where it stops; `piece` is true for a piece of an over-long line. */
export interface BlockEnd {
  end: number;
  piece: boolean;
}

/** Letters, digits, space and the punctuation no fix reads as a sign of damage. */
function isPlainUnit(unit: number): boolean {
  return (
    (unit >= 0x30 && unit <= 0x39) ||
    (unit >= 0x41 && unit <= 0x5a) ||
    (unit >= 0x61 && unit <= 0x7a) ||
    unit === SPACE ||
    unit === 0x2c || // ,
    unit === 0x2e || // .
    unit === 0x2d || // -
    unit === 0x3a || // :
    unit === 0x28 || // (
    unit === 0x29 // )
  );
}

/**
 * The safe cut in `units[start, limitEnd)`'s reach: the last p ≤ start + LONG_LINE_LIMIT,
 * past half the limit, that follows a space and has SAFE_CUT_CONTEXT plain units on each
 * side within `[start, end)`; or -1.
 */
function safeCut(unitAt: (i: number) => number, start: number, end: number): number {
  const latest = start + LONG_LINE_LIMIT;
  const earliest = start + LONG_LINE_LIMIT / 2;
  let best = -1;
  let runStart = -1;
  const scanFrom = Math.max(start, earliest - SAFE_CUT_CONTEXT);
  const scanTo = Math.min(end, latest + SAFE_CUT_CONTEXT);
  // Walk the plain runs; inside a run [a, b), the candidates are a + C ≤ p ≤ b - C.
  for (let i = scanFrom; i <= scanTo; i++) {
    const plain = i < scanTo && isPlainUnit(unitAt(i));
    if (plain && runStart < 0) runStart = i;
    if (!plain && runStart >= 0) {
      const lo = Math.max(runStart + SAFE_CUT_CONTEXT, earliest + 1);
      const hi = Math.min(i - SAFE_CUT_CONTEXT, latest);
      for (let p = hi; p >= lo; p--) {
        if (unitAt(p - 1) === SPACE) {
          best = p;
          break;
        }
      }
      runStart = -1;
    }
  }
  return best;
}

/** Bytes: the end of the next block starting at `pos`, or undefined when more input is needed. */
export function nextByteBlock(buf: Uint8Array, pos: number, final: boolean): BlockEnd | undefined {
  const available = buf.length - pos;
  if (available === 0) return undefined;
  const groupEnd = pos + Math.min(available, LINE_GROUP_SIZE);
  const lastBreak = buf.lastIndexOf(NEWLINE, groupEnd - 1);
  if (lastBreak >= pos) return { end: lastBreak + 1, piece: false };
  if (groupEnd < buf.length) {
    const lineLimitEnd = pos + Math.min(available, LONG_LINE_LIMIT);
    const firstBreak = buf.subarray(groupEnd, lineLimitEnd).indexOf(NEWLINE);
    if (firstBreak >= 0) return { end: groupEnd + firstBreak + 1, piece: false };
  }
  if (available <= LONG_LINE_LIMIT) return final ? { end: buf.length, piece: false } : undefined;
  if (!final && available < LONG_LINE_LIMIT + SAFE_CUT_CONTEXT) return undefined;
  const safe = safeCut((i) => buf[i]!, pos, buf.length);
  if (safe >= 0) return { end: safe, piece: true };
  let cut = pos + LONG_LINE_LIMIT;
  // Back to the start of a UTF-8 character (at most 3 continuation bytes), and never inside "\r\n".
  for (let back = 0; back < 3 && (buf[cut]! & 0xc0) === 0x80; back++) cut--;
  if (buf[cut - 1] === CARRIAGE_RETURN && buf[cut] === NEWLINE) cut--;
  return { end: cut, piece: true };
}

/** Text (UTF-16 units): the end of the next block starting at `pos`, or undefined when more input is needed. */
export function nextTextBlock(text: string, pos: number, final: boolean): BlockEnd | undefined {
  const available = text.length - pos;
  if (available === 0) return undefined;
  const groupEnd = pos + Math.min(available, LINE_GROUP_SIZE);
  const lastBreak = text.lastIndexOf("\n", groupEnd - 1);
  if (lastBreak >= pos) return { end: lastBreak + 1, piece: false };
  if (groupEnd < text.length) {
    const firstBreak = text.indexOf("\n", groupEnd);
    if (firstBreak >= 0 && firstBreak < pos + LONG_LINE_LIMIT) return { end: firstBreak + 1, piece: false };
  }
  if (available <= LONG_LINE_LIMIT) return final ? { end: text.length, piece: false } : undefined;
  if (!final && available < LONG_LINE_LIMIT + SAFE_CUT_CONTEXT) return undefined;
  const safe = safeCut((i) => text.charCodeAt(i), pos, text.length);
  if (safe >= 0) return { end: safe, piece: true };
  let cut = pos + LONG_LINE_LIMIT;
  const unit = text.charCodeAt(cut);
  if (unit >= 0xdc00 && unit <= 0xdfff) cut--; // never between the halves of a surrogate pair
  if (text.charCodeAt(cut - 1) === CARRIAGE_RETURN && text.charCodeAt(cut) === NEWLINE) cut--;
  return { end: cut, piece: true };
}
