/**
 * A lone halfwidth katakana at the end of a Latin word, or standing alone between Latin
 * words, is the lead of a two-byte letter whose continuation byte Shift_JIS lost. Its
 * single bytes A1–DF are halfwidth katakana, and C2–DF among them are the UTF-8 leads
 * of accented Latin letters; the decoder has no character for 80 or A0 alone, nor for
 * 81–9F before a byte that is no trail, and drops them or leaves U+FFFD or "?": "à" (C3
 * A0) becomes "ﾃ", "ﾃ�" or "ﾃ?". A lone lead is otherwise believed only beside a
 * repair that proves the mistake (span-guards.ts `isWeak`); but halfwidth katakana are
 * written in runs, among Japanese, and one glued to a Latin letter, or alone between two
 * Latin words, with no kana or CJK anywhere on the line, is no Japanese. So such a lead
 * is judged on its own evidence: the words around choose its letter as for any lost byte
 * and it must gain more than the prior, and only a Latin letter is taken (the lead's
 * other readings, "߀"–"߿" of DF, are no letters of a Latin word).
 * Before → after (Python shift_jis, errors="ignore"): "delle sue libertﾃ, ognuno" →
 * "delle sue libertà, ognuno"; (errors="replace") "a droit ﾃ� un niveau" → "a droit à
 * un niveau".
 */
import type { Utf8Span } from "./utf8-spans.js";

const HALFWIDTH_KATAKANA = /[\uff61-\uff9f]/;
/** Fullwidth kana, CJK ideographs and punctuation, fullwidth forms and Hangul: a line of any of them may be Japanese or Korean that writes halfwidth katakana. */
const EAST_ASIAN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Hangul}\u30a0-\u30ff\u31f0-\u31ff\u3000-\u303f\uff01-\uff60]/u;
const LATIN_LETTER = /\p{Script=Latin}/u;
const STAND_IN = /[\ufffd?]/;
/** What may follow the lost byte: the word's end (a space, punctuation but "?", the line's end). */
const WORD_END = /^(?:$|[\s.,;:!)\]}"'»”’\-–—])/u;

/**
 * Whether the span at line[start, end) is a lone halfwidth lead with its lost byte (as
 * above), believed alone: its shape (`isHalfwidthLeadShape`) on a line with no kana or CJK.
 */
export function isHalfwidthLeadInLatinWord(line: string, start: number, end: number, span: Utf8Span): boolean {
  return isHalfwidthLeadShape(line, start, end, span) && !EAST_ASIAN.test(line);
}

/**
 * Whether the span at line[start, end) has the shape of a lone halfwidth lead with its
 * lost byte: one slot, its lead the only survivor, the halfwidth character glued to a
 * Latin letter before it or standing alone after a Latin word, the word's end after the
 * slot, and no halfwidth katakana on the line beside another. Where the line also shows
 * kana or CJK (in Latin text, mojibake of other letters: "fﾄツﾄ" is "făcă"), such a lead
 * is read only beside another repair of the line (utf8-read-as.ts `lostWholeWaiting`).
 */
export function isHalfwidthLeadShape(line: string, start: number, end: number, span: Utf8Span): boolean {
  const only = span.pieces.length === 1 ? span.pieces[0] : undefined;
  if (only === undefined || typeof only === "string" || only.lostLead || only.standIn === "space" || only.survivors.length !== 1) return false;
  const lead = line[start]!;
  if (!HALFWIDTH_KATAKANA.test(lead)) return false;
  const text = line.slice(start, end);
  if (only.standIn === "marker" ? text.length !== 2 || !STAND_IN.test(text[1]!) : text.length !== 1) return false;
  if (!WORD_END.test(line.slice(end))) return false;
  const before = line[start - 1];
  const glued = before !== undefined && LATIN_LETTER.test(before);
  const alone = before === " " && start >= 2 && LATIN_LETTER.test(line[start - 2]!) && /^(?:$|\s)/.test(line.slice(end));
  if (!glued && !alone) return false;
  return [...line].filter((c) => HALFWIDTH_KATAKANA.test(c)).length === [...line.matchAll(LONE_HALFWIDTH)].length;
}

/** A halfwidth katakana with no other beside it. */
const LONE_HALFWIDTH = /(?<![\uff61-\uff9f])[\uff61-\uff9f](?![\uff61-\uff9f])/g;

/** Whether `after`, the letter chosen for such a lead, is a Latin letter. */
export function restoresLatinLetter(after: string): boolean {
  return after.length === 1 && LATIN_LETTER.test(after);
}

/**
 * The double-byte decoders (by their bits in a `decodersThatMayHoldUtf8` mask) worth a
 * look for such a lead on `line`, where the screens see no sequence to repair.
 */
export function halfwidthLeadMask(line: string, shiftJisBit: number): number {
  if (EAST_ASIAN.test(line) || !HALFWIDTH_KATAKANA.test(line)) return 0;
  for (const m of line.matchAll(LONE_HALFWIDTH)) {
    const at = m.index!;
    const before = line[at - 1];
    const next = line.slice(at + 1).replace(/^[\ufffd?]/, "");
    if (before !== undefined && (LATIN_LETTER.test(before) || (before === " " && at >= 2 && LATIN_LETTER.test(line[at - 2]!))) && WORD_END.test(next)) return shiftJisBit;
  }
  return 0;
}
