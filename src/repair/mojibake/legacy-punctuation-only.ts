/**
 * A line of Latin text from a Chinese, Japanese or Korean legacy file read as
 * Windows-1252 (or Latin-1), whose only non-ASCII characters were typographic quotes,
 * apostrophes and ellipses: those legacies write them as two bytes, lead A1 (Shift_JIS
 * 81), which a single-byte decoder shows as "¡" and one more character ("isn¡¯t" is
 * GBK's "isn’t", "Restart¡Ä" EUC-JP's "Restart…", "printer\u0081fs" Shift_JIS's
 * "printer’s"). Nothing else on such a line shows the legacy, so the marks must speak
 * for themselves: every non-ASCII character of the line belongs to such a pair, each
 * pair reads as a mark that fits where it stands (an apostrophe or closing mark glued to
 * the word before it, where Spanish never writes "¡"; an opening quote before a word),
 * and each encoding under which the whole line reads so is one option, for the letter
 * model to weigh against the others ("¡¦" is Big5's apostrophe but EUC-KR's ellipsis).
 * Example: "If there isn¡¯t a driver, click Add¡­ to look for one." → "If there isn’t a
 * driver, click Add… to look for one." (GBK).
 */
import { decodeBytes } from "../../decode/decode.js";
import { textCost } from "../../plausibility/index.js";
import { type Repair, applyRepairs } from "./candidate.js";
import { wrongDecoder } from "./wrong-decoders.js";

/** The legacies whose punctuation rows start with byte A1 (their lead), and Shift_JIS, whose start with 81. */
const A1_LEAD_LEGACIES = ["gbk", "big5", "euc-kr", "euc-jp"] as const;
const SHIFT_JIS = "shift_jis";
const READ_AS = "windows-1252";

/** The marks such a line may have held: closing ones glued to the word before them, opening ones before a word. */
const CLOSING_MARKS = new Set(["\u2019", "\u201d", "\u2026"]);
const OPENING_MARKS = new Set(["\u2018", "\u201c"]);

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** After an apostrophe, the rest of a contracted word: English "’s", "’t", "’ll", "’re", "’ve", "’d", "’m". */
const CONTRACTION_TAIL = /^(?:s|t|d|m|ll|re|ve)(?![\p{L}\p{N}])/iu;
/** Before an apostrophe inside a word, an elided word: one letter or "qu" ("l’", "d’", "qu’"), at the word's start. */
const ELIDED_HEAD = /(?:^|[^\p{L}\p{N}])(?:\p{L}|qu)$/iu;
/** What a closing mark may follow besides a letter or digit: a full stop or other ASCII punctuation ("hidden.”"). */
const BEFORE_CLOSING = /^[.,!?;:)\]'"]$/;
/** At least two ASCII words of three letters: a line of Latin text, not a few stray symbols. */
const ASCII_WORDS = /[A-Za-z]{3,}[^A-Za-z]+[A-Za-z]{3,}/;
/** A lead as the line shows it: "¡" (A1), Shift_JIS's 81 as a C1 control (Latin-1) or lost to U+FFFD (Windows-1252). */
const MAY_HOLD_LEAD = /[\u00a1\u0081\ufffd]/;

interface Pair {
  start: number;
  /** Its two bytes: the lead (A1, or Shift_JIS's 81) and the byte the next character stands for. */
  bytes: Uint8Array;
  shiftJis: boolean;
}

/** The pairs of `line`, or undefined when some non-ASCII character is in none. */
function pairsOf(line: string): Pair[] | undefined {
  const decoder = wrongDecoder(READ_AS);
  const pairs: Pair[] = [];
  for (let i = 0; i < line.length; i++) {
    const unit = line.charCodeAt(i);
    if (unit < 0x80) continue;
    if (i + 1 >= line.length) return undefined;
    const next = line.charCodeAt(i + 1);
    const trail = next < 0x80 ? next : decoder.bytesOf(next);
    if (trail === undefined) return undefined;
    if (unit === 0xa1) pairs.push({ start: i, bytes: Uint8Array.of(0xa1, trail), shiftJis: false });
    else if (unit === 0x81 || unit === 0xfffd) pairs.push({ start: i, bytes: Uint8Array.of(0x81, trail), shiftJis: true });
    else return undefined;
    i++;
  }
  return pairs;
}

/** Whether `mark` fits between the text `before` and `after` it on the line. */
function fitsItsPlace(mark: string, before: string, after: string): boolean {
  const left = before[before.length - 1];
  const right = after[0];
  if (CLOSING_MARKS.has(mark)) {
    if (left === undefined || !(LETTER_OR_DIGIT.test(left) || BEFORE_CLOSING.test(left))) return false;
    if (right === undefined || !LETTER_OR_DIGIT.test(right)) return true;
    // Only the apostrophe goes on into a letter, and only as one: a contraction ("isn’t",
    // "printer’s") or an elision ("l’homme", "qu’il"), not a letter lost inside a word ("K�fer").
    return mark === "\u2019" && (CONTRACTION_TAIL.test(after) || ELIDED_HEAD.test(before));
  }
  if (OPENING_MARKS.has(mark)) return (left === undefined || left === " " || left === "(" || left === "[") && right !== undefined && LETTER_OR_DIGIT.test(right);
  return false;
}

/** Each legacy's reading of the line's marks, one option per distinct reading that fits. */
export function repairsForLegacyPunctuationOnly(line: string): Repair[][] {
  if (!MAY_HOLD_LEAD.test(line) || !ASCII_WORDS.test(line)) return [];
  const pairs = pairsOf(line);
  if (!pairs || pairs.length === 0) return [];
  const options: Repair[][] = [];
  const seen = new Set<string>();
  const lineCost = textCost(line);
  for (const legacy of [...A1_LEAD_LEGACIES, SHIFT_JIS]) {
    const repairs: Repair[] = [];
    for (const pair of pairs) {
      if (pair.shiftJis !== (legacy === SHIFT_JIS)) break;
      const mark = decodeBytes(pair.bytes, legacy);
      if (!fitsItsPlace(mark, line.slice(0, pair.start), line.slice(pair.start + 2))) break;
      repairs.push({ start: pair.start, end: pair.start + 2, after: mark, gain: 0, guess: false, encodingPair: { encoding: legacy, readAs: READ_AS } });
    }
    if (repairs.length !== pairs.length) continue;
    const key = repairs.map((r) => r.after).join("");
    if (seen.has(key)) continue;
    seen.add(key);
    const gain = lineCost - textCost(applyRepairs(line, repairs));
    if (gain <= 0) continue;
    for (const r of repairs) r.gain = gain / repairs.length;
    options.push(repairs);
  }
  return options;
}
