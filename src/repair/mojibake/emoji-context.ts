/**
 * Which character a lost byte was inside an emoji sequence, from the emoji around it.
 * Emoji glue is a closed set, and where it stands says which one it is: a zero-width
 * joiner (E2 80 8D — Windows-1252 loses 8D) between two pictographs ("👨‍👩‍👧"), the
 * combining keycap (E2 83 A3 — Windows-1250 loses 83) after a digit and its selector
 * ("1️⃣"), the emoji base itself before an emoji presentation selector ("❤️", when
 * Windows-1254 lost the 9D of E2 9D A4), a skin tone after a base that takes one
 * ("👍🏽"). An emoji among several equally possible ones is never picked: that stays
 * one U+FFFD. Example: "👨â€�👩" → "👨‍👩" (Windows-1252, 8D lost).
 */

const ZWJ = "\u200d";
const EMOJI_PRESENTATION = "\ufe0f";
const COMBINING_KEYCAP = "\u20e3";
const PICTOGRAPH = /^\p{Extended_Pictographic}$/u;
const SKIN_TONE = /^\p{Emoji_Modifier}$/u;
const TAKES_SKIN_TONE = /^\p{Emoji_Modifier_Base}$/u;
const KEYCAP_BASE = /^[0-9#*]$/;
/** Emoji that a presentation selector may follow (not the ASCII keycap bases). */
const EMOJI = /^(?![0-9#*])\p{Emoji}$/u;

/** The last code point of `text` (undefined when empty). */
function lastCodePoint(text: string): string | undefined {
  if (text.length === 0) return undefined;
  const last = text.codePointAt(text.length - 1)!;
  if (last >= 0xdc00 && last <= 0xdfff && text.length >= 2) return String.fromCodePoint(text.codePointAt(text.length - 2)!);
  return String.fromCodePoint(last);
}

function firstCodePoint(text: string): string | undefined {
  return text.length === 0 ? undefined : String.fromCodePoint(text.codePointAt(0)!);
}

/**
 * The candidate the emoji around a lost slot call for, or undefined when they call for
 * none (or for several). `before` is the text up to the slot, `after` the text after it.
 */
export function chooseInEmojiContext(candidates: readonly string[], before: string, after: string): string | undefined {
  const left = lastCodePoint(before);
  const right = firstCodePoint(after);
  if (left === undefined && right === undefined) return undefined;
  // A joiner glues a pictograph (with its skin tone or selector) to the next one.
  if (candidates.includes(ZWJ) && right !== undefined && PICTOGRAPH.test(right) && left !== undefined) {
    const base = left === EMOJI_PRESENTATION || SKIN_TONE.test(left) ? lastCodePoint(before.slice(0, before.length - left.length)) : left;
    if (base !== undefined && PICTOGRAPH.test(base)) return ZWJ;
  }
  // The keycap encloses a digit, "#" or "*", after its presentation selector or directly.
  if (candidates.includes(COMBINING_KEYCAP) && left !== undefined) {
    const base = left === EMOJI_PRESENTATION ? lastCodePoint(before.slice(0, before.length - 1)) : left;
    if (base !== undefined && KEYCAP_BASE.test(base)) return COMBINING_KEYCAP;
  }
  // Before a presentation selector stands an emoji: when one candidate alone is one.
  if (right === EMOJI_PRESENTATION) {
    const emoji = candidates.filter((c) => EMOJI.test(c));
    if (emoji.length === 1) return emoji[0];
  }
  // After a base that takes a skin tone: the skin tone, when one candidate alone is one.
  if (left !== undefined && TAKES_SKIN_TONE.test(left)) {
    const tones = candidates.filter((c) => SKIN_TONE.test(c));
    if (tones.length === 1) return tones[0];
  }
  return undefined;
}
