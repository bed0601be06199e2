/**
 * A line whose only damage is runs of U+FFFD, as Python's strict double-byte decoders
 * leave them (`bytes.decode("euc_kr", errors="replace")`: one U+FFFD per byte they cannot
 * pair, C1 controls not kept). Pure Latin text then shows nothing but the stand-ins: a
 * quote or dash (E2 80 xx) becomes exactly three, a letter whose continuation is 80–A0
 * ("à" C3 A0) exactly two, an emoji four. No other character tells which decoder it was,
 * so none of the screens in wrong-decoders.ts lets a double-byte decoder try the line;
 * this does, for one decoder with Python's strict rule (EUC-KR: its losses of lead and
 * continuation bytes 80–BF are those of Python's Big5 and EUC-JP too), and only when a
 * run of exactly three stand-ins, the mark of lost punctuation, is there (or rows of two
 * splitting words: python-stand-in-runs.ts `showsPythonLetterRows`). Its
 * restorations are guesses, chosen by position and words like any other lost slot.
 * Example: "���Ogni persona ha diritto alla comunit�� e soltanto���" →
 * "“Ogni persona ha diritto alla comunità e soltanto”".
 */
import type { ByteRun } from "./byte-run.js";
import { DOUBLE_BYTE_DECODERS, WRONG_DECODER_NAMES } from "./wrong-decoders.js";
import { showsPythonLetterRows } from "./python-stand-in-runs.js";
import { withoutPairsAcross } from "./python-punctuation-across-pair.js";

/** The decoder standing for Python's strict Big5, EUC-KR and EUC-JP (see above). */
export const STRICT_STAND_IN_DECODER = "euc-kr";

/** Nothing but ASCII and U+FFFD. */
const ASCII_AND_STAND_INS = /^[\x00-\x7f\ufffd]*$/;

/** Exactly three U+FFFD in a row: general punctuation (E2 80 xx) lost byte by byte. */
const THREE_STAND_INS = /(?<!\ufffd)\ufffd{3}(?!\ufffd)/;

/** Whether the line's only damage is stand-in runs, one of them of exactly three: its characters lost whole need no other company. */
export function isStandInRunsOnly(line: string): boolean {
  return line.includes("\ufffd") && ASCII_AND_STAND_INS.test(withoutPairsAcross(line)) && (THREE_STAND_INS.test(line) || showsPythonLetterRows(line));
}

/** The mask bit of the decoder to try on a line whose only damage is stand-in runs, else 0. */
export function standInRunsOnlyMask(line: string): number {
  if (!isStandInRunsOnly(line)) return 0;
  return DOUBLE_BYTE_DECODERS & (1 << WRONG_DECODER_NAMES.indexOf(STRICT_STAND_IN_DECODER));
}

/**
 * Whether the run shows Python's one-U+FFFD-per-byte: a row of exactly three U+FFFD
 * (a quote or dash lost byte by byte), and nothing Python's strict decoders never leave:
 * a lone U+FFFD starting a word before more of it (the browsers' Big5 opening quote that
 * took the letter after it, "‘como’" → "◆\ue967omo◆◆"), a C1 control or a character
 * whose lead is 80–A0 (the browsers' C1 pass-through and Hong Kong pairs). There two
 * U+FFFD are a two-byte letter ("libert◆◆" → "libertà"), not the browsers' Big5 quote.
 */
export function showsPythonStandIns(run: ByteRun): boolean {
  const { marker, bytes, charByte } = run;
  let three = false;
  let length = 0;
  for (let k = 0; k <= marker.length; k++) {
    if (k < marker.length && marker[k]) {
      length++;
      continue;
    }
    const lead = bytes[charByte[k]!];
    if (lead !== undefined && lead >= 0x80 && lead <= 0xa0) return false;
    if (length === 3) three = true;
    if (length === 1) {
      const start = charByte[k - 1]!;
      if ((start === 0 || bytes[start - 1] === 0x20) && lead !== undefined && lead !== 0x20) return false;
    }
    length = 0;
  }
  return three;
}
