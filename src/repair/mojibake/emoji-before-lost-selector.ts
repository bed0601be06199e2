/**
 * An emoji and its presentation selector that each lost a byte. "❤️" is E2 9D A4 EF B8
 * 8F; Windows-1252 leaves 9D and 8F undefined, and a tool that drops what it cannot
 * decode leaves "â¤ï¸": "â¤" may be five characters (an arrow, a control picture, "❤")
 * and "ï¸" five more (variation selectors, a vertical comma), so each alone is turned
 * down. Side by side they are one shape: only "❤" among the first can take the
 * selector, and only U+FE0F among the second is one. When the first slot has exactly
 * one emoji among its candidates and the slot right after it can be the selector, the
 * two are restored together (guesses; emoji-context.ts does the same for one lost byte
 * beside an intact selector).
 * Example (Windows-1252, undefined bytes dropped): "I â¤ï¸ you" → "I ❤️ you".
 */
import type { EncodingPair } from "../../types.js";
import type { Repair } from "./candidate.js";
import type { LostSlot, SpanPiece } from "./utf8-spans.js";

const PRESENTATION_SELECTOR = "\ufe0f";
/**
 * What such a pair is worth when readings are weighed: a little, only to be kept (the
 * letter models say nothing of emoji); its shape is its evidence (telltaleShape).
 */
const EMOJI_PAIR_GAIN_BITS = 1;
/** An emoji a presentation selector may follow (not the ASCII keycap bases). */
const EMOJI = /^(?![0-9#*])\p{Emoji}$/u;

interface TurnedDownSpan {
  span: { pieces: SpanPiece[] };
  start: number;
  end: number;
}

const slotOf = (piece: SpanPiece | undefined): LostSlot | undefined => (piece !== undefined && typeof piece !== "string" ? piece : undefined);

/**
 * What follows the selector when `slot` can be it: nothing, or the space that a slot
 * standing for a lost NBSP byte read as real after a dropped byte ("ï¸ you"); else undefined.
 */
function selectorTail(slot: LostSlot | undefined): string | undefined {
  if (slot === undefined) return undefined;
  if (slot.candidates.includes(PRESENTATION_SELECTOR)) return "";
  return slot.droppedInstead?.includes(PRESENTATION_SELECTOR) ? " " : undefined;
}

/** The one emoji `slot` may be, or undefined. */
function onlyEmoji(slot: LostSlot | undefined): string | undefined {
  const emoji = slot?.candidates.filter((c) => EMOJI.test(c)) ?? [];
  return emoji.length === 1 ? emoji[0] : undefined;
}

/** `pieces` read as emoji and selector slots in pairs ("â¤ï¸â¤ï¸"), or undefined. */
function emojiSelectorPairs(pieces: readonly SpanPiece[]): string | undefined {
  if (pieces.length % 2 !== 0) return undefined;
  let read = "";
  for (let k = 0; k < pieces.length; k += 2) {
    const emoji = onlyEmoji(slotOf(pieces[k]));
    const tail = selectorTail(slotOf(pieces[k + 1]));
    if (emoji === undefined || tail === undefined || (tail !== "" && k + 2 < pieces.length)) return undefined;
    read += emoji + PRESENTATION_SELECTOR + tail;
  }
  return read;
}

/**
 * Repairs for turned-down spans that are an emoji slot then a selector slot — in one
 * span of such pairs, or in two spans side by side of one slot each — and the spans used.
 */
export function emojiBeforeLostSelector<T extends TurnedDownSpan>(turnedDown: readonly T[], encodingPair: EncodingPair): { repairs: Repair[]; used: Set<T> } {
  const repairs: Repair[] = [];
  const used = new Set<T>();
  for (let i = 0; i < turnedDown.length; i++) {
    const a = turnedDown[i]!;
    const pieces = a.span.pieces;
    if (pieces.length >= 2) {
      const read = emojiSelectorPairs(pieces);
      if (read !== undefined) {
        repairs.push({ start: a.start, end: a.end, after: read, gain: EMOJI_PAIR_GAIN_BITS, guess: true, encodingPair, telltaleShape: true });
        used.add(a);
      }
      continue;
    }
    const b = turnedDown[i + 1];
    if (pieces.length !== 1 || b === undefined || b.start !== a.end || b.span.pieces.length !== 1) continue;
    const emoji = onlyEmoji(slotOf(pieces[0]));
    const tail = selectorTail(slotOf(b.span.pieces[0]));
    if (emoji === undefined || tail === undefined) continue;
    repairs.push({ start: a.start, end: b.end, after: emoji + PRESENTATION_SELECTOR + tail, gain: EMOJI_PAIR_GAIN_BITS, guess: true, encodingPair, telltaleShape: true });
    used.add(a).add(b);
    i++;
  }
  return { repairs, used };
}
