/**
 * A line whose only damage is runs of U+FFFD, as Python's strict double-byte decoders
 * leave them (`bytes.decode("euc_kr", errors="replace")`: one U+FFFD per byte they cannot
 * pair, C1 controls not kept). Pure Latin text then shows nothing but the stand-ins: a
 * quote or dash (E2 80 xx) becomes exactly three, a letter whose continuation is 80–A0
 * ("à" C3 A0) exactly two, an emoji four. No other character tells which decoder it was,
 * so none of the screens in wrong-decoders.ts lets a double-byte decoder try the line;
 * this does, for one decoder with Python's strict rule (EUC-KR: its losses of lead and
 * continuation bytes 80–BF are those of Python's Big5 and EUC-JP too), and only when a
 * run of exactly three stand-ins, the mark of lost punctuation, is there. Its
 * restorations are guesses, chosen by position and words like any other lost slot.
 * Example: "���Ogni persona ha diritto alla comunit�� e soltanto���" →
 * "“Ogni persona ha diritto alla comunità e soltanto”".
 */
import { DOUBLE_BYTE_DECODERS, WRONG_DECODER_NAMES } from "./wrong-decoders.js";

/** The decoder standing for Python's strict Big5, EUC-KR and EUC-JP (see above). */
const STRICT_STAND_IN_DECODER = "euc-kr";

/** Nothing but ASCII and U+FFFD. */
const ASCII_AND_STAND_INS = /^[\x00-\x7f\ufffd]*$/;

/** Exactly three U+FFFD in a row: general punctuation (E2 80 xx) lost byte by byte. */
const THREE_STAND_INS = /(?<!\ufffd)\ufffd{3}(?!\ufffd)/;

/** Whether the line's only damage is stand-in runs, one of them of exactly three: its characters lost whole need no other company. */
export function isStandInRunsOnly(line: string): boolean {
  return line.includes("\ufffd") && ASCII_AND_STAND_INS.test(line) && THREE_STAND_INS.test(line);
}

/** The mask bit of the decoder to try on a line whose only damage is stand-in runs, else 0. */
export function standInRunsOnlyMask(line: string): number {
  if (!isStandInRunsOnly(line)) return 0;
  return DOUBLE_BYTE_DECODERS & (1 << WRONG_DECODER_NAMES.indexOf(STRICT_STAND_IN_DECODER));
}
