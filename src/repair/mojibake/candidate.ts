/**
 * Deciding whether a candidate repair is real. The repaired span must read as more
 * plausible text than the broken one, within its words, by more than the prior cost
 * of claiming mojibake at all — so text that is merely unusual stays as it is.
 * Example: "cafÃ©" → "café" gains ~25 bits and is taken; "«É»" → "«ɻ" gains nothing.
 */
import { CharClass, charClass } from "../../plausibility/char-class.js";
import { textCost } from "../../plausibility/index.js";
import type { EncodingPair } from "../../types.js";

/**
 * Bits a repair must gain before it is believed: a prior against claiming mojibake.
 * Set so that the legitimate look-alikes of the negative cases (Portuguese "NÃO",
 * French "«É»", genuine Chinese beside Latin words) stay unchanged.
 */
export const MOJIBAKE_PRIOR_BITS = 10;
/** Extra bits per restored lost byte: a guess needs more evidence than a lossless repair. */
export const LOST_BYTE_PRIOR_BITS = 4;
/** How many word characters on each side of a span give it context. */
const CONTEXT_WORD_CHARS = 24;

export interface Repair {
  start: number;
  end: number;
  after: string;
  gain: number;
  guess: boolean;
  encodingPair: EncodingPair;
}

function isWordChar(cp: number): boolean {
  const cls = charClass(cp);
  return cls === CharClass.MARK || cls === CharClass.DIGIT || (cls >= CharClass.LATIN_UPPER_ASCII && cls <= CharClass.MODIFIER_LETTER);
}

/** Separator characters (spaces, punctuation) crossed to reach a neighbouring word. */
const CONTEXT_GAP_CHARS = 3;

/** Step one code point left of `i` (UTF-16 offsets). */
function stepLeft(text: string, i: number): number {
  return i >= 2 && /[\udc00-\udfff]/.test(text[i - 1]!) && /[\ud800-\udbff]/.test(text[i - 2]!) ? i - 2 : i - 1;
}

function stepRight(text: string, i: number): number {
  return text.codePointAt(i)! > 0xffff ? i + 2 : i + 1;
}

/**
 * The span widened to the words around it: the word it touches, or else across a
 * few separators to the next word, on each side. "defence 鈥 to" is judged whole:
 * a lone hanzi between English words is what makes it implausible.
 */
export function contextWindow(text: string, start: number, end: number): [number, number] {
  let ws = start;
  for (let gap = 0; ws > 0 && gap < CONTEXT_GAP_CHARS && !isWordChar(text.codePointAt(stepLeft(text, ws))!); gap++) ws = stepLeft(text, ws);
  for (let n = 0; ws > 0 && n < CONTEXT_WORD_CHARS && isWordChar(text.codePointAt(stepLeft(text, ws))!); n++) ws = stepLeft(text, ws);
  let we = end;
  for (let gap = 0; we < text.length && gap < CONTEXT_GAP_CHARS && !isWordChar(text.codePointAt(we)!); gap++) we = stepRight(text, we);
  for (let n = 0; we < text.length && n < CONTEXT_WORD_CHARS && isWordChar(text.codePointAt(we)!); n++) we = stepRight(text, we);
  return [ws, we];
}

/** Bits gained by replacing text[start, end) with `after`, judged in context (before priors). */
export function plausibilityGain(text: string, start: number, end: number, after: string): number {
  const [ws, we] = contextWindow(text, start, end);
  const before = text.slice(ws, we);
  const repaired = text.slice(ws, start) + after + text.slice(end, we);
  return textCost(before) - textCost(repaired);
}
