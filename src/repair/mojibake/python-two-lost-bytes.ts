/**
 * Both continuation bytes of a three-byte character lost, one stand-in each, as Python's
 * double-byte decoders lose them (`bytes.decode("gbk", errors="replace")`: one U+FFFD
 * per byte it cannot pair, the byte after read again). The lead survives (often as the
 * second byte of the character before), and the two stand-ins are bytes the decoder
 * could not pair: the first with the second, the second with the byte after. Python's
 * GBK so loses "ी" (E0 A5 80: A5 80 is a Private Use pair to it, 80 no byte at all),
 * "。" (E3 80 82) and Hangul whose middle byte is AA–AF. Of what the lead and two such
 * bytes can make, letters and marks of alphabets, punctuation, and the common hanzi,
 * kana and Hangul are kept; the words around choose (utf8-read-as.ts), as a guess.
 * Before → after (Python gbk): "啶呧じ啶侧�� 啶" (E0 A4 B2 E0 then A5, 80 lost) → "असली क…".
 */
import { type PerDecoderMemo, remembered } from "./per-decoder-memo.js";
import { isCommonCjk } from "../../plausibility/common-cjk.js";
import type { PythonLosingDecoder } from "./reread-after-stand-in.js";
import { knownCharacterOf } from "./known-character.js";

/** A decoder that knows its lost bytes and which bytes Python's decoder of its name loses alone. */
export interface TwoByteLosingDecoder extends PythonLosingDecoder {
  doubleByte?: boolean;
}

const CJK = /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]$/u;
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
/** Punctuation: general (quotes, dashes, ellipsis…) and CJK (。、「」…). */
const PUNCTUATION = /^[\u2010-\u205e\u3000-\u303f\uff01-\uff65]$/u;

const known: PerDecoderMemo<TwoByteLosingDecoder> = new WeakMap();

/**
 * What the lead `lead` (E0–EF) can be with two continuation bytes put back that Python's
 * decoder lost one by one before `next` (the byte after the second stand-in; undefined at
 * the end of the text, where an unpaired byte is lost too). Empty for other decoders.
 */
export function pythonTwoLostBytesRestorations(lead: number, next: number | undefined, decoder: TwoByteLosingDecoder): string[] {
  const loses = decoder.pythonLosesBefore;
  if (!decoder.doubleByte || !loses || lead < 0xe0 || lead > 0xef) return [];
  // (An ASCII byte is never a trail below 40: the decoder loses the byte before it, then reads it again.)
  const after = next === undefined || next < 0x40 ? 0x20 : next;
  return remembered(known, decoder, `${lead}/${after}`, () => {
    const out: string[] = [];
    for (let x = 0x80; x <= 0xbf; x++) {
      for (let y = 0x80; y <= 0xbf; y++) {
        if (!loses(x, y) || !loses(y, after)) continue;
        const ch = knownCharacterOf(Uint8Array.of(lead, x, y));
        if (ch === undefined) continue;
        const cp = ch.codePointAt(0)!;
        if (CJK.test(ch) ? isCommonCjk(cp) : LETTER_OR_MARK.test(ch) || PUNCTUATION.test(ch)) out.push(ch);
      }
    }
    return out;
  });
}

/**
 * Whether a lead byte is the trail of a double-byte character that ends there (`atBoundary`
 * false, `nextAtBoundary` true): a general punctuation lead "â" (E2) so placed lost both
 * continuation bytes without a trace (Python's GBK with errors="ignore" drops 80, then
 * the last byte before a space: "‘бути’ о" → "鈥樞毖冄傂糕 芯"), and the span may go on
 * through it, not only start with it (utf8-spans.ts).
 */
export function endsDoubleByteCharacter(decoder: TwoByteLosingDecoder, atBoundary: boolean, nextAtBoundary: boolean): boolean {
  return decoder.doubleByte === true && !atBoundary && nextAtBoundary;
}
