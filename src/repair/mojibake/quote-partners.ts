/**
 * A restored opening quote matched to the closing quote it pairs with, once the whole line
 * is restored. Each lost slot is chosen in line order, when the quotes after it may still
 * be lost too (read as nothing): "β€?Kul β€?għandu’ l-jedd”" (Windows-1253, "?" for the
 * lost bytes) looks, from the first slot, as if "għandu’" closed it, so it became ‘. With
 * the line restored, the ’ closes the inner ‘għandu’ and the ” is the partner: the opener
 * is “ — when the slot could be that quote (its byte is one the decoder loses).
 * Before → after: "‘Kulħadd ‘għandu’ l-jedd”" → "“Kulħadd ‘għandu’ l-jedd”".
 */
import { type Repair, applyRepairs } from "./candidate.js";
import { nextCloser } from "./typography.js";
import type { Utf8Span } from "./utf8-spans.js";

/** The opening quote each kind of closer pairs with. */
const OPENER_FOR_CLOSER = { single: "\u2018", double: "\u201c", low: "\u201e" } as const;

const OPENERS = new Set(Object.values(OPENER_FOR_CLOSER));

/** Where an opening quote stands: at the start of the line, after a space or another opener. */
const OPENER_BEFORE = /^$|[\s(\[{«„‚“‘]$/u;

/** The repairs, each restored opening quote replaced by the partner of the quote that closes it. */
export function pairRestoredOpeners(line: string, repairs: readonly Repair[], spans: ReadonlyMap<Repair, Utf8Span>): Repair[] {
  if (spans.size === 0) return [...repairs];
  const out = [...repairs];
  for (let n = 0; n < out.length; n++) {
    const repair = out[n]!;
    const span = spans.get(repair);
    if (!span) continue;
    const text = applyRepairs(line, out);
    let at = repair.start;
    for (const r of out) if (r.end <= repair.start) at += r.after.length - (r.end - r.start);
    const after = pairedOpeners(repair.after, span, text.slice(0, at), text.slice(at + repair.after.length));
    if (after !== repair.after) out[n] = { ...repair, after };
  }
  return out;
}

/**
 * The span's restored text with each opening quote restored from a lost slot made the
 * partner of its closer. Slots are followed while each restored one character: the pieces
 * before and after it must be where they are in `after`.
 */
function pairedOpeners(after: string, span: Utf8Span, before: string, following: string): string {
  let result = after;
  let k = 0;
  for (const piece of span.pieces) {
    if (typeof piece === "string") {
      if (!result.startsWith(piece, k)) break;
      k += piece.length;
      continue;
    }
    const restored = result[k];
    if (restored !== undefined && OPENERS.has(restored as never) && OPENER_BEFORE.test(before + result.slice(0, k))) {
      const closer = nextCloser(result.slice(k + 1) + following);
      const wanted = closer === undefined ? undefined : OPENER_FOR_CLOSER[closer];
      if (wanted !== undefined && wanted !== restored && piece.candidates.includes(wanted)) result = result.slice(0, k) + wanted + result.slice(k + 1);
    }
    k += 1;
  }
  return result;
}
