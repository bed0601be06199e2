/**
 * One stand-in for the last two bytes of a UTF-8 sequence. A double-byte decoder pairs
 * two continuation bytes when the first is one of its lead bytes; when that pair is no
 * character, both become one U+FFFD (or "?"). Shift_JIS: "მ" (E1 83 9B) after "ა" →
 * "雪" (90 E1, the lead went with the byte before) then 83 9B → "◆"; Big5 loses A1–BF with
 * 80–A0 so. The slot keeps the lead and takes both lost bytes; the words around choose
 * (utf8-read-as.ts). Before → after (Shift_JIS): "ად痺雪◆იანს" → "ადამიანს".
 */
import { type PerDecoderMemo, remembered } from "./per-decoder-memo.js";
import { knownCharacterOf } from "./known-character.js";

/** A decoder that may lose two continuation bytes as one stand-in (see `continuationPairsLost`). */
export interface ContinuationPairLosingDecoder {
  /** The pairs (x << 8 | y) of continuation bytes 80–BF read as one U+FFFD. */
  continuationPairsLost?: ReadonlySet<number>;
}

/** The pairs of continuation bytes this browser decoder reads as one U+FFFD, asked of the decoder itself; undefined when none. */
export function continuationPairsLost(name: string): ReadonlySet<number> | undefined {
  const browser = new TextDecoder(name);
  const out = new Set<number>();
  for (let x = 0x80; x <= 0xbf; x++) {
    for (let y = 0x80; y <= 0xbf; y++) if (browser.decode(Uint8Array.of(0x41, x, y, 0x41)) === "A\ufffdA") out.add((x << 8) | y);
  }
  return out.size > 0 ? out : undefined;
}

/** The alphabets whose letters such a slot chooses among (the script groups of span-guards.ts join Thai with the Indic scripts). */
const ALPHABETS = ["Latin", "Greek", "Cyrillic", "Armenian", "Hebrew", "Arabic", "Devanagari", "Bengali", "Gurmukhi", "Gujarati", "Oriya", "Tamil", "Telugu", "Kannada", "Malayalam", "Sinhala", "Thai", "Lao", "Tibetan", "Myanmar", "Georgian", "Ethiopic", "Khmer"].map((name) => new RegExp(`^\\p{Script=${name}}`, "u"));

/** Of `candidates`, those of the alphabet of `before` (the text just before the slot), when some are; else all. */
export function ofAlphabetBefore(candidates: string[], before: string | undefined): string[] {
  const alphabet = before === undefined ? undefined : ALPHABETS.find((re) => re.test(before));
  if (!alphabet) return candidates;
  const same = candidates.filter((c) => alphabet.test(c));
  return same.length > 0 ? same : candidates;
}

const CJK = /^[\p{Script=Han}\p{Script=Hangul}]$/u;

const known: PerDecoderMemo<ContinuationPairLosingDecoder> = new WeakMap();

/** What `survivors` (a lead, and one continuation byte for a four-byte sequence) can be with two lost bytes put back after them. */
export function twoLostBytesRestorations(survivors: readonly number[], decoder: ContinuationPairLosingDecoder): string[] {
  const pairs = decoder.continuationPairsLost;
  if (!pairs) return [];
  return remembered(known, decoder, survivors.join(","), () => {
    const out: string[] = [];
    for (const pair of pairs) {
      const ch = knownCharacterOf(Uint8Array.from([...survivors, pair >> 8, pair & 0xff]));
      // Letters of alphabets only: of thousands of hanzi, Hangul or kana, two lost bytes leave too many.
      if (ch !== undefined && /^[\p{L}\p{M}]$/u.test(ch) && !CJK.test(ch)) out.push(ch);
    }
    return out;
  });
}
