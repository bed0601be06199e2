/**
 * A line of ASCII alone that shows Python's "?" stand-ins for a character lost byte by
 * byte. Python's strict double-byte decoders (`bytes.decode("euc_kr", errors="replace")`
 * and the "?" of an encode back, or errors="replace" on the way to a legacy file) lose a
 * quote or dash (E2 80 xx) as three stand-ins, and in English text nothing else shows.
 * Clean text writes "???" after a word ("Really???"), never inside one ("don???t") nor
 * before one ("???feel???"): those rows are the proof stand-in-runs-only.ts finds in
 * "don���t". The line is then read with the same decoder, and every "?" of it judged by
 * python-question-marks.ts and lost-lead.ts like the U+FFFD it stands for. A line with
 * no such row never reaches the search: "Really??? Yes", "x ?? y", "What??? ???", and
 * rows of two inside words ("ab??cd ef??gh"): a letter lost whole needs the line's
 * language to be chosen, and English words alone do not tell it ("R??da" is Latvian "Rāda").
 * Before → after: "Keyboards don???t have specific compose keys." →
 * "Keyboards don’t have specific compose keys."
 */
import { DOUBLE_BYTE_DECODERS, WRONG_DECODER_NAMES } from "./wrong-decoders.js";
import { STRICT_STAND_IN_DECODER } from "./stand-in-runs-only.js";

/** Exactly three "?" between two ASCII letters: a three-byte character lost inside a word ("don???t"). */
const THREE_IN_WORD = /[A-Za-z]\?{3}[A-Za-z]/;

/**
 * A word or words quoted by rows of exactly three "?": one opening a word after a space
 * (or a bracket, or the line's start), the next closing one ("the ???feel??? between",
 * “feel”). Clean text puts no question marks before a word.
 */
const QUOTED_BY_THREE = /(?:^|[\s(\[])\?{3}[A-Za-z][^?]*[A-Za-z.!,]\?{3}(?![A-Za-z?])/;

/** Nothing beyond ASCII. */
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** Whether ASCII text shows Python's "?" for a character lost byte by byte: three inside a word, or three on each side of quoted words. */
export function showsQuestionMarksLost(text: string): boolean {
  return text.includes("???") && (THREE_IN_WORD.test(text) || QUOTED_BY_THREE.test(text));
}

/** Whether `line` is ASCII only and shows Python's three "?" so. */
export function isQuestionMarksOnly(line: string): boolean {
  return showsQuestionMarksLost(line) && ASCII_ONLY.test(line);
}

/** The mask bit of the decoder to try on such a line, else 0. */
export function questionMarksOnlyMask(line: string): number {
  if (!isQuestionMarksOnly(line)) return 0;
  return DOUBLE_BYTE_DECODERS & (1 << WRONG_DECODER_NAMES.indexOf(STRICT_STAND_IN_DECODER));
}
