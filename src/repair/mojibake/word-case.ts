/**
 * A reading that breaks the case of the word it stands in is no repair: mojibake keeps
 * the case of the letters it hides (an all-capitals word's letters read back as capitals,
 * "SELK脛" → "SELKÄ"), while correct text glues its own letters to a word in ways no
 * reading of a broken letter would. Found on translated program messages (gettext
 * catalogs of 3,753 files): Romanian "SCHEMĂ    Numele" is no "SCHEMà" (Windows-1250
 * "Ă" and a space taken for its NBSP byte), Chinese "OLD表" no "OLDɽ" (EUC-JP),
 * "但SCRAM" no "âSCRAM", "SQL文" no "SQLʸ" (a modifier letter is no letter of a word).
 * A single-byte reading is held to the first rule only: a layer of mojibake read back
 * leaves capitals inside small words on the way ("tÃƒÂ«" is "tÃ«" before it is "të").
 */

const UPPER = /^\p{Lu}$/u;
const LOWER = /^\p{Ll}$/u;
const LETTER = /^\p{L}$/u;
const MODIFIER_LETTER = /^\p{Lm}$/u;

/**
 * The letters of the word that end just before `at` in `text` (at most `max` of them),
 * through the hyphens of a compound: in "BẢNG-MÃ" the "M" stands among capitals
 * (Vietnamese "MÃ" and three spaces is no "Mà").
 */
function lettersBefore(text: string, at: number, max: number): string[] {
  const out: string[] = [];
  for (let i = at - 1; i >= 0 && out.length < max; i--) {
    const ch = text[i]!;
    if (ch === "-" && out.length > 0 && i > 0 && LETTER.test(text[i - 1]!)) continue;
    if (!LETTER.test(ch)) break;
    out.unshift(ch);
  }
  return out;
}

/**
 * Whether the reading stands in a word after a hyphen that begins with one capital and
 * goes on in small letters: an acronym's compound ("DVD-LÃ¤nder" is "DVD-Länder",
 * "IT-LÃ¶sung" "IT-Lösung"), whose capitals before the hyphen say nothing of this word.
 */
function titleCaseAfterHyphen(context: string, at: number, length: number): boolean {
  return context[at - 2] === "-" && UPPER.test(context[at - 1] ?? "") && LOWER.test(context[at + length] ?? "");
}

/**
 * Whether `after`, read at [at, at + length) of `context` in place of what stands there,
 * breaks the case of its word: a small letter after two or more capitals of the word
 * (and none small), a small letter right before a capital, or a modifier letter touching
 * a letter. (Not a capital after a small letter: a layer of mojibake read back has them,
 * "c脙麓ng" is "cÃ´ng" before it is "công".)
 */
export function breaksWordCase(context: string, at: number, length: number, after: string, onlySmallAfterCapitals = false): boolean {
  const letters = [...after];
  const first = letters[0];
  const last = letters[letters.length - 1];
  if (first === undefined || last === undefined) return false;
  const before = lettersBefore(context, at, 3);
  const next = context[at + length];
  const left = before[before.length - 1];
  const smallAfterCapitals = LOWER.test(first) && before.length >= 2 && before.every((ch) => UPPER.test(ch)) && !titleCaseAfterHyphen(context, at, length);
  if (onlySmallAfterCapitals) return smallAfterCapitals;
  if (MODIFIER_LETTER.test(first) && left !== undefined) return true;
  if (MODIFIER_LETTER.test(last) && next !== undefined && LETTER.test(next)) return true;
  if (smallAfterCapitals) return true;
  return LOWER.test(last) && next !== undefined && UPPER.test(next);
}
