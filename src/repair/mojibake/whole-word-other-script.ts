/**
 * A whole word of a line's own non-Latin script that a single-byte reading turns into
 * letters of another script is the line's word, not mojibake: Belarusian "ці" ("or") is
 * KOI8-U C3 A6, UTF-8 "æ", and "Ці ведаеш ты Python ці Java?" is no "Python æ Java".
 * Mojibake of a Latin letter so read sits inside a Latin word ("vціre" for "være"), and
 * a line of broken Cyrillic has no correct Cyrillic words around its spans. Such a
 * reading is turned down where the line has letters of that script outside every span
 * found.
 */
import { LATIN_SCRIPT_GROUP, hasLetterOfScript, scriptOf, textOutside } from "./span-guards.js";

const LETTER = /^[\p{L}\p{M}]$/u;
/** A sign that belongs to one script (Myanmar "၊", Script=Myanmar), not to all (Script=Common, "•"). */
const OWN_SCRIPT_SIGN = /^[^\p{Script=Common}\p{Script=Inherited}]$/u;

/**
 * Whether line[start, end) is a whole word of letters of one script other than Latin,
 * `after` is letters of other scripts only, and the line has letters of that script
 * outside every span in `spans`.
 */
export function wholeWordOfLineScript(line: string, start: number, end: number, after: string, spans: readonly { start: number; end: number }[]): boolean {
  if ((start > 0 && LETTER.test(line[start - 1]!)) || (end < line.length && LETTER.test(line[end]!))) return false;
  let script: number | undefined;
  for (const ch of line.slice(start, end)) {
    const s = scriptOf(ch);
    if (s === undefined || s === LATIN_SCRIPT_GROUP || (script !== undefined && s !== script)) return false;
    script = s;
  }
  // (A reading as punctuation is the classic mark of broken quotes and bullets, "вЂў" → "•": not this.
  // Punctuation of one script is that script's, though: Urdu "لپٹ" is no Myanmar "၊", Windows-1256 E1 81 8A.)
  if (script === undefined || ![...after].some((ch) => scriptOf(ch) !== undefined || OWN_SCRIPT_SIGN.test(ch))) return false;
  for (const ch of after) if (scriptOf(ch) === script) return false;
  return hasLetterOfScript(textOutside(line, spans), script);
}
