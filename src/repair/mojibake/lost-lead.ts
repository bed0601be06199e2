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
 * Its kin live here too: characters a decoder loses whole, lead and continuation, behind
 * one or two U+FFFD (Big5 "ē" C4 93 → "◆"; Python's strict decoders, one per byte), and
 * a last byte lost together with the ASCII letter after it (Shift_JIS "‘s" → 窶 + "◆").
 */
import { type PerDecoderMemo, remembered } from "./per-decoder-memo.js";
import { utf8SequenceLength } from "../../detect/utf8.js";
import { isKnownCharacter } from "../../plausibility/index.js";
import { type ByteRun, QUESTION_MARK } from "./byte-run.js";
import { showsBrowserSurvivors } from "./browser-survivors.js";
import { CLOSING_QUOTES, closesLostOpener } from "./closing-quote-stand-ins.js";
import { showsPythonStandIns } from "./stand-in-runs-only.js";
import { pythonQuestionMarksShown } from "./python-question-marks.js";
import { showsBrowserLoneStandIn } from "./browser-question-marks.js";
import { PYTHON_LOSES_NO_LETTER_AS_ONE, pythonAlphabetRowPart, pythonLettersRunFirst, secondLetterOfWordAlone as count2Alone, showsPythonLetterRuns, wordsOfTwoByteAlphabet } from "./python-stand-in-runs.js";
import { punctuationBeforePunctuationAt } from "./punctuation-before-punctuation.js";
import { mayBeOneLetterWord, oneLetterWordCase } from "./one-letter-word.js";
import { lettersBesidePunctuationAlone } from "./letter-or-dash-alone.js";
import { punctuationBeforeNext, showsLoneStandInBeforeLetter, twoStandInsBefore } from "./stand-ins-before-letter.js";
import type { LostSlot } from "./utf8-spans.js";
import { knownCharacterOf } from "./known-character.js";

/** A decoder that may lose lead bytes: whether it loses `lead` when `next` follows it (and reads `next` again). */
export interface LeadLosingDecoder {
  leadLostBefore?(lead: number, next: number): boolean;
  /** Punctuation by its last byte, for decoders that lose its first two as one U+FFFD (see `punctuationAfterLostPair`). */
  punctuationAfterLostPair?: ReadonlyMap<number, string>;
  /** The same for last bytes A0–BF, read so only before more punctuation (punctuation-before-punctuation.ts). */
  punctuationBeforePunctuation?: ReadonlyMap<number, string>;
}

/**
 * The browsers' Big5 loses E2 80, the first two bytes of a quote or dash, as one U+FFFD
 * and pairs the last with the byte after it: "‘E" (E2 80 98 45) → U+FFFD U+E938. Per
 * last byte, the punctuation that so leaves a character behind its U+FFFD; undefined
 * when none does. Asked of the decoder itself.
 */
export function punctuationAfterLostPair(name: string): ReadonlyMap<number, string> | undefined {
  const browser = new TextDecoder(name);
  const out = new Map<number, string>();
  for (const ch of PUNCTUATION_BY_POSITION) {
    const bytes = Buffer.from(ch, "utf8");
    const read = [...browser.decode(Uint8Array.of(...bytes, 0x45))];
    // (Last bytes 80–9F only: as lead bytes they start rare pairs, never everyday text.)
    if (bytes[2]! <= 0x9f && read.length === 2 && read[0] === "\ufffd" && read[1] !== "\ufffd" && read[1] !== "E") out.set(bytes[2]!, ch);
  }
  return out.size > 0 ? out : undefined;
}

/** A U+FFFD, then a character whose first byte is such a last byte: the punctuation, and the letter its pair swallowed after it. */
function punctuationAfterLostPairAt(run: ByteRun, first: number, table: ReadonlyMap<number, string>, beforePunctuation?: ReadonlyMap<number, string>): LostLeadSlot | undefined {
  const { bytes, charByte, marker } = run;
  // The lost pair shows as a marker, a "?" (one character of its own), or nothing at all
  // (dropped: the pair that starts with the last byte stands where the quote began).
  const at = charByte[first]!;
  const standIn = marker[first] || (bytes[at] === QUESTION_MARK && charByte[first + 1] === at + 1);
  const q = standIn ? charByte[first + 1]! : at;
  const punctuation = q < bytes.length ? (table.get(bytes[q]!) ?? punctuationBeforePunctuationAt(bytes, q, beforePunctuation)) : undefined;
  // What it swallowed: a letter, or the lead of more punctuation, whose middle byte 80 survives ("’…" → ◆ U+EA50 \x80 ◆),
  // or the lead of a two-byte letter whose sequence the byte after completes ("‘ú" → ◆ U+E994 (98 C3) 瘧 (BA C4)…;
  // not three-byte leads: in a line of hanzi or Hangul such a pair is as often a sequence cut in the middle).
  const swallowed = bytes[q + 1]!;
  const swallowedLead = swallowed >= 0xc2 && swallowed <= 0xdf && utf8SequenceLength(bytes, q + 1) === 2;
  if (punctuation === undefined || charByte[first + (standIn ? 2 : 1)] !== q + 2 || (swallowed >= 0x80 && !swallowedLead && !(swallowed === PUNCTUATION_LEAD && bytes[q + 2] === PUNCTUATION_MIDDLE))) return undefined;
  return { slot: { candidates: [punctuation], standIn: standIn ? "marker" : "dropped", survivors: [bytes[q]!], lostLead: true }, end: q + 1 };
}

/** Where a lost lead's slot ends in the run's bytes (not always a character boundary: A1–BF pair with the byte after). */
export interface LostLeadSlot {
  slot: LostSlot;
  end: number;
}

const isContinuation = (b: number) => b >= 0x80 && b <= 0xbf;
/** CJK, and letterlike symbols ("ℹ" is a letter to Unicode). */
const CJK_OR_LETTERLIKE = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\u2100-\u214f]/u;

/**
 * The slot of a sequence that lost its lead at character `first` of the run: a stand-in
 * (U+FFFD or "?") followed by continuation bytes, or — the lead dropped without a
 * trace — continuation bytes that start the character. One to three continuation bytes
 * survive (the sequence is one byte longer); undefined when no lead fits them.
 */
export function lostLeadSlotAt(run: ByteRun, first: number, decoder: LeadLosingDecoder): LostLeadSlot | undefined {
  if (!decoder.leadLostBefore) return decoder.punctuationAfterLostPair ? punctuationAfterLostPairAt(run, first, decoder.punctuationAfterLostPair, decoder.punctuationBeforePunctuation) : undefined;
  const { bytes, charByte, marker } = run;
  const at = charByte[first]!;
  const standsIn = marker[first] || bytes[at] === QUESTION_MARK;
  let q = standsIn ? charByte[first + 1]! : at;
  if (q >= bytes.length || !isContinuation(bytes[q]!)) return undefined;
  const survivors: number[] = [];
  while (survivors.length < 3 && q < bytes.length && isContinuation(bytes[q]!) && !isMarkerByte(run, q)) survivors.push(bytes[q++]!);
  if (survivors.length === 0) return undefined;
  let candidates = leadRestorations(survivors, decoder, false);
  // Dropped without a trace, two sequences' survivors run together ("“К" → \x80\x9c\x9a):
  // the longest run that makes a character is one, what follows starts the next.
  while (!standsIn && candidates.length === 0 && survivors.length > 1) {
    survivors.pop();
    q--;
    candidates = leadRestorations(survivors, decoder, false);
  }
  // The last byte may be lost too (A0–BF pair with the byte after, and that pair may be no
  // character): behind a stand-in that no continuation byte follows, the slot takes it
  // ("რ" E1 83 A0 → "◆\x83◆"; "…" E2 80 A6 before a space → "◆\x80◆ "), or the stand-in is
  // another character's and stays. Dropped: only the general punctuation of a lone \x80.
  // (Not two stand-ins of their own where the browser's decoder read: a letter lost whole, "с" then "я" → "◆\x81◆◆".)
  // (Something must follow them: at the end of a line they are as often the rest of an emoji.)
  const wholeLetterAfter = q + 2 < bytes.length && isStandIn(run, q + 1) && !isContinuation(bytes[q + 2]!) && !isStandIn(run, q + 2) && showsBrowserSurvivors(run);
  const lastStandsIn = standsIn && survivors.length <= 2 && q < bytes.length && isStandIn(run, q) && !(q + 1 < bytes.length && isContinuation(bytes[q + 1]!)) && !wholeLetterAfter;
  if (lastStandsIn) {
    candidates = [...leadRestorations(survivors, decoder, true), ...candidates.map((c) => `${c}\ufffd`)];
    q++;
  } else if (standsIn && survivors.length <= 2 && q + 1 < bytes.length && isStandIn(run, q) && isContinuation(bytes[q + 1]!) && !isMarkerByte(run, q + 1)) {
    // The last byte and the next character's lead lost into one stand-in, which both
    // share ("ხე" E1 83 AE E1 83 94 → "◆\x83◆\x83\x94": AE E1 is no EUC-KR character).
    // Letters and the punctuation whose place tells which, not CJK: among its thousands,
    // bytes this few choose nothing ("は" became "遵").
    candidates = [...candidates, ...leadRestorations(survivors, decoder, true).filter((c) => (LETTER_OR_MARK.test(c) || PUNCTUATION_BY_POSITION.includes(c)) && !CJK_OR_LETTERLIKE.test(c))];
  } else if (!standsIn && survivors.length === 1 && survivors[0] === PUNCTUATION_MIDDLE) {
    candidates = [...punctuationLosingTwoBytes(), ...candidates];
  }
  if (candidates.length === 0) return undefined;
  return { slot: { candidates, standIn: standsIn ? "marker" : "dropped", survivors, lostLead: true }, end: q };
}

/**
 * The other way a lead is lost: a marker (U+FFFD or "?") where a strict single-byte
 * decoder lost the lead of a three- or four-byte sequence, followed by its continuation
 * bytes. MacRoman's strict table loses F0, the lead of every emoji: "�üåç" (F0 lost,
 * 9F 8C 8D kept) → "🌍". At least two continuation bytes must have survived (a lone one
 * says too little); undefined when no lost lead makes a known character of them.
 */
export function markedLeadSlotAt(run: ByteRun, first: number, decoder: { lostLeads: readonly number[] }): LostLeadSlot | undefined {
  if (decoder.lostLeads.length === 0) return undefined;
  const { bytes, charByte, marker } = run;
  if (!(marker[first] || bytes[charByte[first]!] === QUESTION_MARK)) return undefined;
  const survivors: number[] = [];
  let q = charByte[first + 1]!;
  for (let k = first + 1; survivors.length < 3 && k < charByte.length - 1 && !marker[k] && charByte[k + 1]! - charByte[k]! === 1; k++) {
    const b = bytes[charByte[k]!]!;
    if (!isContinuation(b)) break;
    survivors.push(b);
    q = charByte[k + 1]!;
  }
  if (survivors.length < 2) return undefined;
  const candidates: string[] = [];
  for (const lead of decoder.lostLeads) {
    const ch = knownCharacterOf(Uint8Array.from([lead, ...survivors]));
    if (ch !== undefined) candidates.push(ch);
  }
  if (candidates.length === 0) return undefined;
  return { slot: { candidates, standIn: "marker", survivors }, end: q };
}

/** The lead byte of general punctuation, E2 80 xx. */
const PUNCTUATION_LEAD = 0xe2;
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

const known: PerDecoderMemo<LeadLosingDecoder> = new WeakMap();

/** Last bytes lost with the byte after them: A0–BF, which pair with it. */
const LOST_LAST = Array.from({ length: 0x20 }, (_, i) => 0xa0 + i);

/**
 * The characters the survivors can be with a lead put back that the decoder loses before
 * the first of them (and, when `lastLost`, a last byte A0–BF put back after them).
 */
function leadRestorations(survivors: number[], decoder: LeadLosingDecoder, lastLost: boolean): string[] {
  return remembered(known, decoder, `${survivors.join(",")}${lastLost ? "+" : ""}`, () => findLeadRestorations(survivors, decoder, lastLost));
}

function findLeadRestorations(survivors: number[], decoder: LeadLosingDecoder, lastLost: boolean): string[] {
  const out: string[] = [];
  const need = survivors.length + (lastLost ? 2 : 1);
  const [lo, hi] = need === 2 ? [0xc2, 0xdf] : need === 3 ? [0xe0, 0xef] : [0xf0, 0xf4];
  for (let lead = lo; lead <= hi; lead++) {
    if (!decoder.leadLostBefore!(lead, survivors[0]!)) continue;
    for (const last of lastLost ? LOST_LAST : [undefined]) {
      const ch = knownCharacterOf(Uint8Array.from(last === undefined ? [lead, ...survivors] : [lead, ...survivors, last]));
      if (ch !== undefined) out.push(ch);
    }
  }
  return out;
}

/**
 * Two-byte characters a decoder loses whole, lead and continuation, leaving one stand-in
 * (the browsers' Big5 for any trail 80–A0: "ē" C4 93 → "◆"; their EUC-KR and EUC-JP for
 * A0: "Р" D0 A0 → "◆") or two (their EUC-KR for 8E and 8F: "ю" D1 8E → "◆◆"; Python's
 * strict Big5, EUC-KR and EUC-JP, one U+FFFD per byte, for every pair the standard lacks).
 * Letters only: the slot's words choose among them. Indexed by the stand-ins' count.
 */
/** The punctuation whose place alone tells which it was (typography.ts): quotes, dashes, ellipsis, bullet. */
export const PUNCTUATION_BY_POSITION = ["\u2018", "\u2019", "\u201c", "\u201d", "\u201e", "\u2013", "\u2014", "\u2026", "\u2022"];

export interface WholeCharacterLosses {
  /** Two-byte letters, by the stand-ins they leave (0, 1, 2). */
  letters: readonly (readonly string[])[];
  /** The two-stand-in letters of the browser's decoder alone (browser-survivors.ts). */
  browserTwo?: readonly string[];
  /** General punctuation (three bytes), by the stand-ins it leaves (0–3). */
  punctuation: readonly (readonly string[])[];
  /** Whether punctuation leaves two stand-ins before a given next byte (stand-ins-before-letter.ts). */
  twoStandInsBefore?: (punctuation: string, next: number | readonly number[]) => boolean;
}

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;

/** The apostrophe, the one general punctuation that stands inside a word. */
const APOSTROPHE = "\u2019";

export function wholeCharacterLosses(name: string, strict: ((lead: number, trail: number) => boolean) | undefined): WholeCharacterLosses | undefined {
  const browser = new TextDecoder(name);
  const one = new Set<string>();
  const two = new Set<string>();
  const browserTwo: string[] = [];
  for (let lead = 0xc2; lead <= 0xdf; lead++) {
    for (let cont = 0x80; cont <= 0xbf; cont++) {
      const ch = String.fromCharCode(((lead & 0x1f) << 6) | (cont & 0x3f));
      if (!LETTER_OR_MARK.test(ch) || !isKnownCharacter(ch, true)) continue;
      const read = browser.decode(Uint8Array.of(lead, cont, 0x41));
      if (read === "\ufffdA") one.add(ch);
      if (read === "\ufffd\ufffdA") browserTwo.push(ch);
      if (read === "\ufffd\ufffdA" || (read.startsWith("\ufffd") && strict !== undefined && !strict(lead, cont))) two.add(ch);
    }
  }
  // General punctuation lost whole, lead and both continuation bytes: two stand-ins for the
  // browsers' Big5 (E2 80 → one, 9x and the space after it → one, the space given back),
  // three for Python's strict decoders (one per byte).
  const punctuation: [string[], string[], string[], string[]] = [[], [], [], []];
  for (const ch of PUNCTUATION_BY_POSITION) {
    const bytes = Buffer.from(ch, "utf8");
    const read = browser.decode(Uint8Array.of(...bytes, 0x20));
    if (read === "\ufffd\ufffd ") punctuation[2].push(ch);
    if (read.startsWith("\ufffd") && strict !== undefined && !strict(bytes[0]!, bytes[1]!) && !strict(bytes[1]!, bytes[2]!) && !strict(bytes[2]!, 0x20)) punctuation[3].push(ch);
  }
  if (one.size === 0 && two.size === 0 && punctuation.every((p) => p.length === 0)) return undefined;
  return { letters: [[], [...one], [...two]], punctuation, browserTwo, twoStandInsBefore: twoStandInsBefore(name) };
}

/** A decoder that may lose whole two-byte characters (see `wholeCharacterLosses`). */
export interface WholeLosingDecoder {
  wholeCharacterLosses?: WholeCharacterLosses;
}

/**
 * The slot of a two-byte character lost whole at character `first`: one or two stand-ins
 * (U+FFFD; "?" only inside a word, where no question mark stands) beside a letter, that no
 * continuation byte follows (then the lead alone was lost: `lostLeadSlotAt`).
 * Example (Big5): "b◆rniem" → slot [◆] → "bērniem" among "bārniem", "bčrniem"… by its words.
 */
export function wholeCharacterSlotAt(run: ByteRun, first: number, decoder: WholeLosingDecoder & LeadLosingDecoder, afterLetter = false): LostLeadSlot | undefined {
  const losses = decoder.wholeCharacterLosses;
  if (!losses) return undefined;
  const { bytes, charByte, marker } = run;
  const isStandInChar = (k: number) => k < marker.length && (marker[k] || (bytes[charByte[k]!] === QUESTION_MARK && charByte[k + 1] === charByte[k]! + 1));
  let k = first;
  while (k - first < 3 && isStandInChar(k)) k++;
  const run_ = k - first;
  if (run_ === 0) return undefined;
  const start = charByte[first]!;
  // Beside a letter: an ASCII one, or the bytes of a character of the span.
  const letterByte = (b: number | undefined) => b !== undefined && (b >= 0x80 || /[A-Za-z]/.test(String.fromCharCode(b)));
  // (`afterLetter`: right after a letter Python lost whole, restored in the same span: utf8-spans.ts.)
  const letterBefore = afterLetter || (start > 0 && letterByte(bytes[start - 1]));
  // ("?" proven to be Python's stand-ins read as U+FFFD are: python-question-marks.ts.)
  const pythonQuestions = !marker[first] && pythonQuestionMarksShown(run, losses);
  const questionMarks = !marker[first] && !pythonQuestions;
  const pythonStandIns = () => pythonQuestions || showsPythonStandIns(run) || ((losses.punctuation[3]?.length ?? 0) > 0 && showsPythonLetterRuns(run));
  // Five U+FFFD after a letter, Python's one per byte: a two-byte letter, then a quote or dash ("libert◆◆◆◆◆" → "libertà”").
  let total = run_;
  while (total < 6 && isStandInChar(first + total)) total++;
  const letterThenPunctuation = total === 5 && letterBefore && !questionMarks && pythonStandIns();
  // Two between letters where the run shows a lone one glued inside a word: two letters the browsers' Big5
  // lost whole, one stand-in each, not one of Python's (browser-question-marks.ts): "libert◆◆i" → "libertăți".
  if (total === 2 && letterBefore && letterByte(bytes[charByte[first + 2]!]) && !pythonQuestions && (losses.letters[1]?.length ?? 0) > 0 && showsBrowserLoneStandIn(run) && !showsPythonStandIns(run)) {
    return { slot: { candidates: [...losses.letters[1]!], standIn: "marker", survivors: [], lostLead: true, browserLetterFollows: true }, end: charByte[first + 1]! };
  }
  // Four or six beside a letter: letters of two stand-ins each (python-stand-in-runs.ts).
  const letterAfterRun = letterByte(bytes[charByte[first + total]!]);
  const wordAlone = total === run_ + 1 && (start === 0 || bytes[start - 1] === 0x20) && (charByte[first + total] === bytes.length || bytes[charByte[first + total]!] === 0x20);
  const lettersRun = !questionMarks && (letterBefore || letterAfterRun || wordAlone) && pythonStandIns() ? pythonLettersRunFirst(total, letterBefore, letterAfterRun, wordAlone && wordsOfTwoByteAlphabet(run)) : undefined;
  // In a line of a two-byte alphabet, the whole row splits into letters and at most one quote (python-stand-in-runs.ts).
  const alphabetPart = questionMarks ? undefined : alphabetRowPart(run, first, isStandInChar, letterByte, pythonStandIns);
  // The second letter of such a word of four stand-ins ("◆◆◆◆" as a word: "في").
  const secondOfWordAlone = () => count2Alone(run, first, total, isStandInChar) && pythonStandIns();
  for (let count = alphabetPart ?? (letterThenPunctuation ? 2 : (lettersRun ?? run_)); count >= 1; count--) {
    if (count === 1 && PYTHON_LOSES_NO_LETTER_AS_ONE && !questionMarks && (losses.punctuation[3]?.length ?? 0) > 0 && pythonStandIns()) break;
    const end = charByte[first + count]!;
    if (end < bytes.length && isContinuation(bytes[end]!)) continue;
    // (Or a stand-in for the lead of the next letter, its continuation byte after it: "сво??" + "?\x82а".)
    const letterAfter = ((lettersRun !== undefined || alphabetPart === LETTER_STAND_INS) && count < total) || letterByte(bytes[end]) || (isStandInChar(first + count) && end + 1 < bytes.length && charByte[first + count + 1] === end + 1 && isContinuation(bytes[end + 1]!));
    // Punctuation where a word ends or starts (a "?" only as a word of its own: "word??" is a real question).
    const punctuation = count === 2 && pythonStandIns() ? [] : count === 2 ? (isStandInChar(first + count) && showsLoneStandInBeforeLetter(run) ? [] : punctuationBeforeNext(losses.punctuation[2] ?? [], isStandInChar(first + count) ? undefined : bytes[end], losses.twoStandInsBefore, Array.from(bytes.subarray(end, charByte[first + count + 1])))) : (losses.punctuation[count] ?? []);
    const edgeAfter = end >= bytes.length || bytes[end] === 0x20;
    const edgeBefore = start === 0 || bytes[start - 1] === 0x20;
    // "??" glued to a word closes a quote whose opener was lost the same way (closing-quote-stand-ins.ts).
    const closers = questionMarks && count === 2 && !letterAfter && !edgeBefore ? punctuation.filter((c) => CLOSING_QUOTES.includes(c)) : [];
    if (closers.length > 0 && closesLostOpener(run, first, decoder.punctuationAfterLostPair)) {
      return { slot: { candidates: closers, standIn: "marker", survivors: [], lostLead: true }, end };
    }
    // Between two letters only the apostrophe: "s◆◆◆exprimer" → "s’exprimer" (three stand-ins: Python's strict decoders).
    if (count === 3 && !questionMarks && letterBefore && letterAfter && punctuation.includes(APOSTROPHE) && !showsLoneStandInBeforeLetter(run)) {
      return { slot: { candidates: [APOSTROPHE], standIn: "marker", survivors: [], lostLead: true }, end };
    }
    if (punctuation.length > 0 && !(letterBefore && letterAfter) && (!questionMarks || (edgeBefore && edgeAfter))) {
      // (Two standing alone: as well a one-letter word Python lost, letter-or-dash-alone.ts.)
      const alone = questionMarks ? [] : lettersBesidePunctuationAlone(run, start, count, total, edgeBefore, edgeAfter, losses.letters[2]);
      const slot: LostSlot = { candidates: [...punctuation], standIn: "marker", survivors: [], lostLead: true };
      if (alone.length > 0) slot.lettersAlone = alone;
      return { slot, end };
    }
    const letters = (count === 2 && losses.browserTwo?.length && showsBrowserSurvivors(run) ? losses.browserTwo : losses.letters[count]) ?? [];
    // ("??" ending a word is a real question, unless the run shows the browser's given-back trails: browser-survivors.ts.)
    const questionsStandIn = letterAfter || (count === 2 && showsBrowserSurvivors(run));
    const aloneAsWord = mayBeOneLetterWord(count, questionMarks, edgeBefore, edgeAfter, pythonStandIns, run, (losses.punctuation[2]?.length ?? 0) === 0);
    // (A lone "?" at a word's edge may be a letter too, where the line proves it no question mark: browser-question-marks.ts.)
    const browserEdge = questionMarks && count === 1 && total === 1 && !(first > 0 && isStandInChar(first - 1)) && (letterBefore || letterAfter);
    if (letters.length > 0 && (questionMarks ? (letterBefore && questionsStandIn) || browserEdge : letterBefore || letterAfter || aloneAsWord || secondOfWordAlone())) {
      const slot: LostSlot = { candidates: letterBefore || letterAfter ? [...letters] : oneLetterWordCase(letters, bytes, start), standIn: "marker", survivors: [], lostLead: true };
      // (Python's two stand-ins: a letter its words choose without a margin, python-stand-in-runs.ts.)
      if (count === 2 && !questionMarks && (losses.punctuation[3]?.length ?? 0) > 0 && pythonStandIns()) slot.pythonTwoStandIns = true;
      return { slot, end };
    }
  }
  return undefined;
}

/** Bytes that end a word: space and ASCII punctuation that follows or precedes words (not "?", a stand-in's byte). */
const WORD_EDGE = Array.from(" .,;:!)(\"'", (c) => c.charCodeAt(0));

/** The stand-ins of a two-byte letter Python lost whole. */
const LETTER_STAND_INS = 2;

/**
 * The stand-ins of the character starting at `first`, read from the whole row of stand-ins
 * around it when the line is of a two-byte alphabet and shows Python's stand-ins
 * (python-stand-in-runs.ts `pythonAlphabetRowPart`); undefined elsewhere.
 */
function alphabetRowPart(run: ByteRun, first: number, isStandInChar: (k: number) => boolean, letterByte: (b: number | undefined) => boolean, pythonStandIns: () => boolean): number | undefined {
  const { bytes, charByte } = run;
  let start = first;
  while (start > 0 && isStandInChar(start - 1)) start--;
  let end = first;
  while (isStandInChar(end)) end++;
  if (end - start < LETTER_STAND_INS * 2) return undefined;
  const letterBefore = charByte[start]! > 0 && letterByte(bytes[charByte[start]! - 1]);
  const letterAfter = letterByte(bytes[charByte[end]!]);
  const edgeBefore = charByte[start] === 0 || WORD_EDGE.includes(bytes[charByte[start]! - 1]!);
  const edgeAfter = charByte[end] === bytes.length || WORD_EDGE.includes(bytes[charByte[end]!]!);
  const part = pythonAlphabetRowPart(end - start, first - start, letterBefore, letterAfter, edgeBefore && edgeAfter);
  return part !== undefined && wordsOfTwoByteAlphabet(run) && pythonStandIns() ? part : undefined;
}

/**
 * A double-byte decoder may lose a byte together with the ASCII letter after it, as one
 * U+FFFD: Shift_JIS reads 98 73 ("‘" E2 80 98, then "s") as no character. Per byte
 * 80–BF, the letters it so swallows, asked of the browser's decoder; undefined when none.
 */
export function lettersSwallowedAfter(name: string): ReadonlyMap<number, string> | undefined {
  const browser = new TextDecoder(name);
  const swallowed = new Map<number, string>();
  for (let byte = 0x80; byte <= 0xbf; byte++) {
    let letters = "";
    for (const letter of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") {
      if (browser.decode(Uint8Array.of(byte, letter.charCodeAt(0))) === "\ufffd") letters += letter;
    }
    if (letters) swallowed.set(byte, letters);
  }
  return swallowed.size > 0 ? swallowed : undefined;
}

/** A decoder that may swallow a letter with a lost byte (see `lettersSwallowedAfter`). */
export interface SwallowingDecoder {
  lettersSwallowedAfter?: ReadonlyMap<number, string>;
}

const knownSwallowed: PerDecoderMemo<SwallowingDecoder> = new WeakMap();

/** What `survivors` and one lost last byte can be, each with the letter the decoder swallowed with that byte. */
export function swallowedLetterRestorations(survivors: readonly number[], decoder: SwallowingDecoder): string[] {
  const table = decoder.lettersSwallowedAfter;
  if (!table) return [];
  return remembered(knownSwallowed, decoder, survivors.join(","), () => {
    const out: string[] = [];
    for (const [byte, letters] of table) {
      const ch = knownCharacterOf(Uint8Array.from([...survivors, byte]));
      if (ch === undefined || /\s/u.test(ch)) continue;
      for (const letter of letters) out.push(ch + letter);
    }
    return out;
  });
}
