/**
 * A last byte lost together with the ASCII letter after it, the decoder's U+FFFD then
 * removed: the browsers' Shift_JIS reads 98 73–7A ("‘" E2 80 98, then "s"–"z") as no
 * character and loses both, so "‘the" shows as 窶 + "he" with nothing between. Where a
 * marker stood, the slot already offers the quote with the letter (lost-lead.ts
 * `swallowedLetterRestorations`); where nothing stands, a sequence that lacks its last
 * byte right before an ASCII letter offers the same, and the words choose whether a
 * letter went with it (utf8-read-as.ts `withSwallowedLetter`: "he" or "the").
 * Before → after (Shift_JIS, U+FFFD dropped): "He said 窶he best" → "He said ‘the best".
 */
import { type SwallowingDecoder, swallowedLetterRestorations } from "./lost-lead.js";

const ASCII_LETTER = /^[A-Za-z]$/;

/**
 * What `survivors` (one byte short of `need`) and the letter swallowed with the dropped
 * last byte can be, when nothing stood for it and the ASCII byte `next` follows; [] else.
 */
export function droppedSwallowedRestorations(survivors: readonly number[], need: number, next: number | undefined, decoder: SwallowingDecoder): string[] {
  if (survivors.length !== need - 1 || next === undefined || !ASCII_LETTER.test(String.fromCharCode(next))) return [];
  const letter = String.fromCharCode(next);
  // Not where the decoder would have lost that last byte before `next` too: there Python's
  // decoders, which lose the byte alone, explain the line with no letter invented
  // ("窶tvingas" is "‘tvingas", not "‘utvingas").
  return swallowedLetterRestorations(survivors, decoder).filter((alternative) => {
    const bytes = Buffer.from([...alternative][0]!, "utf8");
    return !decoder.lettersSwallowedAfter?.get(bytes[bytes.length - 1]!)?.includes(letter);
  });
}
