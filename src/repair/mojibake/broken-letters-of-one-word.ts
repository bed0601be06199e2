/**
 * Two or more letters of one word that each lost a byte, judged together. Spans turned
 * down are read again beside the line's repairs one by one (rejudged-beside-repairs.ts);
 * but a word with two broken letters reads as junk whichever one is restored alone, so
 * neither is ever believed: Romanian "Părinții" read as ISO-8859-2 with its C1 bytes
 * dropped is "PÄrinČii" ("ă" C4 83, "ț" C8 9B), and "PărinČii" or "PÄrinții" reads no
 * better than it. Restored together, the word reads as a word. Only on a line whose
 * repairs already claim the mistake (the caller's), only spans inside one word (letters
 * and marks between them, nothing else), and the word pays LOST_BYTE_PRIOR_BITS for
 * every lost byte, as each span alone would. A guess.
 * Before → after (Romanian, ISO-8859-2, C1 bytes dropped, beside "ĂŽn" → "în"):
 * "PÄrinČii au dreptul" → "Părinții au dreptul".
 */
import { LOST_BYTE_PRIOR_BITS, type Repair, applyRepairs, plausibilityGain } from "./candidate.js";
import type { SpanReader, TurnedDown } from "./rejudged-beside-repairs.js";
import { NO_OPEN_QUOTES, quotesOpenAfter } from "./typography.js";

/** What may stand between two broken letters of one word: letters and marks only. */
const INSIDE_WORD = /^[\p{L}\p{M}]*$/u;

/**
 * Repairs of the `turnedDown` spans (in line order) that share a word, made together
 * where the word reads better so beside `repairs` (the line's repairs, non-empty).
 * `prior` is what each span pays besides its lost bytes.
 */
export function brokenLettersOfOneWord(line: string, repairs: readonly Repair[], turnedDown: readonly TurnedDown[], readSpan: SpanReader, prior: number, encodingPair: Repair["encodingPair"]): Repair[] {
  const out: Repair[] = [];
  if (repairs.length === 0) return out;
  const free = turnedDown.filter(({ start, end }) => !repairs.some((r) => r.start < end && start < r.end));
  for (let i = 0; i < free.length; ) {
    let j = i + 1;
    while (j < free.length && free[j]!.start >= free[j - 1]!.end && INSIDE_WORD.test(line.slice(free[j - 1]!.end, free[j]!.start))) j++;
    const group = free.slice(i, j);
    i = j;
    if (group.length < 2) continue;
    const done = [...repairs, ...out].sort((a, b) => a.start - b.start);
    let context = applyRepairs(line, done);
    let shift = 0;
    for (const r of done) if (r.end <= group[0]!.start) shift += r.after.length - (r.end - r.start);
    const at = group[0]!.start + shift;
    const before = context.slice(at, at + (group[group.length - 1]!.end - group[0]!.start));
    // Each span read in turn, beside the ones of its word already restored.
    const made: Repair[] = [];
    let grown = 0;
    for (const { span, start, end } of group) {
      const spanAt = start + shift + grown;
      const after = readSpan(span, context, spanAt, end - start, quotesOpenAfter(context.slice(0, spanAt), NO_OPEN_QUOTES), context);
      if (after === undefined || after === line.slice(start, end)) break;
      made.push({ start, end, after, gain: 0, guess: true, encodingPair });
      context = context.slice(0, spanAt) + after + context.slice(spanAt + (end - start));
      grown += after.length - (end - start);
    }
    if (made.length !== group.length) continue;
    const restored = context.slice(at, at + before.length + grown);
    const original = applyRepairs(line, done);
    const slots = group.reduce((n, { span }) => n + span.slots, 0);
    const gain = plausibilityGain(original, at, at + before.length, restored) - prior * group.length - slots * LOST_BYTE_PRIOR_BITS;
    if (gain <= 0) continue;
    for (const r of made) out.push({ ...r, gain: gain / made.length });
  }
  return out;
}
