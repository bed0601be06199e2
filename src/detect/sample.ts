/**
 * Bounded sampling: detection looks at the head of the input (DETECTION_HEAD_BYTES)
 * and, when the first byte that is not valid UTF-8 lies past the head, at a window
 * around that byte — so a 50 MB file that is ASCII up to one Latin-1 "é" near its
 * end is detected from that "é", not called UTF-8 from its head.
 *
 * Contract for streams (src/stream/): the result of detectEncoding(bytes) depends
 * only on `detectionSample(bytes)`, which is built from
 *   - the first DETECTION_HEAD_BYTES bytes,
 *   - whether the whole input is ASCII, and whether it is valid UTF-8,
 *   - `windowAround(bytes, i)`: from WINDOW_BEFORE before to WINDOW_AFTER after the
 *     first invalid UTF-8 byte `i`, when `i` lies past the head.
 * A stream that keeps the head (`sampleHead`) and the last WINDOW_BEFORE bytes can
 * pass text through while it is valid UTF-8 and, at the first invalid byte (once
 * WINDOW_AFTER more bytes or the end arrived), build the same DetectionSample and
 * call `detectSample` — getting the answer `detectEncoding` gives on the whole buffer. (When the head holds valid
 * non-ASCII UTF-8 and an invalid byte comes later, the answer is almost always
 * "utf-8", lossy, because UTF-8 is then itself a ranked candidate.)
 * Example: 100 KB of ASCII then `E9` → head = first 64 KB, window = ~16 KB around the `E9`.
 */
import { firstInvalidUtf8, firstNonAscii } from "./utf8.js";

export const DETECTION_HEAD_BYTES = 64 * 1024;
export const DETECTION_WINDOW_BEFORE = 4 * 1024;
export const DETECTION_WINDOW_AFTER = 12 * 1024;

export interface DetectionSample {
  head: Uint8Array;
  /** Bytes around the first invalid UTF-8 byte, when it lies past the head. */
  window?: Uint8Array;
  /** True when the head is the whole input. */
  complete: boolean;
  /** The whole input is ASCII / valid UTF-8 (not only the sample). */
  ascii: boolean;
  validUtf8: boolean;
}

/**
 * A byte below 0x40 is never the trail byte of a double-byte character (GBK, Big5,
 * Shift_JIS, EUC-*), so a cut just after one never splits a character.
 */
const SAFE_CUT_BELOW = 0x40;

/** `end` moved back to just after the last byte where a cut is safe (or kept when there is none). */
function safeEnd(bytes: Uint8Array, start: number, end: number): number {
  for (let i = end - 1; i > start; i--) if (bytes[i]! < SAFE_CUT_BELOW) return i + 1;
  return end;
}

/** `start` moved forward to just after the first byte where a cut is safe. */
function safeStart(bytes: Uint8Array, start: number, end: number): number {
  if (start === 0) return 0;
  for (let i = start; i < end; i++) if (bytes[i]! < SAFE_CUT_BELOW) return i + 1;
  return start;
}

/** The window around the byte at `index` of `bytes`, both ends cut at safe places. */
export function windowAround(bytes: Uint8Array, index: number): Uint8Array {
  const from = Math.max(0, index - DETECTION_WINDOW_BEFORE);
  const to = Math.min(bytes.length, index + DETECTION_WINDOW_AFTER);
  const start = safeStart(bytes, from, index);
  const end = to === bytes.length ? to : safeEnd(bytes, index, to);
  return bytes.subarray(start, end);
}

/** The head of the input detection reads: all of it up to HEAD_BYTES, cut at a safe place. */
export function sampleHead(bytes: Uint8Array): Uint8Array {
  return bytes.length <= DETECTION_HEAD_BYTES ? bytes : bytes.subarray(0, safeEnd(bytes, 0, DETECTION_HEAD_BYTES));
}

/** The sample detection reads from a whole buffer (see the contract above). */
export function detectionSample(bytes: Uint8Array): DetectionSample {
  const head = sampleHead(bytes);
  const firstInvalid = firstInvalidUtf8(bytes);
  const window = firstInvalid >= head.length ? windowAround(bytes, firstInvalid) : undefined;
  return { head, window, complete: head.length === bytes.length, ascii: firstNonAscii(bytes) < 0, validUtf8: firstInvalid < 0 };
}
