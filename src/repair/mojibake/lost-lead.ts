/**
 * A UTF-8 sequence whose LEAD byte the wrong decoder lost. The browsers' EUC-KR and
 * EUC-JP decoders read a lead byte C2–F4 as the first byte of a pair; when the byte
 * after it is no valid trail (80–A0), the lead alone becomes U+FFFD and that byte is
 * read again: 80–9F pass through as the C1 controls of the same number, A1–BF pair
 * with the byte after. So the continuation bytes survive and only the lead is gone
 * (shown as U+FFFD, "?" or nothing). Which lead it was is a guess among the leads that
 * make a well-formed sequence with the survivors and that this decoder would have lost
 * before the first of them; the slot's context chooses (utf8-read-as.ts).
 * Example (EUC-KR): "’" = E2 80 99 → U+FFFD U+0080 U+0099 → slot [?, 80, 99] → "’";
 * "К" = D0 9A → U+FFFD U+009A → slot [?, 9A] → "К" among "К", "њ", "Ț"… by its words.
 */
import { utf8SequenceLength } from "../../detect/utf8.js";
import { isKnownCharacter } from "../../plausibility/index.js";
import { type ByteRun, QUESTION_MARK } from "./byte-run.js";
import type { LostSlot } from "./utf8-spans.js";

/** A decoder that may lose lead bytes: whether it loses `lead` when `next` follows it (and reads `next` again). */
export interface LeadLosingDecoder {
  leadLostBefore?(lead: number, next: number): boolean;
}

/** Where a lost lead's slot ends in the run's bytes (not always a character boundary: A1–BF pair with the byte after). */
export interface LostLeadSlot {
  slot: LostSlot;
  end: number;
}

const isContinuation = (b: number) => b >= 0x80 && b <= 0xbf;

/**
 * The slot of a sequence that lost its lead at character `first` of the run: a stand-in
 * (U+FFFD or "?") followed by continuation bytes, or — the lead dropped without a
 * trace — continuation bytes that start the character. One to three continuation bytes
 * survive (the sequence is one byte longer); undefined when no lead fits them.
 */
export function lostLeadSlotAt(run: ByteRun, first: number, decoder: LeadLosingDecoder): LostLeadSlot | undefined {
  if (!decoder.leadLostBefore) return undefined;
  const { bytes, charByte, marker } = run;
  const at = charByte[first]!;
  const standsIn = marker[first] || bytes[at] === QUESTION_MARK;
  let q = standsIn ? charByte[first + 1]! : at;
  if (q >= bytes.length || !isContinuation(bytes[q]!)) return undefined;
  const survivors: number[] = [];
  while (survivors.length < 3 && q < bytes.length && isContinuation(bytes[q]!) && !isMarkerByte(run, q)) survivors.push(bytes[q++]!);
  if (survivors.length === 0) return undefined;
  let candidates = leadRestorations(survivors, decoder, false);
  // The last byte may be lost too (A0–BF pair with the byte after, and that pair may be no
  // character): behind a stand-in that no continuation byte follows, the slot takes it
  // ("რ" E1 83 A0 → "◆\x83◆"; "…" E2 80 A6 before a space → "◆\x80◆ "), or the stand-in is
  // another character's and stays. Dropped: only the general punctuation of a lone \x80.
  const lastStandsIn = standsIn && survivors.length <= 2 && q < bytes.length && isStandIn(run, q) && !(q + 1 < bytes.length && isContinuation(bytes[q + 1]!));
  if (lastStandsIn) {
    candidates = [...leadRestorations(survivors, decoder, true), ...candidates.map((c) => `${c}\ufffd`)];
    q++;
  } else if (!standsIn && survivors.length === 1 && survivors[0] === PUNCTUATION_MIDDLE) {
    candidates = [...punctuationLosingTwoBytes(), ...candidates];
  }
  if (candidates.length === 0) return undefined;
  return { slot: { candidates, standIn: standsIn ? "marker" : "dropped", survivors, lostLead: true }, end: q };
}

/** The middle byte of general punctuation, E2 80 xx. */
const PUNCTUATION_MIDDLE = 0x80;

/** Whether byte `b` of the run is a stand-in character: a marker (U+FFFD) or "?". */
function isStandIn(run: ByteRun, b: number): boolean {
  return run.bytes[b] === QUESTION_MARK && charIndexAt(run, b) !== undefined;
}

/** The index of the character starting at byte `b`, or undefined when `b` is inside one. */
function charIndexAt(run: ByteRun, b: number): number | undefined {
  let lo = 0;
  let hi = run.charByte.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (run.charByte[mid]! <= b) lo = mid;
    else hi = mid - 1;
  }
  return run.charByte[lo] === b ? lo : undefined;
}

/**
 * General punctuation whose last byte (A0–BF: it paired with the byte after, and that
 * pair was no character) was lost with its lead: † ‡ • … ‰ ′ ″ ‹ › ※ ‼ …
 */
let twoLost: string[] | undefined;
function punctuationLosingTwoBytes(): string[] {
  twoLost ??= Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(0x2020 + i)).filter((c) => c !== "\u2028" && c !== "\u2029" && isKnownCharacter(c, true));
  return twoLost;
}

/** Whether byte `b` of the run is a marker's placeholder (U+FFFD). */
function isMarkerByte(run: ByteRun, b: number): boolean {
  const at = charIndexAt(run, b);
  return at !== undefined && run.marker[at] === true;
}

const known = new WeakMap<LeadLosingDecoder, Map<string, string[]>>();

/** Last bytes lost with the byte after them: A0–BF, which pair with it. */
const LOST_LAST = Array.from({ length: 0x20 }, (_, i) => 0xa0 + i);

/**
 * The characters the survivors can be with a lead put back that the decoder loses before
 * the first of them (and, when `lastLost`, a last byte A0–BF put back after them).
 */
function leadRestorations(survivors: number[], decoder: LeadLosingDecoder, lastLost: boolean): string[] {
  let cache = known.get(decoder);
  if (!cache) known.set(decoder, (cache = new Map()));
  const key = `${survivors.join(",")}${lastLost ? "+" : ""}`;
  let out = cache.get(key);
  if (out) return out;
  out = [];
  const need = survivors.length + (lastLost ? 2 : 1);
  const [lo, hi] = need === 2 ? [0xc2, 0xdf] : need === 3 ? [0xe0, 0xef] : [0xf0, 0xf4];
  for (let lead = lo; lead <= hi; lead++) {
    if (!decoder.leadLostBefore!(lead, survivors[0]!)) continue;
    for (const last of lastLost ? LOST_LAST : [undefined]) {
      const seq = Uint8Array.from(last === undefined ? [lead, ...survivors] : [lead, ...survivors, last]);
      if (utf8SequenceLength(seq, 0) !== seq.length) continue;
      const ch = new TextDecoder().decode(seq);
      if (isKnownCharacter(ch, true)) out.push(ch);
    }
  }
  cache.set(key, out);
  return out;
}
