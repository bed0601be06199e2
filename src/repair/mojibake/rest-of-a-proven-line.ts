/**
 * The rest of a line one single-byte decoder reads whole. When every character of the
 * line beyond ASCII lies in a span that decoder reads without loss, and most of those
 * spans are sure repairs into one script, the others that read as letters of that same
 * script are believed too, whatever their own gain: a one-letter word between Latin
 * words costs more, letter for letter, than the dash and symbol it hides (MacRoman
 * shows Cyrillic "и" as "–∏", as cheap as punctuation). Correct text beside mojibake
 * keeps its own characters out of the decoder's spans, so such a line has none.
 * Example: "–û–Ω–æ —Ä–∞–±–æ—Ç–∞–µ—Ç —Å Evolution –∏ California." →
 * "Оно работает с Evolution и California."
 */
import { charClass, scriptGroup } from "../../plausibility/char-class.js";
import type { Repair } from "./candidate.js";

/** A gain that only carries the span along with the sure repairs: the line's own evidence is theirs. */
const CARRIED_GAIN_BITS = 0.5;
/** Sure repairs the line must show at least. */
const MIN_SURE = 2;

const LETTERS_AND_MARKS = /^[\p{L}\p{M}]+$/u;
const HAS_LETTER = /\p{L}/u;

/** The one script group of the letters of `text`, or undefined when none or several. */
function scriptOfLetters(text: string): number | undefined {
  let group: number | undefined;
  for (const ch of text) {
    const g = scriptGroup(charClass(ch.codePointAt(0)!));
    if (g < 0) continue;
    if (group !== undefined && g !== group) return undefined;
    group = g;
  }
  return group;
}

/** Whether every character beyond ASCII of `line` lies inside one of the spans. */
function nonAsciiAllInSpans(line: string, spans: readonly { start: number; end: number }[]): boolean {
  let k = 0;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  for (let i = 0; i < line.length; i++) {
    if (line.charCodeAt(i) < 0x80) continue;
    while (k < sorted.length && sorted[k]!.end <= i) k++;
    if (k >= sorted.length || sorted[k]!.start > i) return false;
  }
  return true;
}

/**
 * The lossless repairs of `line` not among `sure` that the rest of the line proves (see
 * above), with a carried gain; none when the line does not qualify. `lossless` are all
 * the spans the decoder read without loss (every span it found, when it found no lossy one).
 */
export function restOfAProvenLine(line: string, lossless: readonly Repair[], sure: readonly Repair[], everySpanLossless: boolean): Repair[] {
  if (!everySpanLossless || sure.length < MIN_SURE || sure.length * 2 < lossless.length || sure.length === lossless.length) return [];
  const script = scriptOfLetters(sure.map((r) => r.after).join(""));
  if (script === undefined || !sure.every((r) => HAS_LETTER.test(r.after))) return [];
  if (!nonAsciiAllInSpans(line, lossless)) return [];
  const taken = new Set(sure.map((r) => r.start));
  return lossless.filter((r) => !taken.has(r.start) && LETTERS_AND_MARKS.test(r.after) && scriptOfLetters(r.after) === script).map((r) => ({ ...r, gain: CARRIED_GAIN_BITS }));
}
