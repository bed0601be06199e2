/**
 * A lone lead byte whose continuation a strict decoder lost, which is its own company:
 * the lead reads as a letter that its word rules out. A Latin word broken once ("slučaju":
 * č is C4 8D, and 8D is a byte Windows-1252, -1253 and -1254 leave undefined) keeps its
 * small letters around the lead, so the lead stands as a capital glued after a small
 * letter ("sluÄ�aju") or as a letter of another alphabet ("sluΔ?aju", Greek under
 * Windows-1253). Correct text writes neither before a "?" or U+FFFD. A lead and the
 * U+FFFD after it, glued to a letter, is evidence too: correct text holds no U+FFFD, and
 * a decoder that read the lead kept it ("TĆ� ag": Irish "Tá", C3 A1 under Windows-1257,
 * which leaves A1 undefined). Such a span is judged alone, paying the full prior of a
 * claimed mistake, where a lone lead otherwise needs a second one on its line
 * (rejudged-beside-repairs.ts `loneLeadsInCompany`). A dropped byte leaves no marker: the
 * lead must stand between small letters as a capital, or between letters of another
 * alphabet, AND the word restored must be a frequent word of some language
 * ("podrĆn" → "podrán"); "Äpfel" and camel-case names ("getÄnderung") stay.
 * Before → after (Windows-1257, Python's errors="replace"): "no podrĆ�n" → "no podrán".
 */
import { FREQUENT_WORD_BITS, isFrequentWordSomewhere } from "../../plausibility/frequent-words.js";
import { CLASSIC_PAIR_PRIOR_BITS, type Repair } from "./candidate.js";
import { singleByteLeadBeforeStandIn, singleByteLead } from "./wrong-decoders.js";

/**
 * The prior a dropped lead against its word pays, its word restored into a frequent one:
 * the shape is as telling as a classic pair (CLASSIC_PAIR_PRIOR_BITS: no word puts a
 * capital between its small letters), and the frequent word is credited as the letter
 * choices credit it (FREQUENT_WORD_BITS). Below zero: the letter models alone see little
 * wrong with a capital inside a word ("sluÄaju" reads only 5 bits worse than "slučaju").
 */
export const DROPPED_LEAD_AGAINST_WORD_PRIOR_BITS = CLASSIC_PAIR_PRIOR_BITS - FREQUENT_WORD_BITS;

const REPLACEMENT = "\ufffd";
const QUESTION_MARK = "?";
const REPLACEMENT_UNIT = 0xfffd;
const QUESTION_MARK_UNIT = 0x3f;
const LETTER = /^\p{L}$/u;
const LOWER = /^\p{Ll}$/u;
const UPPER = /^\p{Lu}$/u;
const LATIN = /^\p{Script=Latin}$/u;
const GREEK = /^\p{Script=Greek}$/u;
const CYRILLIC = /^\p{Script=Cyrillic}$/u;

/** The alphabet of a letter, as far as a lead can be of another one than its word (Latin, Greek, Cyrillic). */
function alphabetOf(ch: string): string | undefined {
  if (LATIN.test(ch)) return "latin";
  if (GREEK.test(ch)) return "greek";
  if (CYRILLIC.test(ch)) return "cyrillic";
  return undefined;
}

/**
 * Whether `line[start, end)` — a lead character and the marker after it — stands against
 * its word: after a small letter as a capital or as a letter of another alphabet (any
 * marker), or, behind a U+FFFD, glued to a letter on either side.
 */
export function markedLeadAgainstItsWord(line: string, start: number, end: number): boolean {
  if (end - start !== 2) return false;
  const lead = line[start]!;
  const marker = line[start + 1]!;
  if (!LETTER.test(lead) || (marker !== REPLACEMENT && marker !== QUESTION_MARK)) return false;
  const left = line[start - 1];
  const right = line[end];
  const leftLetter = left !== undefined && LETTER.test(left);
  if (leftLetter) {
    if (LOWER.test(left!) && UPPER.test(lead)) return true;
    const a = alphabetOf(left!);
    const b = alphabetOf(lead);
    if (a !== undefined && b !== undefined && a !== b) return true;
  }
  if (marker === REPLACEMENT) return leftLetter || (right !== undefined && LETTER.test(right));
  // A capital starting a word and a "?" glued to the small letters after it: no question ends so ("k Ä?lanstvu").
  return (left === undefined || WORD_START.test(left)) && UPPER.test(lead) && right !== undefined && LOWER.test(right);
}

/** What may stand before a word: white space or an opening quote or bracket (not a slash of a path or URL). */
const WORD_START = /^[\s"'“‘„«(\[]$/u;

/** Whether `line[start, end)` — a lead character alone, its continuation dropped — stands against the letters on both sides (see above). */
export function droppedLeadAgainstItsWord(line: string, start: number, end: number): boolean {
  if (end - start !== 1 || start === 0 || end >= line.length) return false;
  const lead = kindOf(line.charCodeAt(start));
  const left = kindOf(line.charCodeAt(start - 1));
  const right = kindOf(line.charCodeAt(end));
  if (!(lead & left & right & KIND_LETTER)) return false;
  if (left & KIND_LOWER && lead & KIND_UPPER && right & KIND_LOWER) return true;
  const a = left & KIND_ALPHABETS;
  const b = lead & KIND_ALPHABETS;
  return a !== 0 && b !== 0 && a !== b && (right & KIND_ALPHABETS) === a;
}

/**
 * The tests above as bits, per UTF-16 unit, worked out once each: the screen below runs
 * them on every character beyond ASCII of every line, where three regular expressions
 * a character cost more than all the rest of it.
 */
const KIND_LETTER = 1;
const KIND_LOWER = 2;
const KIND_UPPER = 4;
const KIND_ALPHABETS = 8 | 16 | 32;
const KIND_BY_ALPHABET: Record<string, number> = { latin: 8, greek: 16, cyrillic: 32 };
const KIND_UNKNOWN = 0x80;
const kinds = new Uint8Array(0x10000).fill(KIND_UNKNOWN);

function kindOf(unit: number): number {
  const known = kinds[unit]!;
  if (known !== KIND_UNKNOWN) return known;
  const ch = String.fromCharCode(unit);
  const alphabet = alphabetOf(ch);
  const kind = (LETTER.test(ch) ? KIND_LETTER : 0) | (LOWER.test(ch) ? KIND_LOWER : 0) | (UPPER.test(ch) ? KIND_UPPER : 0) | (alphabet === undefined ? 0 : KIND_BY_ALPHABET[alphabet]!);
  kinds[unit] = kind;
  return kind;
}

/** The word of `text` around [start, end) (letters and marks). */
function wordAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && WORD_CHARACTER.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && WORD_CHARACTER.test(text[to]!)) to++;
  return text.slice(from, to);
}
const WORD_CHARACTER = /^[\p{L}\p{M}]$/u;

/**
 * Whether a span its word rules out may be read alone as `after`: a marked lead always
 * (its gain still decides), a dropped one only when its word becomes a frequent word.
 */
export function leadAgainstItsWordRestores(line: string, start: number, end: number, after: string): boolean {
  if (markedLeadAgainstItsWord(line, start, end)) return true;
  if (!droppedLeadAgainstItsWord(line, start, end)) return false;
  const restored = line.slice(0, start) + after + line.slice(end);
  return isFrequentWordSomewhere(wordAround(restored, start, start + after.length));
}

/**
 * The single-byte decoders (as bits) worth trying on `line` for such a lead: the screens
 * of wrong-decoders.ts look for continuation bytes, and this span has none left.
 */
export function leadAgainstItsWordMask(line: string): number {
  let mask = 0;
  for (let i = 1; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if ((c === REPLACEMENT_UNIT || c === QUESTION_MARK_UNIT) && markedLeadAgainstItsWord(line, i - 1, i + 1)) mask |= singleByteLeadBeforeStandIn(line.charCodeAt(i - 1), c);
    else if (c >= 0x80) {
      // (The decoders first, a table look-up: most characters are a lead under none of them that is not in the mask yet.)
      const leadOf = singleByteLead(c);
      if (leadOf & ~mask && droppedLeadAgainstItsWord(line, i, i + 1)) mask |= leadOf;
    }
  }
  return mask;
}

/**
 * Of the repairs a decoder tried only for such leads makes, those of the leads: its
 * other readings of the line are no business of this screen (a Greek "Ω" before a space
 * under Windows-1253 is a unit, "4,7 kΩ").
 */
export function onlyLeadsAgainstTheirWords(line: string, repairs: Repair[]): Repair[] {
  return repairs.filter((r) => markedLeadAgainstItsWord(line, r.start, r.end) || droppedLeadAgainstItsWord(line, r.start, r.end));
}
