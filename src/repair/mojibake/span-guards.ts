/**
 * The evidence rules a UTF-8 span must pass before its repair is even weighed: each
 * one a kind of correct text that happens to re-encode as UTF-8 ("但" alone, a row
 * of hanzi, Adyghe "пІ", a lone combining mark on "Â") or a repair that only adds
 * junk. Kept apart from the search so each rule can be read, with its example.
 */
import { charClass, scriptGroup } from "../../plausibility/char-class.js";
import { isCommonCjk } from "../../plausibility/common-cjk.js";
import { isKnownCharacter } from "../../plausibility/index.js";
import type { Utf8Span } from "./utf8-spans.js";
import { rareHanziSpellHangul } from "./rare-hanzi-spell-hangul.js";

/** The script group of a character (undefined for a non-letter or none). */
export function scriptOf(ch: string | undefined): number | undefined {
  const cp = ch?.codePointAt(0);
  if (cp === undefined) return undefined;
  const group = scriptGroup(charClass(cp));
  return group < 0 ? undefined : group;
}

/**
 * A repair must give characters real text uses (not an unseen Hebrew accent from
 * "Ö’"). C1 controls pass: they are what an inner layer of sloppy Windows-1252 holds
 * ("Â˜" → U+0098, the third byte of "‘" one layer down).
 */
export function onlyKnownCharacters(text: string): boolean {
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0xa0 && !isKnownCharacter(ch, true) && !punctuationAmongItsLetters(ch, text) && !rareHanziAmongCommon(cp, text) && !indicLetterAmongItsScript(cp, text)) return false;
  }
  return true;
}

/** The Indic blocks (Devanagari to Sinhala), 128 code points each: a block is a script. */
const INDIC_FIRST = 0x0900;
const INDIC_LAST = 0x0dff;
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;

/**
 * A letter or vowel sign of an Indic script that the training text never showed is
 * everyday among letters of that script it did show: Hindi's "ॉ" and "ऑ" of loanwords
 * ("कॉफी", "ऑफिस"), Marathi's "ॲ" ("ॲप"), Assamese "ৰ" and "ৱ" ("কৰক"). Not alone,
 * where it is no more than an unseen character ("à¥²" by itself).
 */
function indicLetterAmongItsScript(cp: number, text: string): boolean {
  if (cp < INDIC_FIRST || cp > INDIC_LAST || !LETTER_OR_MARK.test(String.fromCharCode(cp))) return false;
  const block = cp >> 7;
  for (const other of text) {
    const o = other.codePointAt(0)!;
    if (o !== cp && o >> 7 === block && ONE_LETTER.test(other) && isKnownCharacter(other, true)) return true;
  }
  return false;
}

/**
 * A hanzi outside the frequent levels is everyday in a name among frequent ones
 * ("闳国良"), not alone: a span of rare hanzi only is what double-byte mojibake makes.
 */
function rareHanziAmongCommon(cp: number, text: string): boolean {
  if (cp < 0x4e00 || cp > 0x9fff) return false;
  for (const other of text) if (isCommonCjk(other.codePointAt(0)!)) return true;
  return false;
}

/**
 * A script's own punctuation is everyday among that script's letters (Hebrew "ע״מ"),
 * not alone ("’ú" under MacRoman is Armenian "՜", in a Latin text).
 */
function punctuationAmongItsLetters(ch: string, text: string): boolean {
  if (!/^\p{P}$/u.test(ch)) return false;
  const script = SCRIPT_OF_PUNCTUATION.find((s) => s.test(ch));
  if (!script) return false;
  for (const other of text) if (other !== ch && /\p{L}/u.test(other) && script.test(other)) return true;
  return false;
}

const SCRIPT_OF_PUNCTUATION = ["Hebrew", "Arabic", "Armenian", "Devanagari", "Thai", "Georgian"].map((s) => new RegExp(`^\\p{Script=${s}}$`, "u"));

export function charCount(text: string): number {
  return [...text].length;
}

/**
 * Whether a letter outside Han, kana and Hangul touches [start, end) — unless a lone
 * ASCII capital stands on each side: "A的B" and "X同Y" are Chinese naming things with
 * letters, not "AŪB" and "XƱY" (a word has small letters: "n瓊o" is "não"). The letter
 * that ends a printf conversion is a placeholder's, no word's: "%s的%s" is no "%sŪ%s".
 */
export function besideForeignLetter(line: string, start: number, end: number): boolean {
  const isForeignLetter = (cp: number | undefined) => {
    if (cp === undefined) return false;
    const group = scriptGroup(charClass(cp));
    return group >= 0 && group !== CJK_SCRIPT_GROUP;
  };
  const leftIndex = start >= 2 && /[\udc00-\udfff]/.test(line[start - 1]!) ? start - 2 : start - 1;
  const left = start > 0 ? line.codePointAt(leftIndex) : undefined;
  const right = line.codePointAt(end);
  if (loneCapital(line, leftIndex, -1) && loneCapital(line, end, 1)) return false;
  return (isForeignLetter(left) && !PRINTF_CONVERSION_END.test(line.slice(Math.max(0, leftIndex - PRINTF_CONVERSION_MAX_CHARS), leftIndex + 1))) || isForeignLetter(right);
}

/** A printf conversion ("%s", "%d", "%1$s", "%-10ls") ending the text. */
const PRINTF_CONVERSION_END = /%(?:\d+\$)?[-+ #0]*\d*(?:\.\d+)?(?:hh|ll|[hlLqjzt])?[a-zA-Z]$/;
/** The longest conversion looked for ("%1$-10.3ls"). */
const PRINTF_CONVERSION_MAX_CHARS = 12;

/** Whether line[i] is an ASCII capital with no ASCII letter next to it on the far side (`away` is the direction away from the span). */
function loneCapital(line: string, i: number, away: 1 | -1): boolean {
  const code = line.charCodeAt(i);
  if (!(code >= 0x41 && code <= 0x5a)) return false;
  return !/[A-Za-z]/.test(line[i + away] ?? "");
}

/** scriptGroup() of Han, kana and Hangul. */
export const CJK_SCRIPT_GROUP = 6;

/**
 * UTF-8 CJK (three bytes, leads E0–EF) read as GBK, Big5 or EUC lands on their rare
 * characters (GB2312 level 2, GBK's extensions: "鈥", "檚"). A span of frequent
 * hanzi that decodes to other hanzi is genuine Chinese whose bytes happen to form
 * UTF-8, and is not looked at further.
 */
export function commonHanziToHanzi(before: string, after: string): boolean {
  for (const ch of after) if (scriptOf(ch) !== CJK_SCRIPT_GROUP) return false;
  for (const ch of before) if (!isCommonCjk(ch.codePointAt(0)!)) return false;
  return true;
}

/** Whether every character a span could restore, and every whole character in it, is CJK. */
export function slotsOnlyHanzi(span: Utf8Span): boolean {
  return span.pieces.every((p) =>
    typeof p === "string" ? [...p].every((ch) => ch.charCodeAt(0) < 0x80 || scriptOf(ch) === CJK_SCRIPT_GROUP) : p.candidates.every((c) => scriptOf(c) === CJK_SCRIPT_GROUP),
  );
}

const C1_CONTROL = /^[\u0080-\u009f]$/u;

/**
 * A repair that only deletes a letter standing alone before a symbol: UTF-8 C2 xx is
 * U+00xx, and many code pages read C2 as a letter — Cyrillic "В" (Windows-1251), Greek
 * "Β", Latvian "Ā" — which real text also writes alone before a quote or a symbol
 * ("витамин «В»" must not become "витамин «»"). Only "Â" and "¬" (Windows-1252 and
 * MacRoman), which no word ends on, are believed alone; the others need a repair of
 * another kind on the line for company.
 */
export function deletesLoneLetter(line: string, start: number, end: number, after: string): boolean {
  // (Or before punctuation its reading makes a C1 control, which stands for that punctuation:
  // Ukrainian "В’єтнам" under Windows-1251 is C2 92, U+0092, the "’" of Windows-1252.)
  if (end - start !== 2 || (after !== line[start + 1] && !C1_CONTROL.test(after))) return false;
  const lead = line[start]!;
  return lead !== "Â" && lead !== "¬" && LETTER.test(lead) && !LETTER.test(line[start - 1] ?? " ");
}

/**
 * Whether line[start, end), a letter and a punctuation mark, reads as that same letter:
 * the reading only deletes the mark. Windows-1256 reads "ط" as D8 and "·" as B7, and
 * D8 B7 is UTF-8 for "ط": Arabic that separates its words with "·" ("ستربط·الجهة")
 * would lose its separator. Like a deleted lone letter, it needs company.
 */
export function deletesPunctuationAfterLetter(line: string, start: number, end: number, after: string): boolean {
  return end - start === 2 && after === line[start] && LETTER.test(line[start]!) && PUNCTUATION.test(line[start + 1]!);
}

/**
 * A word's last letter and the punctuation after it, where the code page's letters are
 * lead bytes and its punctuation continuation bytes: Arabic "ضغط،" is D8 A1 in
 * Windows-1256 (UTF-8 for "ء"). Real text ends words so all the time. Asked for the
 * less common decoders only: under the common ones such pairs are mojibake far more
 * often than not (Windows-1251 "РѕС‚" has "С‚" after a letter).
 */
export function wordEndThenPunctuation(line: string, start: number, end: number): boolean {
  if (end - start !== 2) return false;
  const lead = line[start]!;
  if (!LETTER.test(lead) || LATIN.test(lead) || LETTER.test(line[end] ?? " ")) return false;
  // (Or an exponent after a letter, even one standing alone: Arabic "م/ث²", metres per second squared, is CB B2.)
  return (LETTER.test(line[start - 1] ?? " ") && PUNCTUATION.test(line[start + 1]!)) || SUPERSCRIPT_DIGIT.test(line[start + 1]!);
}
const SUPERSCRIPT_DIGIT = /^[\u00b9\u00b2\u00b3]$/;
const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;
const PUNCTUATION = /\p{P}/u;

/** Both texts are letters (and marks) of one and the same script, other than Latin. */
export function sameScriptLetters(before: string, after: string): boolean {
  let script: number | undefined;
  for (const ch of before + after) {
    const s = scriptOf(ch);
    if (s === undefined) {
      if (!/\p{M}/u.test(ch)) return false;
      continue;
    }
    if (script !== undefined && s !== script) return false;
    script = s;
  }
  // Latin is left out: "ÃŸ" → "ß" is the commonest mojibake there is. So is Korean read as rare hanzi (rare-hanzi-spell-hangul.ts).
  return script !== undefined && script !== LATIN_SCRIPT_GROUP && !rareHanziSpellHangul(before, after);
}

/** The text of `line` outside every span of `spans` (the stretches between them, joined). */
export function textOutside(line: string, spans: readonly { start: number; end: number }[]): string {
  let outside = "";
  let cursor = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start > cursor) outside += line.slice(cursor, span.start);
    cursor = Math.max(cursor, span.end);
  }
  return outside + line.slice(cursor);
}

/** Whether `text` has a letter of the script group `script`. */
export function hasLetterOfScript(text: string, script: number): boolean {
  for (const ch of text) if (scriptOf(ch) === script) return true;
  return false;
}

/** scriptGroup() of Latin letters. */
export const LATIN_SCRIPT_GROUP = 0;

const ONLY_MARKS = /^\p{M}+$/u;

/**
 * Decomposed text (macOS file names, NFD) breaks into lone combining marks:
 * "e\u0301" read as Windows-1252 is "eÌ\u0081". Such marks must land on a plain
 * base letter; a mark repaired onto a letter that already has one ("ÂÃÄ" → "Ầ") is
 * not decomposed text but a row of accented capitals.
 */
export function marksHaveABase(after: string, left: string | undefined): boolean {
  if (!ONLY_MARKS.test(after)) return true;
  // A keycap emoji: a digit, "#" or "*" with the emoji selector and the enclosing keycap ("1️⃣").
  if (left !== undefined && /^[0-9#*]$/.test(left) && KEYCAP.test(after)) return true;
  return left !== undefined && /\p{L}/u.test(left) && left.normalize("NFD") === left;
}

const KEYCAP = /^\ufe0f?\u20e3$/;

/**
 * A span is weak when it holds no whole sequence and only lone lead bytes lost their
 * partner — except one lead byte before a space that stood for its NBSP byte: that is
 * a letter whatever else the line holds ("direito Ã  educação" → "à"), judged by its gain.
 */
export function isWeak(span: Utf8Span): boolean {
  if (isLoneLeadBeforeLostNbsp(span)) return false;
  // A sequence that lost its lead behind a U+FFFD or "?" is evidence enough ("◆\x9a"); a
  // lone C1 control alone is not (Windows-1250 "š" read as Latin-1 is U+009A too), nor
  // stand-ins alone for a character lost whole.
  return span.sequences === 0 && span.pieces.every((p) => typeof p === "string" || (p.survivors.length < 2 && !(p.lostLead && p.standIn === "marker" && p.survivors.length > 0)));
}

export function isLoneLeadBeforeLostNbsp(span: Utf8Span): boolean {
  const only = span.pieces.length === 1 ? span.pieces[0] : undefined;
  return only !== undefined && typeof only !== "string" && only.standIn === "space" && only.survivors.length === 1;
}

/** CJK and full-width punctuation, kana, and the dashes, quotes and ellipsis of general punctuation. */
function isCjkPunctuationOrKana(cp: number): boolean {
  return (cp >= 0x3000 && cp <= 0x30ff) || (cp >= 0xff01 && cp <= 0xff5e) || (cp >= 0x2010 && cp <= 0x2027);
}

/**
 * A line of frequent CJK characters only (with kana, CJK or ASCII punctuation, digits,
 * no Latin letter) is genuine: UTF-8 read through a double-byte code page leaves rare
 * characters (three-byte UTF-8 lands on GB2312 level 2 or the GBK extensions: "涓枃"
 * for "中文") or sits glued to Latin letters ("Kari艈拧"). So no double-byte decoder
 * needs to look at it. Example: "人人生而自由，在尊严和权利上一律平等。" → true;
 * "鈥渉ello" → false.
 */
export function onlyFrequentCjk(line: string): boolean {
  let cjk = 0;
  for (let i = 0; i < line.length; i++) {
    const cp = line.charCodeAt(i);
    if (cp < 0x80) {
      if ((cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7a) return false;
    } else if (!isCjkPunctuationOrKana(cp)) {
      if (cp >= 0xd800 && cp <= 0xdfff) return false;
      if (!isCommonCjk(cp)) return false;
      cjk++;
    }
  }
  return cjk > 0;
}

/**
 * Letters that spell one letter of a script no other letter of the line is in: a
 * stray, believed only in company ("Ðà" is CP850 for Cyrillic "х", but "Ðà Nẵng" is
 * Vietnamese written with Ð for Đ). A symbol in the span (or Latin-1's ª µ º) is the
 * classic shape and needs no company: "the Î± particle" → "the α particle".
 */
export function lettersSpellAStrayLetter(line: string, start: number, end: number, after: string): boolean {
  const before = line.slice(start, end);
  if (!ONLY_LETTERS_OR_MARKS.test(before) || LATIN1_SYMBOL_LETTERS.test(before) || !ONE_LETTER.test(after)) return false;
  const script = scriptOf(after);
  for (let i = 0; i < line.length; i++) if ((i < start || i >= end) && scriptOf(line[i]) === script) return false;
  return true;
}

const ONLY_LETTERS_OR_MARKS = /^[\p{L}\p{M}]+$/u;
/** Latin-1's letters among its symbols (ª µ º): a span with one is the classic shape ("Îµ" → "ε"). */
const LATIN1_SYMBOL_LETTERS = /[ªµº]/;
const ONE_LETTER = /^\p{L}$/u;

const HALFWIDTH_KATAKANA_ONLY = /^[\uff61-\uff9f]+$/;

/**
 * Halfwidth katakana read as UTF-8 through Shift_JIS pair up into letters ("ﾃｽ" is C3 BD,
 * "ý"), and a lead left at a word's end ("ﾄ", C4) looks like a sequence whose
 * continuation byte was dropped without a trace. With nothing else broken on the line,
 * such a span is Japanese, not "ýđ": a dropped byte among halfwidth katakana needs a
 * sure repair beside it.
 */
export function droppedAmongHalfwidthKatakana(text: string, span: Utf8Span): boolean {
  return HALFWIDTH_KATAKANA_ONLY.test(text) && span.pieces.some((p) => typeof p !== "string" && p.standIn === "dropped");
}

