/**
 * An apostrophe told from other punctuation by how the line's language writes it. Where a
 * lost byte leaves only the place of a mark (typography.ts), the place alone reads
 * "jista◆ jfittex" as "jista… jfittex" and "as ◆n lid" as "as “n lid"; but Maltese elides
 * with a final apostrophe ("ta’", "jista’") and Afrikaans writes its article "’n", and
 * their letter models, learnt from text that writes the apostrophe as "'", know those
 * letter pairs well. So at a word's edge, where the place gives no quote a partner to
 * close or open, the mark is the apostrophe when the line's language reads the letter and
 * "'" beside it, and "'" and the space or letter on its other side, for few bits together
 * (APOSTROPHE_AT_EDGE_MAX_BITS). Between two letters, where the place puts the apostrophe
 * just above the hyphen, the language's pairs choose between them when they differ clearly
 * ("técnico‐profissional" in Portuguese, "a’u" in Welsh). Each stays a guess.
 * Before → after (Python gbk, Maltese): "jkun jista鈥� jfittex" → "jkun jista’ jfittex";
 * (Python euc_kr, Afrikaans) "as ◆◆◆n lid" → "as ’n lid".
 */
import { pairBitsIn } from "../../plausibility/language-bigrams.js";
import type { Closer } from "./typography.js";

const APOSTROPHE = "\u2019";
const HYPHEN = "\u2010";
const ELLIPSIS = "\u2026";
const OPENING_QUOTES = ["\u201c", "\u2018"];

/**
 * What the letter pairs of a letter and "'" and of "'" and what follows (or precedes) it
 * may cost together, at most, for a word's edge to read as the apostrophe: Maltese "a' "
 * 7.0, Afrikaans " 'n" 6.1, where the languages that write no such apostrophe cost 11 and
 * more (French "e' " 17.7, English "s' " 21.6, Welsh "a' " 11.0).
 */
const APOSTROPHE_AT_EDGE_MAX_BITS = 10;

/** How much cheaper, in the language's letter pairs, the hyphen or apostrophe between two letters must be to be taken over the other (Portuguese "o-p" 15.8 bits against "o'p" 25.1). */
const BETWEEN_LETTERS_MARGIN_BITS = 5;

const LETTER = /^\p{L}$/u;
const WORD_END = /^[\s.,;:!?)\]]$/u;

/**
 * `chosen`, the mark the place chose among `candidates` between `left` and `right`, or the
 * apostrophe (or hyphen) where `language` writes it there, as above. `closer` is the quote
 * that closes next on the line (an opening quote with a partner ahead stays).
 */
export function apostropheByLanguage(candidates: readonly string[], chosen: string | undefined, left: string | undefined, right: string | undefined, closer: Closer, language: string | undefined): string | undefined {
  if (language === undefined || !candidates.includes(APOSTROPHE) || chosen === APOSTROPHE) return chosen;
  const pairs = (a: string, mark: string, b: string) => pairBitsIn(language, a, mark) + pairBitsIn(language, mark, b);
  const leftLetter = left !== undefined && LETTER.test(left);
  const rightLetter = right !== undefined && LETTER.test(right);
  if (leftLetter && rightLetter) {
    if (chosen !== HYPHEN || !candidates.includes(HYPHEN)) return chosen;
    return pairs(left, "'", right) + BETWEEN_LETTERS_MARGIN_BITS <= pairs(left, "-", right) ? APOSTROPHE : chosen;
  }
  // Word-final: after a letter, before a space, the line's end or punctuation that ends a word.
  if (leftLetter && (right === undefined || right === "" || WORD_END.test(right))) {
    if (chosen !== undefined && chosen !== ELLIPSIS) return chosen;
    return pairs(left, "'", right === undefined || right === "" || /\s/u.test(right) ? " " : right) <= APOSTROPHE_AT_EDGE_MAX_BITS ? APOSTROPHE : chosen;
  }
  // Word-initial: after a space or the line's start, before a letter; an opening quote only with no closer ahead.
  if (rightLetter && (left === undefined || left === "" || /\s/u.test(left))) {
    if (chosen !== undefined && !(OPENING_QUOTES.includes(chosen) && closer === undefined)) return chosen;
    return pairs(" ", "'", right) <= APOSTROPHE_AT_EDGE_MAX_BITS ? APOSTROPHE : chosen;
  }
  return chosen;
}
