/**
 * A hanzi, kana or Hangul syllable whose two continuation bytes a single-byte decoder
 * both dropped, between CJK letters. "수" is EC 88 98: Windows-1257 leaves 88 and 98
 * undefined, and a strict decoder with errors="ignore" keeps only the lead, "ģ"; Korean
 * read so shows "보ģ를" for "보수를", Japanese "又はãのような" for "又はそのような".
 * two-lost-continuations.ts restores such a lead only as a letter of an alphabet, for of
 * thousands of hanzi two dropped bytes leave too many. Here the place tells more: a lead
 * alone after a CJK letter (whole, or chosen for a slot of CJK letters), and before
 * another CJK letter's lead, a space, punctuation or the run's edge; or, after a space,
 * punctuation or the run's edge, before a whole three-byte CJK letter (never beside a
 * Latin letter: "Kë" is no broken syllable). Its candidates are the common ones only
 * (GB2312 level 1, Big5's frequent block, JIS level 1, KS X 1001 Hangul) and kana, and
 * the words around choose among them as for any lost byte. A guess, as the letters
 * chosen where two markers stood: "무ě이어야" (Windows-1250, 상 EC 83 81) comes out
 * "무수이어야", as "무??이어야" does; left as it was, the slot would stay junk.
 * Before → after (Windows-1257, 88, 98 and A5 dropped): "ė³´ģė¼ ė°›ģ¯„" → "보수를 받을".
 */
import { isCommonCjk } from "../../plausibility/common-cjk.js";
import { type PerDecoderMemo, remembered } from "./per-decoder-memo.js";
import { knownCharacterOf } from "./known-character.js";
import type { ContinuationLosingDecoder } from "./two-lost-continuations.js";

/** The leads of kana (E3 81–83), hanzi (E4–E9) and Hangul syllables (EA–ED). */
const FIRST_CJK_LEAD = 0xe3;
const LAST_CJK_LEAD = 0xed;
const KANA = /^[\p{Script=Hiragana}\p{Script=Katakana}]$/u;
const CJK_LETTER = /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]$/u;

const memo: PerDecoderMemo<ContinuationLosingDecoder> = new WeakMap();
const CACHE_SIZE = 64;

/** Whether `ch` is a hanzi, kana or Hangul letter. */
export function isCjkLetter(ch: string | undefined): boolean {
  return ch !== undefined && CJK_LETTER.test(ch);
}

/** Whether `byte` is the lead of a three-byte CJK letter (kana, hanzi, Hangul). */
export function isCjkLead(byte: number | undefined): boolean {
  return byte !== undefined && byte >= FIRST_CJK_LEAD && byte <= LAST_CJK_LEAD;
}

/** Whether `bytes` hold, at `at`, one whole three-byte UTF-8 CJK letter. */
export function cjkLetterAt(bytes: Uint8Array, at: number): boolean {
  const lead = bytes[at];
  if (lead === undefined || lead < FIRST_CJK_LEAD || lead > LAST_CJK_LEAD || at + 2 >= bytes.length) return false;
  return isCjkLetter(knownCharacterOf(bytes.subarray(at, at + 3)));
}

/**
 * The common CJK letters `lead` makes with two of the decoder's lost bytes it could have
 * dropped before `next` (the byte after, undefined at the end); [] for a lead of no CJK block.
 */
export function cjkLettersOfTwoDroppedContinuations(lead: number, next: number | undefined, decoder: ContinuationLosingDecoder): string[] {
  if (lead < FIRST_CJK_LEAD || lead > LAST_CJK_LEAD || decoder.lostBytes.length === 0) return [];
  return remembered(memo, decoder, `${lead}/${next}`, () => {
    const out: string[] = [];
    for (const x of decoder.lostBytes) {
      for (const y of decoder.lostBytes) {
        if (!decoder.canDrop(x, y) || !decoder.canDrop(y, next)) continue;
        const ch = knownCharacterOf(Uint8Array.of(lead, x, y));
        if (ch !== undefined && CJK_LETTER.test(ch) && (isCommonCjk(ch.codePointAt(0)!) || KANA.test(ch))) out.push(ch);
      }
    }
    return out;
  }, CACHE_SIZE);
}

/** Whether an ASCII byte may stand beside the lone lead: a space, punctuation or a digit, not a letter. */
export function isAsciiNonLetter(byte: number | undefined): boolean {
  return byte === undefined || (byte < 0x80 && !((byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a)));
}
