/**
 * Deciding whether a candidate repair is real. The repaired span must read as more
 * plausible text than the broken one, within its words, by more than the prior cost
 * of claiming mojibake at all — so text that is merely unusual stays as it is.
 * Example: "cafÃ©" → "café" gains ~25 bits and is taken; "«É»" → "«ɻ" gains nothing.
 */
import { CharClass, charClass, isAlphabetic } from "../../plausibility/char-class.js";
import { textCost } from "../../plausibility/index.js";
import type { EncodingPair } from "../../types.js";
import { ownCopy } from "../../plausibility/own-copy.js";
import { c1AsWindows1252, hasC1Control } from "./c1-as-windows-1252.js";

/**
 * Bits a repair must gain before it is believed: a prior against claiming mojibake.
 * Set so that the legitimate look-alikes of the negative cases (Portuguese "NÃO",
 * French "«É»", genuine Chinese beside Latin words) stay unchanged.
 */
export const MOJIBAKE_PRIOR_BITS = 10;
/**
 * The prior for the commonest shape of all: two-byte UTF-8 whose lead is C2–C5 and whose
 * continuation shows as a symbol, punctuation or NBSP ("Ã´", "Ä°", "Ĺ "), repaired to
 * letters (Ukrainian "В’" under Windows-1251 is C2 92, a control: no). Real text
 * puts no symbol right after these capitals (Â Ã Ä Å in Windows-1252), so short words
 * ("TÃ´" → "Tô", "Ä°lkay" → "İlkay") need less evidence than a span of any shape.
 */
export const CLASSIC_PAIR_PRIOR_BITS = 4;
/** Extra bits per restored lost byte: a guess needs more evidence than a lossless repair. */
export const LOST_BYTE_PRIOR_BITS = 4;
/**
 * A repair must lower the cost per character of its window by this much, besides the
 * total: set so that symbol rows ("¬®" → "¨", "─┤" → "Ĵ") stay while real repairs,
 * which turn junk into letters, gain several bits per character.
 */
const MIN_GAIN_PER_CHAR_BITS = 0;
/** How many word characters on each side of a span give it context. */
const CONTEXT_WORD_CHARS = 24;

export interface Repair {
  start: number;
  end: number;
  after: string;
  gain: number;
  guess: boolean;
  encodingPair: EncodingPair;
  /**
   * The span's shape is evidence of its own: the classic shape (a symbol right after
   * "Â", "Ã", "â"… that real text never writes, CLASSIC_PAIR_PRIOR_BITS) or three or
   * four characters spelling one long UTF-8 sequence. Such a repair needs no last check
   * that the line reads better per character (a repair shortens the line).
   */
  telltaleShape?: boolean;
}

/** Apply sorted, non-overlapping repairs to a line. */
export function applyRepairs(line: string, repairs: readonly Repair[]): string {
  let out = "";
  let cursor = 0;
  for (const r of repairs) {
    out += line.slice(cursor, r.start) + r.after;
    cursor = r.end;
  }
  return out + line.slice(cursor);
}

function isWordChar(cp: number): boolean {
  const cls = charClass(cp);
  return cls === CharClass.MARK || cls === CharClass.DIGIT || (cls >= CharClass.LATIN_UPPER_ASCII && cls <= CharClass.MODIFIER_LETTER);
}

/** Separator characters (spaces, punctuation) crossed to reach a neighbouring word. */
const CONTEXT_GAP_CHARS = 3;

/** Step one code point left of `i` (UTF-16 offsets). */
function stepLeft(text: string, i: number): number {
  // (By code unit: a low surrogate after a high one ends a pair.)
  return i >= 2 && (text.charCodeAt(i - 1) & 0xfc00) === 0xdc00 && (text.charCodeAt(i - 2) & 0xfc00) === 0xd800 ? i - 2 : i - 1;
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
  return gainBetween(text.slice(ws, we), text.slice(ws, start) + after + text.slice(end, we), isSymbolRun(text.slice(start, end)));
}

/**
 * `plausibilityGain(text, 0, text.length, after)`: a whole text replaced has no words
 * around it to widen to, so it is judged as it stands (the same answer, without the window).
 */
export function wholeTextGain(text: string, after: string): number {
  return gainBetween(text, after, isSymbolRun(text));
}

/**
 * Bits gained by undoing a repair that is already in `repairedText` at [start, end)
 * (where `before` stood): the same judgement as plausibilityGain, seen from the other side.
 */
export function gainOfRepairIn(repairedText: string, start: number, end: number, before: string): number {
  const [ws, we] = contextWindow(repairedText, start, end);
  return gainBetween(repairedText.slice(ws, start) + before + repairedText.slice(end, we), repairedText.slice(ws, we), isSymbolRun(before));
}

/** Symbols, box drawing, punctuation and halfwidth katakana only: the stuff of tables and lists, not of words. */
function isSymbolRun(text: string): boolean {
  for (const ch of text) {
    const cls = charClass(ch.codePointAt(0)!);
    if (isAlphabetic(cls) && cls !== CharClass.HALFWIDTH_KANA) return false;
    if (cls === CharClass.HAN || cls === CharClass.HANGUL || cls === CharClass.KANA) return false;
  }
  return true;
}

/**
 * Judgements already made, by window: the wrong decoders that agree on a span (Windows-1252,
 * Latin-1, ISO-8859-15, Windows-1254 all read "Ã©" the same) ask the same question.
 */
const judged = new Map<string, number>();
const JUDGED_SIZE = 5_000;

/** Bits gained from `before` to `repaired` (two versions of one window). */
function gainBetween(before: string, repaired: string, symbolsOnly: boolean): number {
  const key = `${symbolsOnly ? 1 : 0}${before}\u0000${repaired}`;
  let gain = judged.get(key);
  if (gain === undefined) {
    gain = judge(before, repaired, symbolsOnly);
    if (judged.size >= JUDGED_SIZE) judged.clear();
    judged.set(ownCopy(key), gain);
  }
  return gain;
}

function judge(before: string, repaired: string, symbolsOnly: boolean): number {
  // A control the repair leaves is judged as the character c1-controls will make of it (c1-as-windows-1252.ts).
  if (hasC1Control(repaired) && !hasC1Control(before)) repaired = c1AsWindows1252(repaired);
  const beforeBits = textCost(before);
  const repairedBits = textCost(repaired);
  // Fewer characters cost fewer bits whatever they are: a repair of a run of symbols
  // must also make the text read better character for character ("¬®" → "¨" is
  // shorter, not better). Letters in a run are judged by the total alone: an inner
  // layer of mojibake ("Ã¬Ã Ã¥") reads no better per character than the junk above it.
  if (!symbolsOnly) return beforeBits - repairedBits;
  const perCharGain = beforeBits / charCount(before) - repairedBits / Math.max(1, charCount(repaired));
  if (perCharGain < MIN_GAIN_PER_CHAR_BITS) return Math.min(0, beforeBits - repairedBits);
  return beforeBits - repairedBits;
}

function charCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if ((text.charCodeAt(i) & 0xfc00) !== 0xdc00) n++;
  return n;
}
