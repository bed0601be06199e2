/**
 * Where, inside a re-encoded run, the bytes are UTF-8. A span starts at a character
 * boundary on a UTF-8 lead byte, takes well-formed sequences, and ends on a character
 * boundary — so a double-byte character whose trail byte swallowed an ASCII letter is
 * taken whole ("鈥檚" = E2 80 99 73 → "’s"). A sequence that lost its last byte (the
 * wrong decoder dropped it, or left U+FFFD, "?" or — for the NBSP byte, A0 (9A in KOI8) — a plain space) becomes a
 * lost slot to be restored later. Example: "鈥 " = E2 80 20 → slot after E2 80, then " ".
 */
import { mayStandInBeforeLead, standInBeforeLead } from "./stand-in-before-lead.js";
import { type PerDecoderMemo, remembered } from "./per-decoder-memo.js";
import { utf8SequenceLength } from "../../detect/utf8.js";
import { EMOJI_LEAD, emojiWithLostBytes } from "./emoji-lost-bytes.js";
import { type ByteRun, QUESTION_MARK } from "./byte-run.js";
import { type PairLosingDecoder, leadLostAcrossSlot } from "./lost-pair-across.js";
import { type ContinuationPairLosingDecoder, ofAlphabetBefore, twoLostBytesRestorations } from "./two-bytes-one-stand-in.js";
import { lettersWithTwoLostContinuations, twoLostContinuations } from "./two-lost-continuations.js";
import { cjkLetterAt, cjkLettersOfTwoDroppedContinuations, isAsciiNonLetter, isCjkLead, isCjkLetter } from "./cjk-letter-lost-both-continuations.js";
import { endsDoubleByteCharacter, pythonTwoLostBytesRestorations } from "./python-two-lost-bytes.js";
import { type DoubleByteDecoder, type PythonLosingDecoder, mayEndInsideCharacter, rereadRestorations } from "./reread-after-stand-in.js";
import { emojiLeadLostSlotAt } from "./lost-emoji-lead.js";
import { pythonLostLeadSlotAt } from "./python-lost-lead.js";
import { punctuationAcrossPairAt } from "./python-punctuation-across-pair.js";
import { type LeadLosingDecoder, type SwallowingDecoder, type WholeLosingDecoder, lostLeadSlotAt, markedLeadSlotAt, swallowedLetterRestorations, wholeCharacterSlotAt } from "./lost-lead.js";
import { characterOf, knownCharacterOf } from "./known-character.js";
import { type RereadDecoder, droppedAloneRestorations } from "./dropped-byte-reread.js";
import { droppedPairAcrossSlots } from "./pair-dropped-across.js";
import { droppedSwallowedRestorations } from "./swallowed-letter-dropped.js";

/**
 * A byte sequence that lost one byte, anywhere after its lead — or its lead itself
 * (MacRoman's F0, see lost-lead.ts `markedLeadSlotAt`), or both continuation bytes of punctuation ("â��",
 * "â"); `candidates` are the characters it can have been (each well-formed with bytes
 * the decoder loses put back).
 */
export interface LostSlot {
  candidates: string[];
  /** What stood where the byte was lost: nothing (dropped), a marker (U+FFFD or "?"), or a space (NBSP). */
  standIn: "dropped" | "marker" | "space";
  /** The bytes that survived, lead first (for a lost lead: its continuation bytes). */
  survivors: number[];
  /**
   * For a space stand-in that ends the sequence: what the character can be if the space
   * is real and the decoder dropped a byte before it ("â€" + " " is "” " or, with A0 lost, "†").
   */
  droppedInstead?: string[];
  /**
   * For a marker that stood for the last byte: what the character and a letter after it
   * can be when the decoder lost both into that one marker (Shift_JIS "‘t" → 窶 + U+FFFD).
   */
  swallowed?: string[];
  /** The LEAD byte was lost and `survivors` are continuation bytes only (see lost-lead.ts). */
  lostLead?: true;
  /** Both continuation bytes of a three-byte letter were lost: only the lead survived (two-lost-continuations.ts). */
  bothContinuationsLost?: true;
  /** A two-byte letter lost whole behind two of Python's stand-ins (python-stand-in-runs.ts). */
  pythonTwoStandIns?: true;
  /** A letter the browsers' Big5 lost whole, and the stand-in after it another (browser-question-marks.ts). */
  browserLetterFollows?: true;
  /** Beside the punctuation of two stand-ins standing alone, the one-letter words Python's two may be (letter-or-dash-alone.ts). */
  lettersAlone?: string[];
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

// ignoreBOM: a byte-order mark inside a span is a character of it, not a marker to drop.
const UTF8 = new TextDecoder("utf-8", { ignoreBOM: true });

/** The lead of CJK punctuation E3 80 xx, and the marks restored behind it: 、。〃 … 「」『』【】 … 〟 (not the ideographic space, U+3000). */
const CJK_PUNCTUATION_LEAD = 0xe3;
const FIRST_CJK_PUNCTUATION = 0x3001;
const LAST_CJK_PUNCTUATION = 0x301f;

/** The joiner of emoji ZWJ sequences (E2 80 8D): "â??" between two emoji is one (emoji-lost-bytes.ts). */
const ZERO_WIDTH_JOINER = 0x200d;

function sequenceNeed(lead: number): number {
  return lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
}

interface SpanDecoder extends RereadDecoder, LeadLosingDecoder, WholeLosingDecoder, SwallowingDecoder, PairLosingDecoder, ContinuationPairLosingDecoder, DoubleByteDecoder, PythonLosingDecoder {
  lostBytes: readonly number[];
  lostLeads: readonly number[];
  nbspByte: number | undefined;
  canDrop(lost: number, next: number | undefined): boolean;
}

/**
 * The characters `survivors` can be with one lost byte put back: where a stand-in
 * stood, or — for a dropped byte — at any place after the lead where the decoder
 * could have dropped it (`next` is the byte after the sequence).
 */
/** Restorations already worked out, per decoder: the same broken sequences recur on every line. */
const knownRestorations: PerDecoderMemo<SpanDecoder> = new WeakMap();
const RESTORATIONS_CACHE_SIZE = 10_000;

function restorations(survivors: number[], need: number, lost: readonly number[], standInAt: number | undefined, decoder: SpanDecoder, next: number | undefined, insideCharacter = 0): string[] {
  // `next` matters only for a dropped byte; `lost` is the decoder's own list or, for a space, A0.
  // (A stand-in for the last byte before a lead that survived: the byte after it matters too, stand-in-before-lead.ts.)
  const beforeLead = standInBeforeLead(decoder, standInAt, survivors.length, next) && lost === decoder.lostBytes;
  const key = `${survivors.join(",")}/${need}/${standInAt ?? next}/${standInAt === undefined ? "d" : lost === decoder.lostBytes ? "m" : `s${lost[0]}`}/${insideCharacter}${beforeLead ? `/${next}` : ""}`;
  return remembered(knownRestorations, decoder, key, () => findRestorations(survivors, need, beforeLead ? lost.filter((b) => mayStandInBeforeLead(b, next, decoder)) : lost, standInAt, decoder, next, insideCharacter), RESTORATIONS_CACHE_SIZE);
}

/**
 * `insideCharacter`: the places (bit `1 << at`) where a dropped byte cannot have stood,
 * because the survivors there are the bytes of one character of the broken text. A
 * double-byte decoder that read a pair read both bytes as one character; a byte lost
 * between them would have been its trail instead. So "縲" (Shift_JIS E3 80) with a byte
 * dropped after it is "。" (E3 80 82), never "む" (E3 82 80): E3 would have paired with 82.
 */
function findRestorations(survivors: number[], need: number, lost: readonly number[], standInAt: number | undefined, decoder: SpanDecoder, next: number | undefined, insideCharacter: number): string[] {
  const out = new Set<string>();
  const positions = standInAt === undefined ? Array.from({ length: need - 1 }, (_, i) => i + 1).filter((at) => (insideCharacter & (1 << at)) === 0) : [standInAt];
  for (const at of positions) {
    for (const b of lost) {
      if (standInAt === undefined && !decoder.canDrop(b, at < survivors.length ? survivors[at] : next)) continue;
      // (Undefined when not well-formed with this byte here.)
      const ch = knownCharacterOf(Uint8Array.from([...survivors.slice(0, at), b, ...survivors.slice(at)]));
      if (ch !== undefined) out.add(ch);
    }
  }
  return [...out];
}

/**
 * CESU-8 and Java's modified UTF-8 write a character beyond U+FFFF as two encoded
 * surrogates (ED A0–AF xx, ED B0–BF xx), which strict UTF-8 refuses.
 * Example: ED A0 BD ED B8 82 → "😂".
 */
function cesu8PairAt(bytes: Uint8Array, p: number): string | undefined {
  if (p + 6 > bytes.length || bytes[p] !== 0xed || bytes[p + 3] !== 0xed) return undefined;
  const [, a1, a2, , b1, b2] = bytes.subarray(p, p + 6);
  if (a1! < 0xa0 || a1! > 0xaf || b1! < 0xb0 || b1! > 0xbf) return undefined;
  if (a2! < 0x80 || a2! > 0xbf || b2! < 0x80 || b2! > 0xbf) return undefined;
  const high = 0xd000 | ((a1! & 0x3f) << 6) | (a2! & 0x3f);
  const low = 0xd000 | ((b1! & 0x3f) << 6) | (b2! & 0x3f);
  return String.fromCharCode(high, low);
}

const twoDroppedCandidates = new WeakMap<SpanDecoder, string[]>();

/**
 * "â" followed by no continuation byte: general punctuation (E2 80 xx, E2 81 xx) whose
 * two continuation bytes the decoder dropped — ISO-8859 text stripped of the C1
 * controls 80–9F loses both bytes of every dash and quote ("–" = E2 80 93 → "â").
 * Only the punctuation whose place tells which (typography.ts) is restored from it.
 */
function punctuationWithTwoDroppedBytes(lead: number, next: number | undefined, decoder: SpanDecoder): LostSlot | undefined {
  if (lead !== 0xe2 || (next !== undefined && next >= 0x80 && next <= 0xbf)) return undefined;
  let candidates = twoDroppedCandidates.get(decoder);
  if (!candidates) {
    candidates = [];
    for (const x of decoder.lostBytes) {
      for (const y of decoder.lostBytes) {
        if (!decoder.canDrop(x, y) || !decoder.canDrop(y, next)) continue;
        const cp = ((lead & 0x0f) << 12) | ((x & 0x3f) << 6) | (y & 0x3f);
        if (x >= 0x80 && x <= 0xbf && y >= 0x80 && y <= 0xbf && cp >= 0x2010 && cp <= 0x205e) candidates.push(String.fromCharCode(cp));
      }
    }
    twoDroppedCandidates.set(decoder, candidates);
  }
  return candidates.length === 0 ? undefined : { candidates, standIn: "dropped", survivors: [lead] };
}

/**
 * An exact screen for `utf8SpanAt`: true when no span can start at character `first`,
 * decided from its first byte and the next. A span needs a lead byte C2–F4 followed by
 * a continuation byte, by a stand-in for a lost byte ("?" or a marker, a space where
 * A0 is NBSP), or — a two-byte lead only — by nothing the decoder could have dropped
 * (a decoder that loses no byte drops none). Clean Cyrillic read as KOI8-R is a row of
 * leads ("п" is D0, "р" D2): each one is cleared here, without building a span.
 */
function noSpanCanStartAt(run: ByteRun, first: number, decoder: SpanDecoder): boolean {
  const { bytes, charByte } = run;
  const p = charByte[first]!;
  const lead = bytes[p]!;
  if (lead < 0xc2 || lead > 0xf4) return true;
  if (p + 1 >= bytes.length) return false;
  const next = bytes[p + 1]!;
  if (next >= 0x80 && next <= 0xbf) return false;
  // Inside a double-byte character: a trail that is no continuation byte ends every reading.
  if (charByte[first + 1] !== p + 1) return true;
  if (next === QUESTION_MARK || (next === 0x20 && decoder.nbspByte !== undefined)) return false;
  if (next !== QUESTION_MARK && !run.marker[first + 1] && punctuationWithTwoDroppedBytes(lead, next, decoder)) return false;
  // A letter that lost both continuation bytes before another broken one (two-lost-continuations.ts).
  if (next >= 0xc2 && next <= 0xf4 && !decoder.continuationPairsLost && twoLostContinuations(lead, true, next, decoder).length > 0) return false;
  // (Or a CJK letter's, before a whole CJK letter: cjk-letter-lost-both-continuations.ts.)
  if (!decoder.continuationPairsLost && isAsciiNonLetter(bytes[p - 1]) && cjkLetterAt(bytes, p + 1) && cjkLettersOfTwoDroppedContinuations(lead, next, decoder).length > 0) return false;
  return lead >= 0xe0 || decoder.lostBytes.length === 0;
}

/** The last character of a decoded piece (undefined for a slot or none). */
const lastLetterOf = (piece: SpanPiece | undefined) => (typeof piece === "string" ? [...piece].pop() : undefined);

/** The span of UTF-8 starting at character `first` of the run, or undefined. */
export function utf8SpanAt(run: ByteRun, first: number, decoder: SpanDecoder): Utf8Span | undefined {
  // A span may also start with a sequence that lost its lead byte (EUC-KR, EUC-JP; a
  // marker where MacRoman lost an emoji's lead, F0).
  const lostLead = lostLeadSlotAt(run, first, decoder) ?? markedLeadSlotAt(run, first, decoder) ?? emojiLeadLostSlotAt(run, first, decoder) ?? pythonLostLeadSlotAt(run, first, decoder);
  // Two marks whose bytes the decoder paired across them (python-punctuation-across-pair.ts).
  const acrossPair = lostLead ? undefined : punctuationAcrossPairAt(run, first, decoder);
  if (acrossPair) {
    const endChar = acrossPair.end === run.bytes.length ? run.charByte.length - 1 : run.charByte.indexOf(acrossPair.end, first);
    return { firstChar: first, endChar, pieces: [...acrossPair.slots], sequences: 0, slots: 2 };
  }
  // A character lost whole is a span of its own, judged alone beside the sure repairs.
  const whole = lostLead ? undefined : wholeCharacterSlotAt(run, first, decoder);
  if (whole) {
    // Python's letters lost whole one after another are one span, chosen together (python-stand-in-runs.ts).
    const pieces: LostSlot[] = [whole.slot];
    let end = whole.end;
    const second = whole.slot.browserLetterFollows ? wholeCharacterSlotAt(run, run.charByte.indexOf(end, first), decoder, true) : undefined;
    if (second) {
      pieces.push(second.slot);
      end = second.end;
    }
    for (let next = whole.slot.pythonTwoStandIns ? nextPythonLetter(run, end, decoder) : undefined; next; next = nextPythonLetter(run, end, decoder)) {
      pieces.push(next.slot);
      end = next.end;
    }
    const endChar = end === run.bytes.length ? run.charByte.length - 1 : run.charByte.indexOf(end, first);
    return { firstChar: first, endChar, pieces, sequences: 0, slots: pieces.length };
  }
  if (!lostLead && noSpanCanStartAt(run, first, decoder)) return undefined;
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
  const isMarkerAt = (b: number) => b < bytes.length && isBoundary(b) && (marker[charAtByte(b)] || bytes[b] === QUESTION_MARK);
  /**
   * "â??": general punctuation (E2 80 xx) whose two continuation bytes a lossy decoder
   * turned into two markers. Only punctuation is restored this way (its place tells
   * which); anything else with two bytes lost is beyond recovery. So is CJK punctuation
   * (E3 80 xx): Shift_JIS "す。" (E3 81 99 E3 80 82) at a line's end → "縺吶??" → "す。".
   */
  const punctuationWithTwoLostBytes = (lead: number, at: number): { slot: LostSlot; end: number } | undefined => {
    if ((lead !== 0xe2 && lead !== CJK_PUNCTUATION_LEAD) || !isMarkerAt(at + 1)) return undefined;
    const second = charByte[charAtByte(at + 1) + 1]!;
    if (!isMarkerAt(second)) return undefined;
    const candidates: string[] = [];
    for (const x of decoder.lostBytes) {
      for (const y of decoder.lostBytes) {
        const cp = ((lead & 0x0f) << 12) | ((x & 0x3f) << 6) | (y & 0x3f);
        if (x >= 0x80 && x <= 0xbf && y >= 0x80 && y <= 0xbf && ((cp >= 0x2010 && cp <= 0x205e) || cp === ZERO_WIDTH_JOINER || (cp >= FIRST_CJK_PUNCTUATION && cp <= LAST_CJK_PUNCTUATION))) candidates.push(String.fromCharCode(cp));
      }
    }
    if (candidates.length === 0) return undefined;
    return { slot: { candidates, standIn: "marker", survivors: [lead] }, end: charByte[charAtByte(second) + 1]! };
  };
  /** "į??": a letter whose two continuation bytes a single-byte decoder turned into two markers (two-lost-continuations.ts). */
  const letterWithTwoLostBytes = (lead: number, at: number): { slot: LostSlot; end: number } | undefined => {
    if (!isMarkerAt(at + 1)) return undefined;
    const second = charByte[charAtByte(at + 1) + 1]!;
    if (!isMarkerAt(second)) return undefined;
    const candidates = lettersWithTwoLostContinuations(lead, decoder);
    if (candidates.length === 0) return undefined;
    const previous = pieces[pieces.length - 1];
    return { slot: { candidates: ofAlphabetBefore(candidates, typeof previous === "string" ? [...previous].pop() : undefined), standIn: "marker", survivors: [lead] }, end: charByte[charAtByte(second) + 1]! };
  };
  const pythonTwoLostBytesSlot = (lead: number, at: number): { slot: LostSlot; end: number } | undefined => {
    if (!isMarkerAt(at + 1)) return undefined;
    const second = charByte[charAtByte(at + 1) + 1]!;
    if (!isMarkerAt(second)) return undefined;
    const end = charByte[charAtByte(second) + 1]!;
    const next = end < bytes.length ? bytes[end] : undefined;
    if (next !== undefined && next >= 0x80 && next <= 0xbf) return undefined;
    const candidates = pythonTwoLostBytesRestorations(lead, next, decoder);
    return candidates.length === 0 ? undefined : { slot: { candidates, standIn: "marker", survivors: [lead] }, end };
  };
  /**
   * Whether a lead alone at `at`, its two continuation bytes dropped before `q`, stands
   * between CJK letters: a CJK letter restored (or chosen) before it and after it another
   * (whole or broken) or no letter; or, starting the span after no letter, a whole CJK letter after it.
   */
  const droppedBetweenCjkLetters = (sofar: readonly SpanPiece[], at: number, q: number): boolean => {
    const previous = sofar[sofar.length - 1];
    // (The letter before may have lost a byte itself: a slot of CJK letters only.)
    const cjkBefore = typeof previous === "string" ? isCjkLetter(lastLetterOf(previous)) : previous !== undefined && previous.candidates.length > 0 && previous.candidates.every(isCjkLetter);
    if (previous !== undefined) return cjkBefore && (isCjkLead(bytes[q]) || isAsciiNonLetter(bytes[q]));
    return isAsciiNonLetter(bytes[at - 1]) && cjkLetterAt(bytes, q);
  };
  let p = charByte[first]!;
  const pieces: SpanPiece[] = [];
  let sequences = 0;
  let slots = 0;
  let checkpoint = { p, pieces: 0, sequences: 0, slots: 0 };
  if (lostLead) {
    pieces.push(lostLead.slot);
    slots++;
    p = lostLead.end;
  }
  while (p < bytes.length) {
    const b = bytes[p]!;
    const boundary = isBoundary(p);
    if (boundary) {
      checkpoint = { p, pieces: pieces.length, sequences, slots };
      const lostLeadHere = ((b === QUESTION_MARK || (b >= 0x80 && b <= 0xbf)) && lostLeadSlotAt(run, charAtByte(p), decoder)) || markedLeadSlotAt(run, charAtByte(p), decoder) || emojiLeadLostSlotAt(run, charAtByte(p), decoder) || pythonLostLeadSlotAt(run, charAtByte(p), decoder);
      if (lostLeadHere) {
        pieces.push(lostLeadHere.slot);
        slots++;
        p = lostLeadHere.end;
        continue;
      }
      if (b < 0x80 || marker[charAtByte(p)]) break;
    } else if (b < 0x80) {
      pieces.push(String.fromCharCode(b));
      p++;
      continue;
    }
    const astral = cesu8PairAt(bytes, p);
    if (astral) {
      pieces.push(astral);
      sequences++;
      p += 6;
      continue;
    }
    const n = utf8SequenceLength(bytes, p);
    // (Or a letter no language writes, made of the survivors of a pair lost across two letters: pair-dropped-across.ts.)
    // (Only a decoder that loses pairs across can: the others are not asked; the sequence is decoded by hand.)
    const droppedAcross = n === 2 && decoder.pairsLostAcross !== undefined ? droppedPairAcrossSlots(bytes, p, characterOf(bytes.subarray(p, p + 2))!, lastLetterOf(pieces[pieces.length - 1]), decoder, isMarkerAt) : undefined;
    if (droppedAcross) {
      pieces.push(droppedAcross.first, droppedAcross.second);
      slots += 2;
      p = droppedAcross.end;
      continue;
    }
    if (n > 1) {
      pieces.push(UTF8.decode(bytes.subarray(p, p + n)));
      sequences++;
      p += n;
      continue;
    }
    // Not a whole sequence here: is it one that lost a byte?
    if (b < 0xc2 || b > 0xf4) break;
    // Both continuation bytes lost to two markers: punctuation ("â??"); a character lost
    // one byte at a time, as Python's double-byte decoders lose them (python-two-lost-bytes.ts);
    // a letter of a single-byte decoder's (two-lost-continuations.ts).
    const twoMarked = punctuationWithTwoLostBytes(b, p) ?? pythonTwoLostBytesSlot(b, p) ?? letterWithTwoLostBytes(b, p);
    if (twoMarked) {
      pieces.push(twoMarked.slot);
      slots++;
      p = twoMarked.end;
      continue;
    }
    // An emoji that lost two or three bytes ("ð��¥", "π�‘�"): emoji-lost-bytes.ts.
    if (b === EMOJI_LEAD) {
      const pattern: (number | null)[] = [];
      let q = p + 1;
      while (pattern.length < 3 && q < bytes.length) {
        if (isMarkerAt(q)) {
          pattern.push(null);
          q = charByte[charAtByte(q) + 1]!;
        } else if (bytes[q]! >= 0x80 && bytes[q]! <= 0xbf) pattern.push(bytes[q++]!);
        else break;
      }
      const emoji = isBoundary(q) ? emojiWithLostBytes(pattern, decoder.lostBytes) : undefined;
      if (emoji) {
        pieces.push(emoji);
        slots++;
        p = q;
        continue;
      }
    }
    // "â" with nothing after it: both bytes dropped (only where the span starts, and the
    // span ends after it, so that a guess that fits nowhere takes nothing else down).
    // (At the end of a run that some other character ends, what followed is unknown: "â€" in Latin-1.)
    // (Or the trail of a double-byte character, which only mojibake ends with "â": Python's GBK dropped 80 and the last byte, "糕" = B8 E2.)
    const dropped = (p === charByte[first] || endsDoubleByteCharacter(decoder, isBoundary(p), isBoundary(p + 1))) && isBoundary(p + 1) && !isMarkerAt(p + 1) && (p + 1 < bytes.length || run.endsText !== false) ? punctuationWithTwoDroppedBytes(b, p + 1 < bytes.length ? bytes[p + 1] : undefined, decoder) : undefined;
    if (dropped) {
      pieces.push(dropped);
      slots++;
      p++;
      checkpoint = { p, pieces: pieces.length, sequences, slots };
      break;
    }
    const need = sequenceNeed(b);
    const leadAt = p;
    const survivors = [b];
    let standIn: LostSlot["standIn"] = "dropped";
    let standInAt: number | undefined;
    let q = p + 1;
    while (survivors.length + (standInAt === undefined ? 0 : 1) < need && q < bytes.length) {
      const c = bytes[q]!;
      if (c >= 0x80 && c <= 0xbf && !isMarkerAt(q)) {
        survivors.push(c);
        q++;
      } else if (standInAt === undefined && isMarkerAt(q)) {
        standIn = "marker";
        standInAt = survivors.length;
        q = charByte[charAtByte(q) + 1]!;
      } else if (standInAt === undefined && c === 0x20 && decoder.nbspByte !== undefined && isBoundary(q)) {
        standIn = "space";
        standInAt = survivors.length;
        q++;
      } else break;
    }
    // One stand-in for the last two bytes (two-bytes-one-stand-in.ts).
    const twoLost = standIn === "marker" && standInAt === survivors.length && survivors.length === need - 2 && isBoundary(q) ? twoLostBytesRestorations(survivors, decoder) : [];
    if (twoLost.length > 0) {
      const previous = pieces[pieces.length - 1];
      pieces.push({ candidates: ofAlphabetBefore(twoLost, typeof previous === "string" ? [...previous].pop() : undefined), standIn, survivors });
      slots++;
      p = q;
      continue;
    }
    // A letter that lost both continuation bytes, to two markers or — inside a run of broken letters — to nothing (two-lost-continuations.ts).
    if (need === 3 && survivors.length === 1 && !decoder.continuationPairsLost) {
      const twoMarkers = standIn === "marker" && standInAt === 1 && isMarkerAt(q);
      const nextByte = q < bytes.length ? bytes[q] : undefined;
      const droppedBoth = standIn === "dropped" && isBoundary(q) && !isMarkerAt(q) && (pieces.length > 0 || (nextByte !== undefined && nextByte >= 0xc2 && nextByte <= 0xf4));
      const letters = twoMarkers || droppedBoth ? twoLostContinuations(b, droppedBoth, nextByte, decoder) : [];
      // (Or, between CJK letters, a common hanzi, kana or Hangul syllable: cjk-letter-lost-both-continuations.ts.)
      const cjkLetters = droppedBoth && letters.length === 0 && droppedBetweenCjkLetters(pieces, p, q) ? cjkLettersOfTwoDroppedContinuations(b, nextByte, decoder) : [];
      if (cjkLetters.length > 0) {
        pieces.push({ candidates: cjkLetters, standIn, survivors, bothContinuationsLost: true });
        slots++;
        p = q;
        continue;
      }
      if (letters.length > 0) {
        const previous = pieces[pieces.length - 1];
        pieces.push({ candidates: ofAlphabetBefore(letters, typeof previous === "string" ? [...previous].pop() : undefined), standIn, survivors, bothContinuationsLost: true });
        slots++;
        p = twoMarkers ? charByte[charAtByte(q) + 1]! : q;
        continue;
      }
    }
    // (A byte the browser loses alone, dropped: the sequence may end inside a character — dropped-byte-reread.ts.)
    const rereadAfterDrop = standIn === "dropped" && !isBoundary(q) && q < bytes.length ? droppedAloneRestorations(survivors, need, Array.from(bytes.subarray(q, charByte[charAtByte(q) + 1]!)), decoder) : [];
    if (survivors.length !== need - 1 || (!isBoundary(q) && !mayEndInsideCharacter(decoder, standIn, standInAt, survivors.length) && rereadAfterDrop.length === 0)) break;
    const lost = standIn === "space" ? [decoder.nbspByte!] : decoder.lostBytes;
    // (A dropped byte stood between two characters of the broken text, not inside one.)
    let insideCharacter = 0;
    if (standIn === "dropped") for (let at = 1; at < survivors.length; at++) if (!isBoundary(leadAt + at)) insideCharacter |= 1 << at;
    const restored = isBoundary(q) || rereadAfterDrop.length === 0 ? restorations(survivors, need, lost, standInAt, decoder, q < bytes.length ? bytes[q] : undefined, insideCharacter) : rereadAfterDrop;
    // (Ending inside a character: only a byte Python's decoder loses before the next survivor.)
    const candidates = isBoundary(q) || rereadAfterDrop.length > 0 ? restored : rereadRestorations(restored, survivors, standInAt!, decoder);
    const droppedInstead = standIn === "space" && standInAt === survivors.length ? restorations(survivors, need, decoder.lostBytes, undefined, decoder, 0x20) : [];
    // (Nothing where the last byte went with the letter after it: swallowed-letter-dropped.ts.)
    const droppedSwallowed = standIn === "dropped" && isBoundary(q) ? droppedSwallowedRestorations(survivors, need, q < bytes.length ? bytes[q] : undefined, decoder) : [];
    if (candidates.length === 0 && droppedInstead.length === 0 && droppedSwallowed.length === 0) break;
    const piece: LostSlot = droppedInstead.length > 0 ? { candidates, standIn, survivors, droppedInstead } : { candidates, standIn, survivors };
    // The last byte lost with the ASCII letter after it, into one marker (lost-lead.ts).
    const swallowed = standIn === "marker" && standInAt === survivors.length ? swallowedLetterRestorations(survivors, decoder) : droppedSwallowed;
    if (swallowed.length > 0) piece.swallowed = swallowed;
    // The stand-in may have taken the next sequence's lead too (lost-pair-across.ts; where the
    // decoder loses leads alone, lost-lead.ts reads the survivors after it).
    const across = standIn === "marker" && standInAt === survivors.length && !decoder.leadLostBefore ? leadLostAcrossSlot(bytes, q, candidates, decoder, isMarkerAt) : undefined;
    if (across) {
      pieces.push({ ...piece, candidates: across.first }, across.second);
      slots += 2;
      p = across.end;
      continue;
    }
    pieces.push(piece);
    slots++;
    p = q;
    // A space that stood for the NBSP byte after a lead inside a word ends the span:
    // what follows is another word, judged on its own (correct Cyrillic "ных " read as
    // KOI8 ends in a lead byte and a space, and must not take the broken word after it
    // down with it). A lead that starts a word goes on ("п п╟п╤п╢я▀п╧" is "Каждый").
    if (standIn === "space" && leadAt > 0 && bytes[leadAt - 1] !== 0x20) {
      checkpoint = { p, pieces: pieces.length, sequences, slots };
      break;
    }
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

/** The letter Python lost whole right at byte `at` (two stand-ins), if the run has one there. */
function nextPythonLetter(run: ByteRun, at: number, decoder: SpanDecoder): { slot: LostSlot; end: number } | undefined {
  if (at >= run.bytes.length || !run.marker[run.charByte.indexOf(at)]) return undefined;
  const next = wholeCharacterSlotAt(run, run.charByte.indexOf(at), decoder, true);
  return next?.slot.pythonTwoStandIns ? next : undefined;
}
