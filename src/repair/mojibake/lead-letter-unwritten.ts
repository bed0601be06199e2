/**
 * A lone lead letter, its continuation byte dropped, that the line's language does not
 * write. On a line where a sure repair proves UTF-8 read as a single-byte code page, a
 * letter such as "Ä" (C4) or "Ã" (C3) standing before plain letters is the lead of a
 * letter whose second byte the decoder dropped (Slovak "činov" = C4 8D… under
 * ISO-8859-15 is "Äinov"; Faroese "Øll" = C3 98… is "Ãll"). The general letter model
 * finds such words no worse than the restored ones ("Äinov" reads like German, "Ãll"
 * like Portuguese), so the restoration never gains enough there; but the line's own
 * language never writes the lead letter, and under its letter model the restored word
 * reads far better. So where the language's letter model gives the lead (case folded)
 * more than WRITTEN_LETTER_MAX_BITS — a letter it never saw — the restoration is judged
 * under that language, paying LOST_BYTE_PRIOR_BITS as any guess does — only where the
 * same lead starts another span of the line (the line shows it as a lead elsewhere: a
 * German "Ärzte" or a Swedish "Åsa" written right among broken Slovak words stays). A guess.
 * Example (Slovak, ISO-8859-15, C1 bytes dropped, beside "dopÃºÅ¡Å¥aÅ¥" →
 * "dopúšťať"): "sa Äinov, ktorÃ©" → "sa činov, ktoré".
 */
import { languageTextCost, letterOwnBits } from "../../plausibility/language-bigrams.js";
import { WRITTEN_LETTER_MAX_BITS } from "./language-letter-pool.js";
import { LOST_BYTE_PRIOR_BITS, contextWindow } from "./candidate.js";
import type { Utf8Span } from "./utf8-spans.js";

const LETTER = /^\p{L}$/u;

/**
 * The gain of restoring the lone lead at [at, at + length) of `context` as `after`,
 * judged under `language` (the line's), or undefined when the rule does not apply: the
 * span is one letter whose one continuation byte was dropped, before a letter, and
 * `language` does not write it.
 */
export function unwrittenLeadGain(span: Utf8Span, after: string, context: string, at: number, length: number, language: string): number | undefined {
  if (span.pieces.length !== 1 || span.slots !== 1) return undefined;
  const slot = span.pieces[0]!;
  if (typeof slot === "string" || slot.lostLead || slot.standIn !== "dropped" || slot.survivors.length !== 1) return undefined;
  const lead = context.slice(at, at + length);
  if (!LETTER.test(lead) || !LETTER.test(after) || !LETTER.test(context[at + length] ?? "")) return undefined;
  if (letterOwnBits(language, lead.toLowerCase()) <= WRITTEN_LETTER_MAX_BITS) return undefined;
  const [ws, we] = contextWindow(context, at, at + length);
  const before = languageTextCost(context.slice(ws, we), language);
  const restored = languageTextCost(context.slice(ws, at) + after + context.slice(at + length, we), language);
  if (before === undefined || restored === undefined) return undefined;
  return before - restored - LOST_BYTE_PRIOR_BITS;
}

/** Whether the lead character at `start` of `line` also starts another span found there. */
export function leadStartsAnotherSpan(line: string, found: readonly { start: number }[], start: number): boolean {
  return found.some((f) => f.start !== start && line[f.start] === line[start]);
}
