/**
 * An emoji that lost two or three of its four bytes to a single-byte code page, and
 * the choice among the emoji its surviving bytes allow. Every emoji beyond U+FFFF is
 * F0 9F xx yy; ISO-8859-1/2/15 lose every byte 80–9F, Windows-1253 loses 9F and a
 * dozen more, so "🔥" (F0 9F 94 A5) reads "ð��¥" in Latin-1 and "👍" (F0 9F 91 8D) reads
 * "π�‘�" in Windows-1253. A lost byte can only be one the code page loses, so what
 * survives often pins the block (9F 98 = faces, 9F 91 = people) and sometimes the
 * emoji itself. The choice, in order: what the emoji around it make a valid sequence
 * (a flag's other regional indicator, a skin tone's base, a ZWJ sequence — Unicode's
 * RGI sets, from the regex engine), then the one candidate that shows as an emoji by
 * default among symbols that do not (✅ among ⁅ ∅ ★). Several equally possible emoji
 * stay one U+FFFD for the whole emoji, not the junk of its surviving bytes.
 * Examples: "π�‘©β€�π�’»" → "👩‍💻"; "ð��¥" (Latin-1) → "�" (🔥 💥 👥 … all fit);
 * "β�…" (Windows-1253, 9C lost) → "✅".
 */
import type { LostSlot } from "./utf8-spans.js";

const EMOJI_PRESENTATION = /^\p{Emoji_Presentation}$/u;
const EMOJI = /^\p{Emoji}$/u;
const SKIN_TONE = /^\p{Emoji_Modifier}$/u;
const TAKES_SKIN_TONE = /^\p{Emoji_Modifier_Base}$/u;
const REGIONAL_INDICATOR = /^[\u{1F1E6}-\u{1F1FF}]$/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{M}\p{Nd}]/u;
const VARIATION_SELECTOR = "\ufe0f";
const ZWJ = "\u200d";
// (The `v` flag's properties of strings need ES2024 syntax: built at run time.)
/** A whole emoji sequence of Unicode's recommended (RGI) set: flags, skin tones, ZWJ sequences. */
const RGI_EMOJI = new RegExp("^\\p{RGI_Emoji}$", "v");

/** The lead every emoji beyond U+FFFF starts with, and the byte after it (plane 1, U+1F000–1FFFF). */
export const EMOJI_LEAD = 0xf0;
const EMOJI_PLANE_BYTE = 0x9f;

const knownSlots = new Map<string, string[]>();

/**
 * The emoji an F0 lead and three more positions can be, where `pattern` holds each
 * position's surviving byte or null for a byte lost (a marker stood there); lost
 * bytes are among `lostBytes`. Undefined unless two or more were lost (one lost byte
 * is the ordinary slot's) or no emoji fits.
 */
export function emojiWithLostBytes(pattern: readonly (number | null)[], lostBytes: readonly number[]): LostSlot | undefined {
  if (pattern.length !== 3 || pattern.filter((b) => b === null).length < 2) return undefined;
  const key = `${pattern.join(",")}/${lostBytes.join(",")}`;
  let candidates = knownSlots.get(key);
  if (!candidates) {
    candidates = [];
    const options = pattern.map((b) => (b === null ? lostBytes.filter((l) => l >= 0x80 && l <= 0xbf) : [b]));
    if (options[0]!.includes(EMOJI_PLANE_BYTE)) {
      for (const third of options[1]!) {
        for (const fourth of options[2]!) {
          const ch = String.fromCodePoint(0x1f000 | ((third & 0x3f) << 6) | (fourth & 0x3f));
          if (EMOJI_PRESENTATION.test(ch)) candidates.push(ch);
        }
      }
    }
    knownSlots.set(key, candidates);
  }
  if (candidates.length === 0) return undefined;
  return { candidates: [...candidates], standIn: "marker", survivors: [EMOJI_LEAD, ...pattern.filter((b): b is number => b !== null)] };
}

/** Combinations of candidates tried for one run of emoji, at most (an emoji that lost three bytes has hundreds). */
const MAX_COMBINATIONS = 20_000;
const RGI_EMOJI_ANYWHERE = new RegExp("\\p{RGI_Emoji}", "gv");
const EMOJI_PIECE = /^[\p{Extended_Pictographic}\p{Emoji_Component}]$/u;

/**
 * Slots of a span's emoji runs (slots and emoji side by side, glued or not) that only
 * one reading of the whole run explains: of every combination of the candidates, the
 * readings with the fewest whole emoji (a skin tone on its base, a ZWJ sequence, a
 * flag, all of Unicode's RGI set) — when all of them agree on a glued emoji, its slots
 * are pinned. "ð��¨â��ð��©â��ð��§" (Latin-1) → "👨‍👩‍👧": no other man, woman
 * and girl of those last bytes make a family. Returns piece index → character.
 */
export function emojiRunChoices(pieces: readonly (string | LostSlot)[]): Map<number, string> {
  const chosen = new Map<number, string>();
  const optionsOf = (piece: string | LostSlot): string[] | undefined => {
    if (typeof piece === "string") return [...piece].length === 1 && EMOJI_PIECE.test(piece) && !/^[0-9#*]$/.test(piece) ? [piece] : undefined;
    if (piece.candidates.includes(ZWJ)) return [ZWJ];
    return piece.candidates.length > 0 && piece.candidates.every((c) => EMOJI.test(c)) ? piece.candidates : undefined;
  };
  let i = 0;
  while (i < pieces.length) {
    const runStart = i;
    const options: string[][] = [];
    const slotAt: boolean[] = [];
    for (let o = optionsOf(pieces[i]!); o !== undefined && i < pieces.length; o = i < pieces.length ? optionsOf(pieces[i]!) : undefined) {
      options.push(o);
      slotAt.push(typeof pieces[i] !== "string");
      i++;
    }
    if (options.length === 0) {
      i++;
      continue;
    }
    if (options.length < 2 || options.every((o) => o.length === 1)) continue;
    // Too many readings: leave out the end emoji with the most candidates until few enough.
    let from = 0;
    let to = options.length;
    while (to - from >= 2 && options.slice(from, to).reduce((n, o) => n * o.length, 1) > MAX_COMBINATIONS) {
      if (options[from]!.length >= options[to - 1]!.length) from++;
      else to--;
    }
    if (to - from < 2) continue;
    for (const [index, ch] of pinnedInRun(options.slice(from, to), slotAt.slice(from, to))) chosen.set(runStart + from + index, ch);
  }
  return chosen;
}

/**
 * The glued emoji that every fewest-emoji reading of a run agrees on: run index →
 * character. Where they all glue the same slots into one emoji but disagree on which
 * ("👍🏽" with both halves ambiguous), one U+FFFD stands for that whole emoji.
 */
function pinnedInRun(options: string[][], slotAt: boolean[]): Map<number, string> {
  const pinned = new Map<number, string>();
  let fewest = Infinity;
  let best: { combo: string[]; parts: number[] }[] = [];
  const combo: string[] = [];
  const visit = (k: number) => {
    if (k === options.length) {
      const text = combo.join("");
      const parts = text.match(RGI_EMOJI_ANYWHERE) ?? [];
      if (parts.join("") !== text) return;
      if (parts.length < fewest) {
        fewest = parts.length;
        best = [];
      }
      if (parts.length === fewest) best.push({ combo: [...combo], parts: parts.map((p) => [...p].length) });
      return;
    }
    for (const o of options[k]!) {
      combo.push(o);
      visit(k + 1);
      combo.pop();
    }
  };
  visit(0);
  if (best.length === 0) return pinned;
  // Each glued emoji of the first reading that every other reading has too, at the same place.
  const starts = best.map((b) => {
    const keys = new Set<string>();
    let from = 0;
    for (const length of b.parts) {
      keys.add(`${from}:${b.combo.slice(from, from + length).join("")}`);
      from += length;
    }
    return keys;
  });
  const ranges = best.map((b) => {
    const keys = new Set<string>();
    let from = 0;
    for (const length of b.parts) {
      keys.add(`${from}+${length}`);
      from += length;
    }
    return keys;
  });
  let at = 0;
  for (const length of best[0]!.parts) {
    const key = `${at}:${best[0]!.combo.slice(at, at + length).join("")}`;
    const same = starts.every((keys) => keys.has(key));
    if (length > 1 && same) for (let k = at; k < at + length; k++) if (options[k]!.length > 1) pinned.set(k, best[0]!.combo[k]!);
    if (length > 1 && !same && ranges.every((keys) => keys.has(`${at}+${length}`)) && slotAt.slice(at, at + length).every(Boolean)) {
      pinned.set(at, "\ufffd");
      for (let k = at + 1; k < at + length; k++) pinned.set(k, "");
    }
    at += length;
  }
  return pinned;
}

/**
 * Whether a span is nothing but emoji whose lost bytes left markers (with the emoji and
 * joiners between them): an F0 lead, markers where bytes were lost and continuation
 * bytes between them are a broken emoji by themselves, so the span needs no other
 * repair on its line to be believed ("Hallo ð��¥" → "Hallo �", one mark for the emoji).
 */
export function isLostEmojiSpan(pieces: readonly (string | LostSlot)[]): boolean {
  let emojiSlots = 0;
  for (const piece of pieces) {
    if (typeof piece === "string") {
      if (!EMOJI_PIECE.test(piece)) return false;
    } else if (piece.standIn === "marker" && piece.survivors[0] === EMOJI_LEAD && piece.candidates.length > 0 && piece.candidates.every((c) => EMOJI.test(c))) emojiSlots++;
    else if (!piece.candidates.includes(ZWJ)) return false;
  }
  return emojiSlots > 0;
}

/** The code points of `text`. */
const codePoints = (text: string) => [...text];

/**
 * The one emoji among `candidates` that the emoji around it and the kind of each call
 * for, or undefined. `before` is the text up to the slot, `after` the text after it.
 * Only for slots whose candidates are all symbols or punctuation that its place did not
 * call for (typography.ts chooses first): a letter or digit leaves it to the letter models.
 */
export function chooseEmoji(candidates: readonly string[], before: string, after: string): string | undefined {
  if (candidates.length < 2 || candidates.some((c) => LETTER_OR_DIGIT.test(c))) return undefined;
  const emoji = candidates.filter((c) => EMOJI.test(c));
  if (emoji.length === 0) return undefined;
  const left = codePoints(before.slice(-8));
  const right = codePoints(after.slice(0, 16));
  let pool = emoji;
  // A whole sequence around the slot: glued by ZWJ, a skin tone, a selector, a flag's other half.
  const sequenceLeft = sequenceEnd(left);
  const sequenceRight = sequenceStart(right, regionalRunAtEnd(left));
  if (sequenceLeft !== "" || sequenceRight !== "") {
    const valid = pool.filter((c) => RGI_EMOJI.test(sequenceLeft + c + sequenceRight));
    if (valid.length === 1) return valid[0];
    if (valid.length > 1) pool = valid;
  }
  // Before a skin tone stands a base that takes one; a regional indicator pairs with one.
  if (right[0] !== undefined && SKIN_TONE.test(right[0])) pool = narrow(pool, (c) => TAKES_SKIN_TONE.test(c));
  // Of symbols, the one that shows as an emoji by default (what an emoji keyboard types).
  const presentation = pool.filter((c) => EMOJI_PRESENTATION.test(c) || right[0] === VARIATION_SELECTOR);
  return presentation.length === 1 ? presentation[0] : undefined;
}

/** `pool` kept to what `keep` accepts, unless that leaves nothing. */
function narrow(pool: string[], keep: (c: string) => boolean): string[] {
  const kept = pool.filter(keep);
  return kept.length > 0 ? kept : pool;
}

/** Is `c` glue that stays with the emoji before it: a skin tone or the emoji presentation selector. */
const isTrailer = (c: string | undefined) => c !== undefined && (c === VARIATION_SELECTOR || SKIN_TONE.test(c));

/** Consecutive regional indicators at the end of `left`. */
function regionalRunAtEnd(left: string[]): number {
  let n = 0;
  while (n < left.length && REGIONAL_INDICATOR.test(left[left.length - 1 - n]!)) n++;
  return n;
}

/**
 * The part of an emoji sequence that `left` (code points) ends in and the slot goes on:
 * everything back through the ZWJs before it ("👨‍👩‍" before "👧"), or a flag's first half.
 */
function sequenceEnd(left: string[]): string {
  if (regionalRunAtEnd(left) % 2 === 1) return left.at(-1)!;
  let i = left.length;
  while (i > 0 && left[i - 1] === ZWJ) {
    let j = i - 1;
    while (j > 0 && isTrailer(left[j - 1])) j--;
    if (j === 0 || !EMOJI.test(left[j - 1]!)) return "";
    i = j - 1;
  }
  return left.slice(i).join("");
}

/**
 * The part of an emoji sequence that `right` (code points) starts with and continues
 * the slot: its skin tone or selector, then each ZWJ and the emoji after it; or a
 * flag's second half (`leftRegional`: regional indicators just before the slot).
 */
function sequenceStart(right: string[], leftRegional: number): string {
  if (leftRegional % 2 === 0 && right[0] !== undefined && REGIONAL_INDICATOR.test(right[0])) return right[0];
  let i = 0;
  while (isTrailer(right[i])) i++;
  while (right[i] === ZWJ && right[i + 1] !== undefined && EMOJI.test(right[i + 1]!)) {
    i += 2;
    while (isTrailer(right[i])) i++;
  }
  return right.slice(0, i).join("");
}
