/**
 * Two punctuation marks in a row lost by Python's strict Big5 or EUC-KR (`errors="replace"`,
 * one U+FFFD per byte it cannot pair) where the last byte of the first (A2 of "•", A6 of
 * "…") pairs with the lead E2 of the second into one of the decoder's characters: "…’"
 * (E2 80 A6 E2 80 99) → "◆◆" (E2, 80) + "╈" (A6 E2, EUC-KR) + "◆◆" (80, 99). Read one
 * stand-in at a time the pair is a symbol and the two stand-ins after it a letter lost whole
 * ("myndighed;◆◆╈Å"). Here the four stand-ins and the pair are one span of two slots: the
 * first the mark the pair's first byte ends, the second a quote or dash whose last byte the
 * decoder lost before what follows, chosen by where it stands (typography.ts), as a guess.
 * Before → after (Python euc_kr): "pearsantacht an◆◆╈◆◆" → "pearsantacht an…”".
 */
import type { ByteRun } from "./byte-run.js";
import type { LostSlot } from "./utf8-spans.js";
import { PUNCTUATION_BY_POSITION } from "./lost-lead.js";
import { QUESTION_MARK } from "./byte-run.js";
import { type StrictStandInLosses, pythonQuestionMarksShown } from "./python-question-marks.js";

/** A decoder that knows which bytes Python's decoder of its name loses alone before the next. */
export interface PairAcrossDecoder {
  doubleByte?: boolean;
  wholeCharacterLosses?: StrictStandInLosses;
  pythonLosesBefore?(lead: number, next: number): boolean;
}

/** The lead and middle byte of every quote, dash, ellipsis and bullet (E2 80 xx). */
const LEAD = 0xe2;
const MIDDLE = 0x80;

/** Stand-ins on each side of the pair: the first mark's lead and middle byte, the second's middle and last. */
const STAND_INS = 2;

const lastByteOf = (ch: string) => Buffer.from(ch, "utf8")[2]!;

/**
 * The span at character `first` of the run: two stand-ins, a pair (last byte of a mark, E2),
 * two stand-ins; the two slots and the byte it ends at, or undefined.
 */
export function punctuationAcrossPairAt(run: ByteRun, first: number, decoder: PairAcrossDecoder): { slots: [LostSlot, LostSlot]; end: number } | undefined {
  const loses = decoder.pythonLosesBefore;
  if (!decoder.doubleByte || !loses) return undefined;
  const { bytes, charByte } = run;
  const chars = charByte.length - 1;
  // U+FFFD, or "?" where the line proves them Python's (python-question-marks.ts).
  const questions = decoder.wholeCharacterLosses !== undefined && bytes[charByte[first]!] === QUESTION_MARK && pythonQuestionMarksShown(run, decoder.wholeCharacterLosses);
  const marker = (k: number) => run.marker[k] === true || (questions && k < chars && charByte[k + 1] === charByte[k]! + 1 && bytes[charByte[k]!] === QUESTION_MARK);
  const pairAt = first + STAND_INS;
  if (pairAt + STAND_INS >= chars + 1) return undefined;
  for (let k = first; k < pairAt; k++) if (!marker(k)) return undefined;
  if (first > 0 && marker(first - 1)) return undefined;
  const p = charByte[pairAt]!;
  if (marker(pairAt) || charByte[pairAt + 1] !== p + 2 || bytes[p + 1] !== LEAD) return undefined;
  const last = bytes[p]!;
  // The first mark: the one this byte ends, lost with its lead and middle byte (the decoder could not pair E2 80).
  const firstMark = PUNCTUATION_BY_POSITION.filter((c) => lastByteOf(c) === last);
  if (firstMark.length === 0 || !loses(LEAD, MIDDLE)) return undefined;
  for (let k = pairAt + 1; k < pairAt + 1 + STAND_INS; k++) if (k >= chars || !marker(k)) return undefined;
  const endChar = pairAt + 1 + STAND_INS;
  if (endChar < chars && marker(endChar)) return undefined;
  const end = charByte[endChar]!;
  const next = end < bytes.length ? bytes[end]! : undefined;
  // The second mark: its last byte lost alone before what follows (at the end of the text, lost too).
  const second = PUNCTUATION_BY_POSITION.filter((c) => next === undefined || loses(lastByteOf(c), next));
  if (second.length === 0) return undefined;
  return {
    slots: [
      { candidates: firstMark, standIn: "marker", survivors: [], lostLead: true },
      { candidates: second, standIn: "marker", survivors: [], lostLead: true },
    ],
    end,
  };
}

/** One character between two pairs of U+FFFD: the shape such a pair leaves. */
const PAIR_ACROSS_SHAPE = /(?<=\ufffd\ufffd)[^\x00-\x7f\ufffd](?=\ufffd\ufffd)/g;

/** The line without the characters such pairs left, for screens that ask whether a line holds only ASCII and stand-ins (stand-in-runs-only.ts). */
export function withoutPairsAcross(line: string): string {
  return line.includes("\ufffd\ufffd") ? line.replace(PAIR_ACROSS_SHAPE, "") : line;
}
