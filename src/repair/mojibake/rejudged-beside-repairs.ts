/**
 * Spans with lost bytes that were turned down on a line, judged once more beside the
 * line's repairs. Each span is first judged in the line as it stands, its neighbours
 * still broken: a word with two broken letters reads as junk whichever one is restored
 * alone ("deÄiÅtirmek": "değiÅtirmek" reads no better than the input, so "Ä" is kept;
 * then "Å" alone is restored). Once the line holds repairs, a span turned down is read
 * again beside them, and — since a repair on the line already claimed the mistake — pays
 * for its guesses only. Before → after (Turkish read as ISO-8859-15, the C1 bytes 9F
 * dropped): "kanaatini deÄiÅtirmek" → "kanaatini değiştirmek" (not "deÄiştirmek").
 * A line with no repair is never touched here: clean text stays as it is; nor is a line
 * with a character the decoder cannot have made (Windows-1250's "–" is no ISO-8859-2
 * byte: the line was read with another decoder, whose repairs this one would spoil).
 */
import { LOST_BYTE_PRIOR_BITS, type Repair, applyRepairs, plausibilityGain } from "./candidate.js";
import { NO_OPEN_QUOTES, type OpenQuotes, quotesOpenAfter } from "./typography.js";
import type { Utf8Span } from "./utf8-spans.js";
import type { WrongDecoder } from "./wrong-decoders.js";
import { DROPPED_LEAD_AGAINST_WORD_PRIOR_BITS, droppedLeadAgainstItsWord, leadAgainstItsWordRestores, markedLeadAgainstItsWord } from "./lone-lead-against-word.js";

/** Rounds of judging at most (each round reads every span still turned down once more). */
const MAX_ROUNDS = 3;

/** A span turned down, where it stood in the line. */
export interface TurnedDown {
  span: Utf8Span;
  start: number;
  end: number;
}

/** How a span's lost bytes are restored in a line (utf8-read-as.ts `spanText`). */
export type SpanReader = (span: Utf8Span, context: string, at: number, length: number, quotesOpenBefore: OpenQuotes, lineReading: string) => string | undefined;

/**
 * The repairs of `turnedDown` that read better beside `repairs` (the line's repairs so
 * far), each judged in line order beside those made before it. `prior` is what each pays
 * besides LOST_BYTE_PRIOR_BITS per lost byte.
 */
export function rejudgedBesideRepairs(line: string, repairs: readonly Repair[], turnedDown: readonly TurnedDown[], readSpan: SpanReader, prior: number, encodingPair: Repair["encodingPair"]): Repair[] {
  const out: Repair[] = [];
  if (repairs.length === 0) return out;
  // Round after round while one adds a repair: a span restored late can be what an earlier one needed.
  for (let round = 0, added = true; added && round < MAX_ROUNDS; round++) {
    added = false;
    for (const { span, start, end } of turnedDown) {
      const done = [...repairs, ...out].sort((a, b) => a.start - b.start);
      if (done.some((r) => r.start < end && start < r.end)) continue;
      const context = applyRepairs(line, done);
      let at = start;
      for (const r of done) if (r.end <= start) at += r.after.length - (r.end - r.start);
      const after = readSpan(span, context, at, end - start, quotesOpenAfter(context.slice(0, at), NO_OPEN_QUOTES), context);
      if (after === undefined || after === line.slice(start, end)) continue;
      const gain = plausibilityGain(context, at, at + (end - start), after) - prior - span.slots * LOST_BYTE_PRIOR_BITS;
      if (gain > 0) out.push({ start, end, after, gain, guess: true, encodingPair }), (added = true);
    }
  }
  return out;
}

/** Whether `decoder` can have made every character of `line` (U+FFFD stands for a lost byte). */
export function decoderMadeLine(line: string, decoder: WrongDecoder): boolean {
  for (const ch of line) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x80 && cp !== 0xfffd && decoder.bytesOf(cp) === undefined) return false;
  }
  return true;
}

/**
 * Lone broken letters that are each other's company. A lone lead byte and the marker
 * after it ("Ä?" where "ă" lost its 83; a marker is needed, a dropped byte leaves no
 * trace to go by) is believed only beside another repair on its
 * line; a line whose every broken letter lost a byte has none (Romanian under ISO-8859-2,
 * C1 bytes shown as "?": "Č?tiinČ?ificÄ?" is "științifică"). Each is judged alone,
 * paying the full `prior`; when at least LONE_LEADS_IN_COMPANY of them read better so,
 * they are kept (the caller judges the rest again beside them).
 */
export function loneLeadsInCompany(line: string, turnedDown: readonly TurnedDown[], readSpan: SpanReader, prior: number, encodingPair: Repair["encodingPair"]): Repair[] {
  // Only leads whose lost byte left a marker: a lead before a letter, with nothing lost
  // in sight, is everyday accented text ("Äpfel und Öl"), and reading each is dear.
  // (Unless its word rules the lead out, which makes it its own company: lone-lead-against-word.ts.)
  const marked = turnedDown.filter(({ span, start, end }) => span.pieces.some((p) => typeof p !== "string" && p.standIn === "marker") || droppedLeadAgainstItsWord(line, start, end));
  if (marked.length < LONE_LEADS_IN_COMPANY && !marked.some(({ start, end }) => markedLeadAgainstItsWord(line, start, end) || droppedLeadAgainstItsWord(line, start, end))) return [];
  const alone: Repair[] = [];
  let selfEvident = false;
  for (const { span, start, end } of marked) {
    const after = readSpan(span, line, start, end - start, quotesOpenAfter(line.slice(0, start), NO_OPEN_QUOTES), line);
    if (after === undefined || after === line.slice(start, end)) continue;
    const ownCompany = leadAgainstItsWordRestores(line, start, end, after);
    // (A dropped byte is read alone only where its word rules the lead out, and then pays what lone-lead-against-word.ts says.)
    const dropped = droppedLeadAgainstItsWord(line, start, end);
    if (dropped && !ownCompany) continue;
    const gain = plausibilityGain(line, start, end, after) - (dropped ? DROPPED_LEAD_AGAINST_WORD_PRIOR_BITS : prior) - span.slots * LOST_BYTE_PRIOR_BITS;
    if (gain > 0) alone.push({ start, end, after, gain, guess: true, encodingPair }), (selfEvident ||= ownCompany);
  }
  return alone.length >= LONE_LEADS_IN_COMPANY || selfEvident ? alone : [];
}

/**
 * Lone broken letters, each convincing alone, that prove a line's mistake together: two
 * (one could be a chance reading of a real letter and a real "?").
 */
const LONE_LEADS_IN_COMPANY = 2;
