/**
 * An emoji whose lead byte F0 a double-byte decoder lost alone. Python's shift_jis,
 * euc_jp, euc_kr, big5 and gbk decoders have no pair that starts with F0 and a
 * continuation byte, so F0 becomes one U+FFFD, one "?" or nothing, and the decoder reads
 * on from the next byte: 9F xx is a character of theirs (Shift_JIS 9F 8C = "沍", a rare
 * kanji), and the last byte yy either survives alone (A1–BF: a halfwidth katakana) or,
 * when the decoder has nothing for it, is lost as well ("?" again). What survives pins
 * the emoji, or narrows it to those whose last byte this decoder loses; the emoji around
 * it choose among those (emoji-lost-bytes.ts `chooseEmoji`), else the emoji stays one
 * U+FFFD. Before → after (Python's shift_jis, errors="replace" with "?"):
 * "aquesta ?沍?" → "aquesta 🌍" (F0 lost, 9F 8C kept, 8D lost); "?汨ｨ" → "👨" (A8 kept).
 */
import { type ByteRun, QUESTION_MARK } from "./byte-run.js";
import type { LostSlot } from "./utf8-spans.js";

/** Every emoji beyond U+FFFF is F0 9F xx yy: the lead lost here, and the byte after it. */
const EMOJI_LEAD = 0xf0;
const EMOJI_PLANE_BYTE = 0x9f;
/** Emoji only: a lost F0 before 9F xx yy restores nothing else (plane 1 holds no letters of everyday text). */
const EMOJI = /^[\p{Extended_Pictographic}\p{Emoji_Component}]$/u;

const isContinuation = (b: number) => b >= 0x80 && b <= 0xbf;

/** A double-byte decoder, with the bytes 80–BF it may lose alone. */
export interface EmojiLeadLosingDecoder {
  doubleByte?: boolean;
  lostBytes: readonly number[];
}

/**
 * At character `first` of the run: a stand-in for a lost F0, then a character made of
 * 9F and a continuation byte, then the emoji's last byte or a second stand-in for it.
 * Returns the slot and the byte it ends at; undefined when no emoji fits.
 */
export function emojiLeadLostSlotAt(run: ByteRun, first: number, decoder: EmojiLeadLosingDecoder): { slot: LostSlot; end: number } | undefined {
  if (decoder.doubleByte !== true) return undefined;
  const { bytes, charByte, marker } = run;
  const at = charByte[first]!;
  if (at === undefined || !(marker[first] || bytes[at] === QUESTION_MARK) || first + 2 >= charByte.length) return undefined;
  // 9F xx: one character of the decoder's, two bytes.
  const p = charByte[first + 1]!;
  if (charByte[first + 2] !== p + 2 || bytes[p] !== EMOJI_PLANE_BYTE || !isContinuation(bytes[p + 1]!) || marker[first + 1]) return undefined;
  const q = p + 2;
  let lastBytes: number[];
  let end: number;
  if (first + 3 < charByte.length && charByte[first + 3] === q + 1 && !marker[first + 2] && isContinuation(bytes[q]!)) {
    // The last byte survived alone (a character of its own).
    lastBytes = [bytes[q]!];
    end = q + 1;
  } else if (first + 2 < charByte.length - 1 && (marker[first + 2] || bytes[q] === QUESTION_MARK)) {
    // Lost as well: one of the bytes this decoder loses.
    lastBytes = decoder.lostBytes.filter(isContinuation);
    end = charByte[first + 3]!;
  } else return undefined;
  const candidates: string[] = [];
  for (const last of lastBytes) {
    const ch = new TextDecoder().decode(Uint8Array.of(EMOJI_LEAD, EMOJI_PLANE_BYTE, bytes[p + 1]!, last));
    if (EMOJI.test(ch)) candidates.push(ch);
  }
  if (candidates.length === 0) return undefined;
  return { slot: { candidates, standIn: "marker", survivors: [EMOJI_PLANE_BYTE, bytes[p + 1]!, ...(lastBytes.length === 1 ? lastBytes : [])] }, end };
}
