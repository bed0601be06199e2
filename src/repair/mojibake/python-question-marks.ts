/**
 * Python's strict double-byte decoders with their U+FFFD shown as "?" (or errors="replace"
 * followed by an encode that turns it into "?"): `bytes.decode("euc_kr", errors="replace")`
 * loses a quote or dash (E2 80 xx) as exactly three stand-ins and a two-byte letter whose
 * continuation is 80–A0 ("ț" C8 9B, "ł" C5 82) as exactly two, and here those are "?"
 * — which clean text writes too ("Really???"). So a "?" is a real question mark unless
 * the line proves otherwise: it must show the same mistake losslessly, a two-byte letter
 * of an alphabet whose continuation the decoder kept, read as one of its characters glued
 * to an ASCII letter ("volont챕" is "volonté": C3 A9 is "챕" to EUC-KR) or standing as a
 * one-letter word between ASCII words ("popolare 챔 il" is "popolare è il"). On such a line the
 * "?" are read as Python's stand-ins, like U+FFFD (lost-lead.ts `wholeCharacterSlotAt`):
 * three between words a quote or dash, two inside a word a letter, chosen by place and
 * words and marked a guess; each repair is still judged by its plausibility gain.
 * A line with no such proof (Cyrillic read as pairs has no ASCII letter beside them) shows
 * it by two rows of "??" splitting words ("極??逵勻棘": questions end words), and any
 * line by what proves a line of ASCII alone (question-marks-only.ts: "don???t").
 * Before → after (Python euc_kr, "?"): "Ket채채n ei ???saa pakottaa??? liittym채채n" →
 * "Ketään ei “saa pakottaa” liittymään".
 */
import type { ByteRun } from "./byte-run.js";
import { knownCharacterOf } from "./known-character.js";
import { wordsOfTwoByteAlphabet } from "./python-stand-in-runs.js";
import { showsBrowserLoneQuestionMark } from "./browser-question-marks.js";
import { showsQuestionMarksLost } from "./question-marks-only.js";

/** What the decoder loses whole: Python's strict decoders lose punctuation as three stand-ins (lost-lead.ts). */
export interface StrictStandInLosses {
  punctuation: readonly (readonly string[])[];
}

/** A letter of an alphabet (two-byte UTF-8 holds no CJK: Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic…). */
const LETTER = /^\p{L}$/u;
const isAsciiLetter = (b: number | undefined) => b !== undefined && ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a));
/** Guillemets glued to a word prove it as well as a letter ("짬Enhver" is "«Enhver": C2 AB, a syllable no one writes). */
const GUILLEMETS = "«»";
/** Bytes 80–A0 never start a character Python's strict decoders make (the browsers' pass the C1 controls through). */
const BROWSER_ONLY_LAST = 0xa0;
/** The "?" byte. */
const QUESTION = 0x3f;

const proven = new WeakMap<ByteRun, boolean>();

/**
 * Whether the run's "?" stand for bytes Python's strict decoder lost: the decoder loses
 * punctuation as three stand-ins, the run holds no U+FFFD (then those are the stand-ins)
 * and no character starting with a byte 80–A0 (the browsers' decoders leave those),
 * holds a "?" beside a letter or another "?", and shows a two-byte letter read as one of
 * the decoder's characters beside an ASCII letter or as a word between ASCII words (the
 * lossless proof of the mistake).
 */
export function pythonQuestionMarksShown(run: ByteRun, losses: StrictStandInLosses): boolean {
  if ((losses.punctuation[3]?.length ?? 0) === 0) return false;
  let known = proven.get(run);
  if (known !== undefined) return known;
  known = false;
  // A lone "?" glued inside a word is a browser's stand-in, never Python's (browser-question-marks.ts).
  if (showsBrowserLoneQuestionMark(run)) {
    proven.set(run, false);
    return false;
  }
  const { bytes, charByte, marker } = run;
  const chars = charByte.length - 1;
  let proof = false;
  let glued = false;
  for (let k = 0; k < chars; k++) {
    const at = charByte[k]!;
    const width = charByte[k + 1]! - at;
    // A U+FFFD (then those are the stand-ins), or a character whose first byte is 80–A0: the
    // browsers' C1 pass-through and Hong Kong pairs (their Big5), never Python's.
    if (marker[k] || (bytes[at]! >= 0x80 && bytes[at]! <= BROWSER_ONLY_LAST)) {
      proven.set(run, false);
      return false;
    }
    if (width === 1 && bytes[at] === QUESTION) {
      // A "?" glued to a letter or to another "?" (a real one ends a sentence before a space).
      const before = at > 0 ? bytes[at - 1] : undefined;
      const after = at + 1 < bytes.length ? bytes[at + 1] : undefined;
      if (before === QUESTION || isAsciiLetter(after) || (after !== undefined && after > BROWSER_ONLY_LAST)) glued = true;
      continue;
    }
    if (proof || width !== 2) continue;
    const ch = knownCharacterOf(bytes.subarray(at, at + 2));
    if (ch === undefined || !(LETTER.test(ch) || GUILLEMETS.includes(ch))) continue;
    if (isAsciiLetter(at > 0 ? bytes[at - 1] : undefined) || isAsciiLetter(bytes[at + 2]) || oneLetterWordBetweenAsciiWords(bytes, at)) proof = true;
  }
  known = (proof && glued) || rowsInsideWords(run) >= MIN_ROWS_INSIDE_WORDS || lostAsInAsciiLine(run) || (wordsOfTwoByteAlphabet(run) && evenRowsBesideLetters(run) >= MIN_ROWS_INSIDE_WORDS);
  proven.set(run, known);
  return known;
}

/** The space byte. */
const SPACE = 0x20;

/**
 * Whether the pair at `at` stands as a word of its own between two words of ASCII letters,
 * as the Italian and French one-letter words do ("popolare 챔 il" is "popolare è il":
 * C3 A8 is "챔" to EUC-KR) — as telling as a letter glued to one.
 */
function oneLetterWordBetweenAsciiWords(bytes: Uint8Array, at: number): boolean {
  return at >= 2 && bytes[at - 1] === SPACE && bytes[at + 2] === SPACE && isAsciiLetter(bytes[at - 2]) && isAsciiLetter(bytes[at + 3]);
}

/**
 * Whether the run shows what question-marks-only.ts takes for proof on a line of ASCII:
 * a row of exactly three "?" between two ASCII letters ("don???t", a character of three
 * bytes lost inside a word, which no question writes), or a word or words quoted by
 * two such rows ("???feel???"). Asked of the run's ASCII characters only (the bytes of
 * a pair, a Big5 trail 40–7E, are no letters).
 */
function lostAsInAsciiLine(run: ByteRun): boolean {
  const { bytes, charByte, marker } = run;
  let ascii = "";
  for (let k = 0; k + 1 < charByte.length; k++) {
    const at = charByte[k]!;
    ascii += charByte[k + 1]! - at === 1 && !marker[k] ? String.fromCharCode(bytes[at]!) : NOT_ASCII;
  }
  return showsQuestionMarksLost(ascii);
}

/** What stands for a character beyond ASCII (or a U+FFFD) when the run is read as ASCII. */
const NOT_ASCII = "\u0080";

/** Rows of "??" or "????" inside words, at least, that prove the "?" without a lossless proof (a line of Cyrillic read as pairs has no ASCII letter to show one beside). */
const MIN_ROWS_INSIDE_WORDS = 2;

/**
 * In a line of a two-byte alphabet read as the decoder's pairs (python-stand-in-runs.ts
 * `wordsOfTwoByteAlphabet`: the pairs are the lossless proof), the rows of "?" that touch
 * a letter, when every row of "?" is of even length (letters of two stand-ins: "??勻棘??"
 * is "своє"); 0 when some row is odd (a real question mark, or a quote lost as three).
 * Example: "赳 剋??閨剋?? ??勻棘?? ??逵閨棘????." (Russian, euc_kr) → 5.
 */
function evenRowsBesideLetters(run: ByteRun): number {
  const { rows, letterAt } = rowsOfQuestionMarks(run);
  if (rows.some(([start, end]) => (end - start) % 2 === 1)) return 0;
  return rows.filter(([start, end]) => letterAt(start - 1) || letterAt(end)).length;
}

/**
 * Rows of two or four "?" between two letters: ASCII ones, or two-byte letters read as
 * one of the decoder's characters ("極??逵" is "п◆◆а"). Questions end words; they do
 * not split them ("To??i", "пр??ва").
 */
function rowsInsideWords(run: ByteRun): number {
  const { rows, letterAt } = rowsOfQuestionMarks(run);
  return rows.filter(([start, end]) => (end - start === 2 || end - start === 4) && letterAt(start - 1) && letterAt(end)).length;
}

/**
 * The rows of "?" of a run, as [first, past-the-last) character indexes, and whether the
 * character at an index is a letter: ASCII, or a pair that is a two-byte letter of an
 * alphabet in UTF-8.
 */
function rowsOfQuestionMarks(run: ByteRun): { rows: [number, number][]; letterAt: (k: number) => boolean } {
  const { bytes, charByte } = run;
  const chars = charByte.length - 1;
  const letterAt = (k: number) => {
    if (k < 0 || k >= chars) return false;
    const at = charByte[k]!;
    const width = charByte[k + 1]! - at;
    if (width === 1) return isAsciiLetter(bytes[at]);
    const ch = width === 2 ? knownCharacterOf(bytes.subarray(at, at + 2)) : undefined;
    return ch !== undefined && LETTER.test(ch);
  };
  const isQuestion = (k: number) => k < chars && charByte[k + 1] === charByte[k]! + 1 && bytes[charByte[k]!] === QUESTION;
  const rows: [number, number][] = [];
  for (let k = 0; k < chars; ) {
    if (!isQuestion(k)) {
      k++;
      continue;
    }
    let end = k;
    while (end < chars && isQuestion(end)) end++;
    rows.push([k, end]);
    k = end;
  }
  return { rows, letterAt };
}
