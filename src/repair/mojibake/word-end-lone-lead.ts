/**
 * A lone "â" glued to the end of a word, on a line where a sure repair already proves
 * UTF-8 read as ISO-8859-1, -2 or -15: the lead of a closing quote (or a stop) whose two
 * continuation bytes (80–9F) the decoder dropped. lone-punctuation-lead.ts leaves every
 * lone "â" alone in a language that writes "â" or beside other circumflexes (French
 * "pâte", Slovak "slobôd"), since there it may be a letter; but those languages write
 * it inside words or as a word of its own ("â" in Welsh), never at the end of a longer
 * word: Romanian writes it only inside words, Vietnamese never ends a syllable on it,
 * French and Portuguese words do not end on it. So at a word's end, after a letter and
 * before a space, a stop or the line's end, the "â" is no letter. Which mark it was
 * still comes from where it stands (typography.ts), a closing quote only with an
 * opening one behind it (lone-punctuation-lead.ts); a guess. And an "â" that starts a
 * word before such a word-end "â" on the line is its opening partner, even in a
 * language that starts words with "â" (Portuguese "âmbito"): "O âdireito à educaçãoâ".
 * Example (French, ISO-8859-1, C1 controls dropped): "«âCes droitsâ et libertÃ©s" →
 * "«“Ces droits” et libertés".
 */

/** Letters only: a mark after the "â" would make it a letter of its word ("ầ"). */
const LETTER = /^\p{L}$/u;
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;

/**
 * Whether the lone lead at context[at, at + length) ends a word of two letters or more:
 * letters right before it, and after it nothing that goes on with the word.
 */
export function loneLeadEndsWord(context: string, at: number, length: number): boolean {
  const next = context[at + length];
  if (next !== undefined && LETTER_OR_MARK.test(next)) return false;
  return LETTER.test(context[at - 1] ?? "") && LETTER.test(context[at - 2] ?? "");
}

/** An "â" ending a word of two letters or more, with nothing after it that goes on with the word. */
const WORD_END_LEAD = /\p{L}\p{L}â(?![\p{L}\p{M}])/u;

/**
 * Whether the lone lead at context[at, at + length) starts a word (a letter after it,
 * none before) and an "â" ends a word after it on the line: the two quotes of a pair.
 */
export function loneLeadOpensBeforeWordEnd(context: string, at: number, length: number): boolean {
  const previous = context[at - 1];
  if (previous !== undefined && /^[\p{L}\p{N}]$/u.test(previous)) return false;
  return LETTER.test(context[at + length] ?? "") && WORD_END_LEAD.test(context.slice(at + length));
}
