/**
 * Punctuation whose last byte is A0–BF ("…" E2 80 A6, "•" E2 80 A2), lost the browsers'
 * Big5 way (lost-lead.ts: E2 80 as one U+FFFD, the last byte paired with the byte after
 * it) right before more general punctuation: the pair is then an everyday hanzi (A6 E2
 * "色"), so it is no telltale by itself, but the next punctuation's middle byte 80, left
 * alone right after it (Node's Big5 passes it through as U+0080), is. Only there is the
 * pair read back as the punctuation and the lead it swallowed; elsewhere A0–BF leads start
 * ordinary pairs. Before → after (Big5, "◆" for U+FFFD): "voilà◆色\x80◆" → "voilà……".
 */
import { utf8SequenceLength } from "../../detect/utf8.js";

/** General punctuation E2 80 xx: its lead and middle byte. */
const PUNCTUATION_LEAD = 0xe2;
const PUNCTUATION_MIDDLE = 0x80;

/** Per last byte A0–BF, the punctuation (of `candidates`) that the browser's decoder `name` loses so; undefined when none. */
export function punctuationBeforePunctuation(name: string, candidates: readonly string[]): ReadonlyMap<number, string> | undefined {
  const browser = new TextDecoder(name);
  const out = new Map<number, string>();
  for (const ch of candidates) {
    const bytes = Buffer.from(ch, "utf8");
    if (bytes.length !== 3 || bytes[0] !== PUNCTUATION_LEAD || bytes[1] !== PUNCTUATION_MIDDLE || bytes[2]! < 0xa0) continue;
    // The next punctuation's lead pairs with the last byte, its middle byte stays alone.
    const read = [...browser.decode(Uint8Array.of(...bytes, PUNCTUATION_LEAD, PUNCTUATION_MIDDLE, 0x99))];
    if (read[0] === "\ufffd" && read.length >= 3 && read[1] !== "\ufffd" && read[2] === "\u0080") out.set(bytes[2]!, ch);
  }
  return out.size > 0 ? out : undefined;
}

/** The punctuation whose last byte stands at `q` of `bytes`, when the pair it starts swallowed the lead of more punctuation (E2, then 80 alone). */
export function punctuationBeforePunctuationAt(bytes: Uint8Array, q: number, table: ReadonlyMap<number, string> | undefined): string | undefined {
  if (!table || bytes[q + 1] !== PUNCTUATION_LEAD || bytes[q + 2] !== PUNCTUATION_MIDDLE) return undefined;
  // The swallowed lead must start a sequence with what follows (E2 80 and its last byte, or a stand-in for it).
  if (q + 3 < bytes.length && bytes[q + 3]! >= 0x80 && bytes[q + 3]! <= 0xbf && utf8SequenceLength(bytes, q + 1) !== 3) return undefined;
  return table.get(bytes[q]!);
}
