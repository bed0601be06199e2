/**
 * A stretch of text re-encoded with the encoding it was wrongly decoded as: the
 * bytes the wrong decoder saw, and where each character's bytes start. Example:
 * "Kari艈拧" through GBK → 4B 61 72 69 C5 86 C5 A1, characters at bytes 0,1,2,3,4,6.
 * U+FFFD and "?" (what lossy decoders leave for bytes they could not map) stay in the
 * run as markers: a lost byte may be restored in their place.
 */
import type { WrongDecoder } from "./wrong-decoders.js";
import { isStandInRunsOnly } from "./stand-in-runs-only.js";
import { isQuestionMarksOnly } from "./question-marks-only.js";
import { losesThreeByteLeads } from "./python-lost-lead.js";

export const REPLACEMENT = 0xfffd;
export const QUESTION_MARK = 0x3f;

export interface ByteRun {
  /** UTF-16 offset in the text of the run's first character. */
  start: number;
  /** UTF-16 offset just past the run. */
  end: number;
  bytes: Uint8Array;
  /** For each character: its first byte's index; one extra entry = bytes.length. */
  charByte: number[];
  /** For each character: its UTF-16 offset in the text; one extra entry = end. */
  charOffset: number[];
  /** For each character: true when it is a U+FFFD marker (no bytes of its own; one placeholder byte 0x3F). */
  marker: boolean[];
  /** True when some character maps to a UTF-8 lead byte (C2–F4), or may stand for a lost one: worth a look. */
  suspicious: boolean;
  /** False when the run ends at a character the decoder cannot have made (not at the end of the text). */
  endsText?: boolean;
}

/**
 * Split `text[from, to)` into maximal runs of characters the decoder could have
 * produced. Characters it could not produce end a run.
 */
export function byteRuns(text: string, decoder: WrongDecoder, from = 0, to = text.length): ByteRun[] {
  const runs: ByteRun[] = [];
  let bytes: number[] = [];
  let charByte: number[] = [];
  let charOffset: number[] = [];
  let marker: boolean[] = [];
  let suspicious = false;
  let standInsOnly: boolean | undefined;
  let questionsOnly: boolean | undefined;
  let start = from;
  const flush = (end: number) => {
    if (suspicious && charByte.length > 0) {
      charByte.push(bytes.length);
      charOffset.push(end);
      runs.push({ start, end, bytes: Uint8Array.from(bytes), charByte, charOffset, marker, suspicious, endsText: end === to });
    }
    bytes = [];
    charByte = [];
    charOffset = [];
    marker = [];
    suspicious = false;
  };
  let i = from;
  while (i < to) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (charByte.length === 0) start = i;
    if (cp === REPLACEMENT) {
      charByte.push(bytes.length);
      charOffset.push(i);
      marker.push(true);
      bytes.push(QUESTION_MARK);
      if (decoder.lostLeads.length > 0 || losesThreeByteLeads(decoder)) suspicious = true; // it may stand for a lost lead byte (python-lost-lead.ts)
      else if (decoder.doubleByte && (standInsOnly ??= isStandInRunsOnly(text))) suspicious = true; // bytes lost whole (stand-in-runs-only.ts)
    } else {
      const code = cp < 0x80 ? cp : decoder.bytesOf(cp);
      if (code === undefined) {
        flush(i);
        i += width;
        continue;
      }
      charByte.push(bytes.length);
      charOffset.push(i);
      marker.push(false);
      if (code > 0xff) {
        const lead = code >> 8;
        const trail = code & 0xff;
        bytes.push(lead, trail);
        if ((lead >= 0xc2 && lead <= 0xf4) || (trail >= 0xc2 && trail <= 0xf4)) suspicious = true;
        // A pair led by the last byte of a quote whose first two the decoder lost (lost-lead.ts).
        else if (decoder.punctuationAfterLostPair?.has(lead)) suspicious = true;
      } else {
        bytes.push(code);
        if ((code >= 0xc2 && code <= 0xf4) || (code === QUESTION_MARK && (decoder.lostLeads.length > 0 || losesThreeByteLeads(decoder)))) suspicious = true;
        // Python's "?" for bytes lost whole, on a line of ASCII that shows them inside a word (question-marks-only.ts).
        else if (code === QUESTION_MARK && decoder.doubleByte && (questionsOnly ??= isQuestionMarksOnly(text))) suspicious = true;
        // A lone continuation byte where the decoder loses leads alone (lost-lead.ts).
        else if (code >= 0x80 && code <= 0xbf && decoder.leadLostBefore) suspicious = true;
      }
    }
    i += width;
  }
  flush(to);
  return runs;
}
