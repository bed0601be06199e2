/**
 * A lost byte at the end of a word may have been the punctuation of the word's own script
 * rather than one more letter: the Arabic comma "،" is D8 8C, and Windows-1253 loses 8C,
 * so "الراحة، وفي" reads "الراحة? وفي"; of that slot's candidates only "ت" is an Arabic
 * letter, and "الراحةت" (a teh after the word-final teh marbuta) is no word. Such marks
 * (Arabic "، ؛ ؟", Devanagari "।", Armenian "։"…) join the letters the slot is chosen
 * from, read by the same language models, where a letter is left of the slot and a space,
 * the line's end or closing punctuation right of it.
 * Before → after: "في الراحة? وفي" → "في الراحة، وفي".
 */

/**
 * What a mark pays for being rarer than a letter, as a letter's rarity (halved by the
 * letter frequency weight: 4 bits). A comma ends one word in ten or twenty; a Persian
 * "آنست" must not lose its "ت" to "،" on a bit or two of the model's preference
 * ("الراحةت" against "الراحة،" differs by ten).
 */
export const SCRIPT_MARK_RARITY_BITS = 8;

/** Scripts that write punctuation of their own (Unicode Script_Extensions of the mark). */
const SCRIPTS = ["Arabic", "Syriac", "Thaana", "Nko", "Devanagari", "Bengali", "Gurmukhi", "Gujarati", "Oriya", "Tamil", "Telugu", "Kannada", "Malayalam", "Sinhala", "Armenian", "Ethiopic", "Hebrew", "Georgian", "Myanmar", "Khmer", "Tibetan", "Mongolian"] as const;

const MARK_OF = SCRIPTS.map((s) => ({ letter: new RegExp(`^\\p{Script=${s}}$`, "u"), mark: new RegExp(`^\\p{Script_Extensions=${s}}$`, "u") }));

const PUNCTUATION = /^\p{P}$/u;

/** Where a word ends: a space, the end of the text, or closing punctuation. */
const WORD_END = /^(?:$|[\s.,;:!?…)\]}»”’"'])/u;

/** The candidates that are punctuation of the script of `left`, when the slot ends a word; else none. */
export function scriptPunctuationAtWordEnd(candidates: readonly string[], left: string | undefined, rightText: string): string[] {
  if (left === undefined || !/^\p{L}$/u.test(left) || !WORD_END.test(rightText)) return [];
  const scripts = MARK_OF.filter((s) => s.letter.test(left));
  if (scripts.length === 0) return [];
  return candidates.filter((c) => PUNCTUATION.test(c) && c.codePointAt(0)! > 0x7f && scripts.some((s) => s.mark.test(c)));
}
