/**
 * A lost slot near the end of its line is read with the line's end as a word's end.
 * The letter models score a word's last letter by what follows it: after a space a
 * word has ended, and the letters that end words are not the ones that start or carry
 * on words. Cut off where the line ends, the last word would be scored as if it went on,
 * and a one-letter word loses its say: Belarusian "…свабод ні ў" (ў = D1 9E, a byte
 * Windows-1253 lacks) read "ні с", which costs 0.2 bits less letter by letter, until
 * the line's end is read as a word's end — then "ў" wins by 6.6 bits.
 * Before → after (Windows-1253): "ні Ρ�" at a line's end → "ні ў", not "ні с".
 */

/** What a line's end reads as to the letter models: the space after a word. */
const LINE_END = " ";

/**
 * `after` (the text read after a slot, cut from `context` up to offset `end`) with the
 * line's end read as a word's end when the cut reached the end of `context`.
 */
export function withLineEnd(after: string, context: string, end: number): string {
  return end >= context.length ? after + LINE_END : after;
}
