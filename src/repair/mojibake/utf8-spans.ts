/**
 * Where, inside a re-encoded run, the bytes are UTF-8. A span starts at a character
 * boundary on a UTF-8 lead byte, takes well-formed sequences, and ends on a character
 * boundary — so a double-byte character whose trail byte swallowed an ASCII letter is
 * taken whole ("鈥檚" = E2 80 99 73 → "’s"). A sequence that lost its last byte (the
 * wrong decoder dropped it, or left U+FFFD, "?" or — for A0 — a plain space) becomes a
 * lost slot to be restored later. Example: "鈥 " = E2 80 20 → slot after E2 80, then " ".
 */
import { utf8SequenceLength } from "../../detect/utf8.js";
import { type ByteRun, QUESTION_MARK } from "./byte-run.js";

/** A byte sequence missing one continuation byte; `prefix` holds the bytes that survived. */
export interface LostSlot {
  prefix: number[];
  /** What stood where the byte was lost: nothing (dropped), a marker (U+FFFD or "?"), or a space (NBSP). */
  standIn: "dropped" | "marker" | "space";
}

export type SpanPiece = string | LostSlot;

export interface Utf8Span {
  /** Index of the first and one-past-last character of the run covered. */
  firstChar: number;
  endChar: number;
  pieces: SpanPiece[];
  /** Count of complete non-ASCII sequences (the evidence that this is UTF-8). */
  sequences: number;
  slots: number;
}

const UTF8 = new TextDecoder("utf-8");

function sequenceNeed(lead: number): number {
  return lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
}

/** Whether `b` can follow `prefix` inside a well-formed sequence. */
function continues(prefix: number[], b: number): boolean {
  if (b < 0x80 || b > 0xbf) return false;
  if (prefix.length !== 1) return true;
  const lead = prefix[0]!;
  if (lead === 0xe0) return b >= 0xa0;
  if (lead === 0xed) return b <= 0x9f;
  if (lead === 0xf0) return b >= 0x90;
  if (lead === 0xf4) return b <= 0x8f;
  return true;
}

/** The span of UTF-8 starting at character `first` of the run, or undefined. */
export function utf8SpanAt(run: ByteRun, first: number, nbspIsA0: boolean): Utf8Span | undefined {
  const { bytes, charByte, marker } = run;
  const charCount = charByte.length - 1;
  // byte index → character index, for the boundaries
  const charAtByte = (b: number) => {
    let lo = first;
    let hi = charCount;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (charByte[mid]! <= b) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const isBoundary = (b: number) => b === bytes.length || charByte[charAtByte(b)] === b;
  let p = charByte[first]!;
  const pieces: SpanPiece[] = [];
  let sequences = 0;
  let slots = 0;
  let checkpoint = { p, pieces: 0, sequences: 0, slots: 0 };
  while (p < bytes.length) {
    const b = bytes[p]!;
    const boundary = isBoundary(p);
    if (boundary) {
      checkpoint = { p, pieces: pieces.length, sequences, slots };
      if (b < 0x80 || marker[charAtByte(p)]) break;
    } else if (b < 0x80) {
      pieces.push(String.fromCharCode(b));
      p++;
      continue;
    }
    const n = utf8SequenceLength(bytes, p);
    if (n > 1) {
      pieces.push(UTF8.decode(bytes.subarray(p, p + n)));
      sequences++;
      p += n;
      continue;
    }
    // Not a whole sequence here: is it one that lost its last byte?
    if (b < 0xc2 || b > 0xf4) break;
    const need = sequenceNeed(b);
    const prefix = [b];
    let q = p + 1;
    while (q < bytes.length && prefix.length < need - 1 && continues(prefix, bytes[q]!)) prefix.push(bytes[q++]!);
    if (prefix.length !== need - 1 || !isBoundary(q)) break;
    if (q < bytes.length && continues(prefix, bytes[q]!)) break;
    let standIn: LostSlot["standIn"] = "dropped";
    if (q < bytes.length) {
      const c = charAtByte(q);
      if (marker[c] || bytes[q] === QUESTION_MARK) {
        standIn = "marker";
        q = charByte[c + 1]!;
      } else if (bytes[q] === 0x20 && nbspIsA0) {
        standIn = "space";
        q++;
      }
    }
    pieces.push({ prefix, standIn });
    slots++;
    p = q;
  }
  if (p >= bytes.length) checkpoint = { p, pieces: pieces.length, sequences, slots };
  if (checkpoint.sequences + checkpoint.slots === 0) return undefined;
  return {
    firstChar: first,
    endChar: checkpoint.p === bytes.length ? charCount : charAtByte(checkpoint.p),
    pieces: pieces.slice(0, checkpoint.pieces),
    sequences: checkpoint.sequences,
    slots: checkpoint.slots,
  };
}
