/**
 * A three-byte UTF-8 letter whose two continuation bytes a single-byte decoder both
 * lost, each to a stand-in of its own ("?" or U+FFFD). Windows-1257 has no character
 * at 83, the middle byte of every Georgian letter, nor at 90 98 9A 9C 9F A1 A5, so
 * "ა" (E1 83 90), "ი", "ლ", "ნ", "ს" lose both bytes and show as "į??"; Korean read as
 * Windows-1253 or 1257 loses both bytes of some syllables ("교육" → "교ģ��"). The slot
 * keeps the lead and takes both lost bytes; its candidates are the letters and marks
 * (hanzi, kana and Hangul among them) that the lead and two bytes the decoder loses
 * make, and the words around choose among them (utf8-read-as.ts), as for one lost
 * byte: of many hanzi or syllables only the common ones, by how common they are
 * ("普é??设立" → "普遍设立", Windows-1254 lost 81 and 8D). A guess, as for one lost
 * byte; left as it was, the slot would stay junk ("é??").
 * Before → after (Windows-1257, "?" stand-ins): "į??į?“į??į?›į??į??į??į??" → "ადამიანს".
 */
import { type PerDecoderMemo, remembered } from "./per-decoder-memo.js";
import { utf8SequenceLength } from "../../detect/utf8.js";
import { isKnownCharacter } from "../../plausibility/index.js";

/** The decoder's own lost bytes: the continuation bytes are drawn from them. */
export interface TwoContinuationsLosingDecoder {
  lostBytes: readonly number[];
}

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;

const known: PerDecoderMemo<TwoContinuationsLosingDecoder> = new WeakMap();
const CACHE_SIZE = 64;

/**
 * The letters (and marks) that the three-byte lead `lead` makes with two
 * of the decoder's lost bytes after it; [] for any other lead, or when none is one.
 */
export function lettersWithTwoLostContinuations(lead: number, decoder: TwoContinuationsLosingDecoder): string[] {
  if (lead < 0xe0 || lead > 0xef) return [];
  return remembered(
    known,
    decoder,
    String(lead),
    () => {
      const out: string[] = [];
      for (const x of decoder.lostBytes) {
        for (const y of decoder.lostBytes) {
          const seq = Uint8Array.of(lead, x, y);
          if (utf8SequenceLength(seq, 0) !== 3) continue;
          const ch = new TextDecoder().decode(seq);
          if (LETTER_OR_MARK.test(ch) && isKnownCharacter(ch, true)) out.push(ch);
        }
      }
      return out;
    },
    CACHE_SIZE,
  );
}
