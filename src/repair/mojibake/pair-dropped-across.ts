/**
 * A pair lost across two characters with nothing left in its place: the last byte of one
 * UTF-8 sequence and the lead of the next, which a double-byte decoder read as one pair
 * that is no character (lost-pair-across.ts), its U+FFFD then removed. What survives is
 * the first lead and the second's continuation bytes side by side, and they are a
 * well-formed sequence of their own — mostly of a letter no language writes: Greek "χε"
 * (CF 87 CE B5) read as Shift_JIS is ﾏ◆ｵ, and without the ◆ "ﾏｵ" = CF B5 = "ϵ" (the
 * lunate epsilon); Russian "сн" (D1 81 D0 BD) becomes "ѽ". Where such a sequence reads as
 * a letter that no language of its script shows (share 0 in the letter models) and the
 * decoder loses pairs across, it is read as the two slots instead, and the words around
 * choose both letters (utf8-read-as.ts), each a guess.
 * Before → after (Shift_JIS, U+FFFD dropped): "ἔﾏｵι" → "ἔχει" (was "ἔϵι").
 */
import { letterShareInScript } from "../../plausibility/language-bigrams.js";
import { knownCharacterOf } from "./known-character.js";
import { scriptOf } from "./span-guards.js";
import { type PairLosingDecoder, leadLostAcrossSlot } from "./lost-pair-across.js";
import type { LostSlot } from "./utf8-spans.js";

const LETTER = /^\p{L}$/u;

/** For a capital, the share of its small letter ("İ" → "i̇" → "i"); 0 for a small letter ("ϵ" is no "Ε") or none. */
function otherCaseShare(ch: string): number {
  if (ch === ch.toLowerCase()) return 0;
  const first = [...ch.toLowerCase()][0];
  return first === undefined || first === ch ? 0 : letterShareInScript(first);
}

/** What the lead can make with each last byte the decoder loses across, per decoder and lead (the same list each time: leadLostAcrossSlot remembers by it). */
const firstByLead = new WeakMap<PairLosingDecoder, Map<number, string[]>>();

function firstCandidates(decoder: PairLosingDecoder, table: ReadonlyMap<number, readonly number[]>, lead: number): string[] {
  let byLead = firstByLead.get(decoder);
  if (!byLead) firstByLead.set(decoder, (byLead = new Map()));
  let first = byLead.get(lead);
  if (!first) {
    first = [];
    for (const last of table.keys()) {
      const c = knownCharacterOf(Uint8Array.of(lead, last));
      if (c !== undefined) first.push(c);
    }
    byLead.set(lead, first);
  }
  return first;
}

/**
 * At a two-byte sequence `bytes[p]`, `bytes[p + 1]` that decodes to `ch`, after the
 * letter `before` restored or decoded in the same span: the two slots
 * of the pair-lost-across reading, and where they end; undefined when `ch` is a letter
 * some language uses, or no such reading exists.
 */
export function droppedPairAcrossSlots(bytes: Uint8Array, p: number, ch: string, before: string | undefined, decoder: PairLosingDecoder, isMarkerAt: (b: number) => boolean): { first: LostSlot; second: LostSlot; end: number } | undefined {
  const table = decoder.pairsLostAcross;
  // (Nor a capital of a small letter they write: "İ", "Ý".)
  if (!table || !LETTER.test(ch) || letterShareInScript(ch) > 0 || otherCaseShare(ch) > 0) return undefined;
  // Inside a word, of the letter's own script ("ἔ" before "ϵ"; not "ѭ" after Armenian letters).
  // (Or where a word starts: "ﾏｽｸ" is "τὸ", not "Ͻ" and junk.)
  if (before !== undefined && LETTER.test(before) && scriptOf(before) !== scriptOf(ch)) return undefined;
  const lead = bytes[p]!;
  const first = firstCandidates(decoder, table, lead);
  const across = leadLostAcrossSlot(bytes, p + 1, first, decoder, isMarkerAt);
  if (!across) return undefined;
  return { first: { candidates: across.first, standIn: "dropped", survivors: [lead] }, second: across.second, end: across.end };
}
