/**
 * Two stand-ins between letters, on a run that shows the browsers' one stand-in per
 * letter lost whole, are two letters lost whole — not one two-byte letter of Python's
 * strict decoders (one U+FFFD per byte). The browsers' Big5 loses a two-byte letter
 * whose continuation byte is 80–A0 (no Big5 trail) as ONE U+FFFD with its lead ("т"
 * D1 82 → ◆), so a word that lost two such letters in a row shows "◆◆"; read as one
 * letter, the word loses a letter ("включва" → "вклува"). A run where a single U+FFFD
 * stands glued between letters (stand-ins-before-letter.ts) and none of Python's runs of
 * three shows which decoder made it; then each of the two stand-ins is its own slot, and
 * the words choose both letters (or leave a U+FFFD where they cannot tell).
 * Before → after (Big5): "вкл◆◆ва ◆вобода" → "включва свобода" (was "вклува").
 */
import type { ByteRun } from "./byte-run.js";
import { showsBrowserSurvivors } from "./browser-survivors.js";
import { showsLoneStandInBeforeLetter } from "./stand-ins-before-letter.js";
import { showsPythonStandIns } from "./stand-in-runs-only.js";

/**
 * Whether two stand-ins at a letter slot of `run` are two letters lost whole: the run
 * shows the browser's lone stand-in before a letter, not Python's stand-ins, and no
 * trail the browser gave back (where the browser's EUC decoders leave two stand-ins for
 * some letters of their own: browser-survivors.ts).
 */
export function twoStandInsAreTwoLetters(run: ByteRun): boolean {
  return showsLoneStandInBeforeLetter(run) && !showsPythonStandIns(run) && !showsBrowserSurvivors(run);
}

/**
 * Whether the character at `next`, right after a one-stand-in slot, is the second of two
 * letters lost whole, a letter after it: then the first has a letter after it too
 * ("◆◆еки" at a line's start is "Всеки", each stand-in a letter).
 */
export function lostLetterThenLetter(run: ByteRun, next: number, count: number, isStandInChar: (k: number) => boolean, letterByte: (b: number | undefined) => boolean): boolean {
  if (count !== 1 || !isStandInChar(next) || isStandInChar(next + 1) || next + 1 >= run.charByte.length - 1) return false;
  return letterByte(run.bytes[run.charByte[next + 1]!]) && twoStandInsAreTwoLetters(run);
}
