/**
 * A three-byte letter whose two continuation bytes a single-byte decoder both lost. The
 * ISO-8859 decoders lose every byte 80–9F (C1 controls stripped, or shown as U+FFFD or
 * "?"), so a Georgian letter ა–ჟ (E1 83 90–9F) keeps only its lead, "á", followed by two
 * markers or by nothing. The slot keeps the lead and takes both lost bytes; only letters
 * of alphabets are candidates (of thousands of hanzi or Hangul, two lost bytes leave too
 * many), and the words around choose among them (utf8-read-as.ts), so a slot between
 * Georgian letters reads Georgian. Before → after (Georgian read as ISO-8859-1, C1 bytes
 * shown as U+FFFD): "á��á��á��á��" → "დედა".
 */
import { type PerDecoderMemo, remembered } from "./per-decoder-memo.js";
import { utf8SequenceLength } from "../../detect/utf8.js";
import { isKnownCharacter } from "../../plausibility/index.js";

/** The decoder facts this needs (utf8-spans.ts `SpanDecoder`). */
export interface ContinuationLosingDecoder {
  lostBytes: readonly number[];
  canDrop(lost: number, next: number | undefined): boolean;
}

/**
 * Leads whose two lost continuation bytes are judged here: E2 (punctuation: utf8-spans.ts
 * reads it apart) and E3 (CJK symbols and kana: too many) are left out, as is E0, whose
 * first continuation byte is A0–BF and so never lost with 80–9F.
 */
const LEADS = [0xe1, ...Array.from({ length: 0xef - 0xe4 + 1 }, (_, i) => 0xe4 + i)];

const ALPHABET_LETTER = /^[\p{L}\p{M}]$/u;
const CJK = /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]$/u;

const known: PerDecoderMemo<ContinuationLosingDecoder> = new WeakMap();

/**
 * The letters `lead` can have been with its two continuation bytes lost: `dropped` when
 * nothing stood for them (then `next`, the byte after, must be one the decoder could drop
 * them before), else where two markers stood.
 */
export function twoLostContinuations(lead: number, dropped: boolean, next: number | undefined, decoder: ContinuationLosingDecoder): string[] {
  if (!LEADS.includes(lead) || decoder.lostBytes.length === 0) return [];
  return remembered(known, decoder, `${lead}/${dropped ? String(next) : "m"}`, () => {
    const out: string[] = [];
    for (const x of decoder.lostBytes) {
      for (const y of decoder.lostBytes) {
        if (dropped && (!decoder.canDrop(x, y) || !decoder.canDrop(y, next))) continue;
        const seq = Uint8Array.of(lead, x, y);
        if (utf8SequenceLength(seq, 0) !== 3) continue;
        const ch = new TextDecoder().decode(seq);
        if (ALPHABET_LETTER.test(ch) && !CJK.test(ch) && isKnownCharacter(ch, true)) out.push(ch);
      }
    }
    return out;
  });
}
