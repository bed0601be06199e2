/**
 * A three-byte UTF-8 letter whose two continuation bytes a single-byte decoder both
 * lost. Windows-1257 has no character at 83, the middle byte of every Georgian letter,
 * nor at 90 98 9A 9C 9F A1 A5, so "ა" (E1 83 90), "ი", "ლ", "ნ", "ს" lose both bytes and
 * show as "į??"; the ISO-8859 decoders lose every byte 80–9F, so a Georgian letter keeps
 * only its lead, "á", followed by two markers or by nothing; Korean read as Windows-1253
 * or 1257 loses both bytes of some syllables ("교육" → "교ģ��"). The slot keeps the lead
 * and takes both lost bytes; its candidates are the letters and marks that the lead and
 * two bytes the decoder loses make, and the words around choose among them
 * (utf8-read-as.ts), as for one lost byte. Where two markers stood, hanzi, kana and
 * Hangul are candidates too, of which only the common ones are looked at ("普é??设立" →
 * "普遍设立", Windows-1254 lost 81 and 8D); where nothing stood, only letters of
 * alphabets (of thousands of hanzi two dropped bytes leave too many). A guess, as for
 * one lost byte; left as it was, the slot would stay junk ("é??").
 * Before → after (Windows-1257, "?" stand-ins): "į??į?“į??į?›į??į??į??į??" → "ადამიანს";
 * (Georgian read as ISO-8859-1, C1 bytes shown as U+FFFD): "á��á��á��á��" → "დედა".
 */
import { type PerDecoderMemo, remembered } from "./per-decoder-memo.js";
import { knownCharacterOf } from "./known-character.js";

/** The decoder's own lost bytes: the continuation bytes are drawn from them. */
export interface TwoContinuationsLosingDecoder {
  lostBytes: readonly number[];
}

/** The decoder facts the dropped case needs too (utf8-spans.ts `SpanDecoder`). */
export interface ContinuationLosingDecoder extends TwoContinuationsLosingDecoder {
  canDrop(lost: number, next: number | undefined): boolean;
}

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const CJK = /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]$/u;

/**
 * Leads whose two dropped continuation bytes are judged: E2 (punctuation: utf8-spans.ts
 * reads it apart) and E3 (CJK symbols and kana: too many) are left out, as is E0, whose
 * first continuation byte is A0–BF and so never lost with 80–9F.
 */
const DROPPED_LEADS = [0xe1, ...Array.from({ length: 0xef - 0xe4 + 1 }, (_, i) => 0xe4 + i)];

const knownMarked: PerDecoderMemo<TwoContinuationsLosingDecoder> = new WeakMap();
const knownDropped: PerDecoderMemo<ContinuationLosingDecoder> = new WeakMap();
const CACHE_SIZE = 64;

/** The letters and marks `lead` makes with two of the decoder's lost bytes `x`, `y` that `accept` lets through. */
function lettersOfTwoLostBytes(lead: number, decoder: TwoContinuationsLosingDecoder, accept: (x: number, y: number, ch: string) => boolean): string[] {
  const out: string[] = [];
  for (const x of decoder.lostBytes) {
    for (const y of decoder.lostBytes) {
      const ch = knownCharacterOf(Uint8Array.of(lead, x, y));
      if (ch !== undefined && LETTER_OR_MARK.test(ch) && accept(x, y, ch)) out.push(ch);
    }
  }
  return out;
}

/**
 * The letters (and marks) that the three-byte lead `lead` makes with two of the
 * decoder's lost bytes after it, where two markers stood; [] for any other lead, or
 * when none is one.
 */
export function lettersWithTwoLostContinuations(lead: number, decoder: TwoContinuationsLosingDecoder): string[] {
  if (lead < 0xe0 || lead > 0xef) return [];
  return remembered(knownMarked, decoder, String(lead), () => lettersOfTwoLostBytes(lead, decoder, () => true), CACHE_SIZE);
}

/**
 * The letters of alphabets `lead` can have been with its two continuation bytes lost:
 * `dropped` when nothing stood for them (then `next`, the byte after, must be one the
 * decoder could drop them before), else where two markers stood.
 */
export function twoLostContinuations(lead: number, dropped: boolean, next: number | undefined, decoder: ContinuationLosingDecoder): string[] {
  if (!DROPPED_LEADS.includes(lead) || decoder.lostBytes.length === 0) return [];
  return remembered(knownDropped, decoder, `${lead}/${dropped ? String(next) : "m"}`, () =>
    lettersOfTwoLostBytes(lead, decoder, (x, y, ch) => !CJK.test(ch) && (!dropped || (decoder.canDrop(x, y) && decoder.canDrop(y, next)))),
  );
}
