/**
 * Words of correct CJK text that a double-byte or KOI8 reading turns into something short:
 * alone, with nothing else broken on the line, they are the text's own words. Found on
 * the 10,000 most frequent words of 40 languages run through mojifix in lines of eight
 * (bench/repair-word-lists.bench.js), and on translated program messages:
 * - a lone hanzi whose two bytes are a UTF-8 lead and continuation, its last byte taken as
 *   dropped without a trace: "盒 dna" (Shift_JIS E1 B4) is no "ᴐ dna", "厚 喽 ㄢ" (GBK
 *   E0 B6) no "厚 අ ㄢ", nor "戰爭 mine" (EUC-JP) "٥ધ mine" — as a lone hanzi read
 *   losslessly needs company (utf8-read-as.ts);
 * - one or two common hanzi read as something else, on a line of genuine Chinese (common
 *   hanzi no span reads otherwise) or standing as a word of their own on a line that lost
 *   nothing and has no letters of a third script: "取代 多多" (EUC-JP C2 BF C2 BF) is no
 *   "取代 ¿¿", "防止 小小" (GBK D0 A1 D0 A1) no "防止 СС", "pride 小路 x" no "С·" — a
 *   symbol or two capitals cost fewer bits than two hanzi, letter by letter (between
 *   Greek words, "谓伪" is still "να");
 * - a Russian word that KOI8 re-spells before the space it took for its NBSP byte 9A:
 *   "пёп мю" is no "УКмю" (D0 A3 = "У", and "п" before the space = "К").
 * - one or two common hanzi glued to a Latin word, on a line whose other hanzi are
 *   genuine (common ones no span reads otherwise): Chinese writes Latin words and
 *   acronyms without spaces ("用户"%s"的SCRAM验证", "在WAL目录"), and "的" read as EUC-JP is
 *   "Ū", "目录" as GBK "Ŀ¼"; a letter beside such a hanzi proves nothing there.
 * Each needs a sure repair on the line beside it.
 */
import { isCommonCjk } from "../../plausibility/common-cjk.js";
import { CJK_SCRIPT_GROUP, LATIN_SCRIPT_GROUP, besideForeignLetter, hasLetterOfScript, sameScriptLetters, scriptOf, textOutside } from "./span-guards.js";
import type { Utf8Span } from "./utf8-spans.js";

/** The most characters a word of common hanzi read as something else may have and still need company. */
const SHORT_WORD_CHARS = 2;

/**
 * Whether line[start, end) is one CJK character touching no letter of another script, or a
 * whole word of two, whose lost bytes were all dropped without a trace or stand as a "?"
 * (which is as often the text's own question mark: "金鑰? (y/N)" under GBK is no
 * "金者 (y/N)") — unless they are rare ones on a line of Latin words and no other CJK
 * (broken punctuation's mark).
 */
export function loneHanziWithUnprovenLoss(line: string, start: number, end: number, span: Utf8Span): boolean {
  const source = line.slice(start, end);
  const chars = [...source].filter((ch) => ch !== "?");
  // (Stand-ins alone are a lost hanzi only where the line shows CJK: among Latin words alone,
  // "topics ??? not" is a dash lost byte by byte, question-marks-only.ts.)
  if (chars.length === 0 && !hasLetterOfScript(line, CJK_SCRIPT_GROUP)) return false;
  if (chars.length > SHORT_WORD_CHARS || !chars.every((ch) => scriptOf(ch) === CJK_SCRIPT_GROUP)) return false;
  if (!span.pieces.every((p) => typeof p === "string" || p.standIn === "dropped" || (p.standIn === "marker" && !source.includes("\ufffd")))) return false;
  const allCommon = chars.every((ch) => isCommonCjk(ch.codePointAt(0)!));
  // (A rare one before a "?" is broken punctuation's mark: "鈥? " is "• ".)
  if (!allCommon && span.pieces.some((p) => typeof p !== "string" && p.standIn === "marker")) return false;
  // (A rare one among Latin words and no other CJK is the classic mark of broken punctuation: "鈥 Enhver" is "• Enhver".)
  if (!allCommon && !hasLetterOfScript(line.slice(0, start) + line.slice(end), CJK_SCRIPT_GROUP) && LATIN_LETTER.test(line)) return false;
  return chars.length === 1 ? !besideForeignLetter(line, start, end) : !isWordCharacter(line, start - 1, -1) && !isWordCharacter(line, end, 1);
}

/** Whether line[start, end) is a whole word of at most two common CJK characters, with no letter on either side. */
export function shortCommonCjkWord(line: string, start: number, end: number): boolean {
  return fewCommonCjk(line.slice(start, end)) && !isWordCharacter(line, start - 1, -1) && !isWordCharacter(line, end, 1);
}

/** Whether `line` has a letter of a script other than Latin and CJK (a reading's letters could be that script's own). */
export function lettersOfThirdScript(line: string): boolean {
  for (const ch of line) {
    const script = scriptOf(ch);
    if (script !== undefined && script !== CJK_SCRIPT_GROUP && script !== LATIN_SCRIPT_GROUP) return true;
  }
  return false;
}

const LATIN_LETTER = /\p{Script=Latin}/u;

/** Whether the character ending before `i` (`step` −1) or starting at `i` (`step` 1) is a letter or mark. */
function isWordCharacter(line: string, i: number, step: 1 | -1): boolean {
  if (i < 0 || i >= line.length) return false;
  const cp = step === 1 ? line.codePointAt(i)! : line.codePointAt(i > 0 && /[\udc00-\udfff]/.test(line[i]!) ? i - 1 : i)!;
  return WORD_CHARACTER.test(String.fromCodePoint(cp));
}

const WORD_CHARACTER = /^[\p{L}\p{M}]$/u;

/**
 * Whether the span only re-spells letters of one script and takes the space after them
 * for a lost NBSP byte (KOI8's 9A): "пёп " → "УК".
 */
export function respellingBeforeLostNbsp(source: string, span: Utf8Span): boolean {
  const slots = span.pieces.filter((p) => typeof p !== "string");
  if (slots.length === 0 || !slots.every((p) => p.standIn === "space")) return false;
  const whole = span.pieces.filter((p): p is string => typeof p === "string").join("");
  return whole.length > 0 && sameScriptLetters(source.trimEnd(), whole);
}


/** Common CJK characters of the line outside every span a decoder found: at least this many make the line's Chinese genuine. */
export const CHINESE_AROUND_MIN = 2;

/** How many common CJK characters `line` has outside the spans found. */
export function commonCjkOutside(line: string, found: readonly { start: number; end: number }[]): number {
  let count = 0;
  for (const ch of textOutside(line, found)) if (isCommonCjk(ch.codePointAt(0)!)) count++;
  return count;
}

/**
 * Whether line[start, end) is a run of common hanzi (and punctuation) whose lost bytes
 * were all dropped without a trace, on a line whose other hanzi are genuine too: a byte
 * that was never there is no proof against a line of Chinese ("持續讀取直到" under
 * Shift_JIS, an 80 taken as dropped after E3, is no "持〔椎撼到"; "网站（https" no
 * "〤⋁ihttps", "乌夜啼·昨夜" under EUC-KR no "乌在𦡤昨夜").
 */
export function commonHanziRunWithDroppedByte(line: string, start: number, end: number, span: Utf8Span, found: readonly { start: number; end: number }[]): boolean {
  if (!span.pieces.every((p) => typeof p === "string" || p.standIn === "dropped")) return false;
  let hanzi = 0;
  for (const ch of line.slice(start, end)) {
    if (isCommonCjk(ch.codePointAt(0)!)) hanzi++;
    else if (!PUNCTUATION_OR_SYMBOL.test(ch)) return false;
  }
  return hanzi > 0 && commonCjkOutside(line, found) >= CHINESE_AROUND_MIN;
}

const PUNCTUATION_OR_SYMBOL = /^[\p{P}\p{S}]$/u;

/**
 * Whether line[start, end) is one or two characters with a common hanzi on one side and a
 * common hanzi or full-width punctuation on the other: on a line of genuine Chinese, rare
 * hanzi there are the text's own (a classical poem's "貙貙" is GBK D8 8C D8 8C, UTF-8
 * "،،"); UTF-8 read as GBK would have broken the neighbours too.
 */
export function shortWordBetweenCommonHanzi(line: string, start: number, end: number): boolean {
  if ([...line.slice(start, end)].length > SHORT_WORD_CHARS) return false;
  const left = codePointBefore(line, start);
  const right = line.codePointAt(end);
  if (left === undefined || right === undefined) return false;
  return (isCommonCjk(left) && (isCommonCjk(right) || isFullWidthPunctuation(right))) || (isFullWidthPunctuation(left) && isCommonCjk(right));
}

/**
 * Whether `before`, one or two hanzi, reads as `after`, letters of a third script (not
 * Latin, not CJK): on a line of genuine Chinese that is a word of its own ("index(谆谆教诲,
 * 彖帢)" in a text about Big5 is no "index(…, να)"); UTF-8 read as Big5 would have
 * broken the Chinese too.
 */
export function shortWordIntoThirdScript(before: string, after: string): boolean {
  if ([...before].length > SHORT_WORD_CHARS) return false;
  let letters = 0;
  for (const ch of after) {
    const script = scriptOf(ch);
    if (script === undefined) continue;
    if (script === CJK_SCRIPT_GROUP || script === LATIN_SCRIPT_GROUP) return false;
    letters++;
  }
  return letters > 0;
}

/** CJK punctuation ("，", "。", "「") and full-width forms. */
function isFullWidthPunctuation(cp: number): boolean {
  return (cp >= 0x3001 && cp <= 0x303f) || (cp >= 0xff01 && cp <= 0xff0f) || (cp >= 0xff1a && cp <= 0xff20) || (cp >= 0xff3b && cp <= 0xff40) || (cp >= 0xff5b && cp <= 0xff65);
}

/** Whether `text` is one or two characters, all common CJK. */
export function fewCommonCjk(text: string): boolean {
  const chars = [...text];
  return chars.length <= SHORT_WORD_CHARS && chars.every((ch) => isCommonCjk(ch.codePointAt(0)!));
}

/** Whether the character just before `start` or at `end` is a CJK character. */
export function besideCjk(line: string, start: number, end: number): boolean {
  const left = codePointBefore(line, start);
  const right = line.codePointAt(end);
  return isCjkCharacter(left === undefined ? undefined : String.fromCodePoint(left)) || isCjkCharacter(right === undefined ? undefined : String.fromCodePoint(right));
}

/** The code point that ends just before `at` (a surrogate pair read whole), or undefined at the line's start. */
function codePointBefore(line: string, at: number): number | undefined {
  return at > 0 ? line.codePointAt(at - 1 - (at >= 2 && /[\udc00-\udfff]/.test(line[at - 1]!) ? 1 : 0)) : undefined;
}

/**
 * Marks Japanese writes as letters of its words that Unicode files under no script: the
 * long-vowel mark ("サーバー側": "側" stands beside the katakana word) and "々".
 */
const JAPANESE_COMMON_LETTER = /^[\u3005\u30fc\uff70]$/;

function isCjkCharacter(ch: string | undefined): boolean {
  return ch !== undefined && (scriptOf(ch) === CJK_SCRIPT_GROUP || JAPANESE_COMMON_LETTER.test(ch));
}
