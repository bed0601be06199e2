/**
 * The character a restored byte sequence spells: every lost-byte repair puts bytes back
 * around the survivors and keeps the result only when it is one well-formed UTF-8
 * sequence of a character real text uses (not an unassigned code point, a lone
 * surrogate or a private-use one).
 * Example: `knownCharacterOf(Uint8Array.of(0xc4, 0x8d))` → "č"; of C4 alone → undefined.
 */
import { utf8SequenceLength } from "../../detect/utf8.js";
import { isKnownCharacter } from "../../plausibility/index.js";

/** The one character `seq` spells, when it is exactly one well-formed UTF-8 sequence of a known character; else undefined. */
export function knownCharacterOf(seq: Uint8Array): string | undefined {
  const ch = characterOf(seq);
  return ch !== undefined && isKnownCharacter(ch, true) ? ch : undefined;
}

/** The one character `seq` spells, when it is exactly one well-formed UTF-8 sequence; else undefined. */
export function characterOf(seq: Uint8Array): string | undefined {
  return utf8SequenceLength(seq, 0) === seq.length ? String.fromCodePoint(codePointOf(seq)) : undefined;
}

/** The code point of one well-formed UTF-8 sequence (decoded by hand: these run for every byte a slot may have lost). */
function codePointOf(seq: Uint8Array): number {
  if (seq.length === 1) return seq[0]!;
  if (seq.length === 2) return ((seq[0]! & 0x1f) << 6) | (seq[1]! & 0x3f);
  if (seq.length === 3) return ((seq[0]! & 0x0f) << 12) | ((seq[1]! & 0x3f) << 6) | (seq[2]! & 0x3f);
  return ((seq[0]! & 0x07) << 18) | ((seq[1]! & 0x3f) << 12) | ((seq[2]! & 0x3f) << 6) | (seq[3]! & 0x3f);
}
