/**
 * A one-letter word of a Latin-script line read through a double-byte code page becomes
 * one hanzi standing alone between the words: French "à", Portuguese "é", Norwegian "å"
 * (C3 A0, C3 A9, C3 A5) read as GBK are "脿", "茅", "氓". Alone, such a hanzi is kept as
 * genuine Chinese unless something else on the line is broken ("A的B", a name in
 * Chinese between Latin words, must stay). It is believed alone when its reading is a
 * frequent word of the line's language and the hanzi is no frequent word of Chinese or
 * Japanese: the line is then one whose own little word was misread.
 * Example: "tem direito 脿 liberdade" → "tem direito à liberdade"; "Mr 王 said" stays.
 */
import { isFrequentWord } from "../../plausibility/frequent-words.js";
import { knownLanguagesForScriptOf, languageTextCost } from "../../plausibility/language-bigrams.js";
import { CJK_SCRIPT_GROUP, scriptOf } from "./span-guards.js";

/** The languages whose frequent words a hanzi standing alone would be as itself. */
const HANZI_LANGUAGES = ["cmn_hans", "cmn_hant", "jpn"];
const LATIN_SCRIPT_GROUP = 0;

/** Whether line[start, end) — one CJK character between Latin words — reads as `after`, an everyday word of the line's language. */
export function isMisreadLetterWord(line: string, start: number, end: number, after: string): boolean {
  const hanzi = line.slice(start, end);
  if ([...hanzi].length !== 1 || scriptOf(hanzi) !== CJK_SCRIPT_GROUP) return false;
  if ([...after].length !== 1 || scriptOf(after) !== LATIN_SCRIPT_GROUP) return false;
  if (line[start - 1] !== " " || line[end] !== " ") return false;
  if (!latinWordAt(line, start - 2, -1) || !latinWordAt(line, end + 1, 1)) return false;
  if (HANZI_LANGUAGES.some((language) => isFrequentWord(language, hanzi))) return false;
  // The languages the rest of the line reads nearly as well in (a few words do not tell
  // Portuguese from Italian): the letter must be an everyday word of one of them.
  const rest = line.slice(0, start - 1) + line.slice(end);
  const costs = knownLanguagesForScriptOf(rest).map((language) => ({ language, bits: languageTextCost(rest, language) ?? Infinity }));
  const best = Math.min(...costs.map((c) => c.bits));
  return costs.some((c) => c.bits <= best + CLOSE_LANGUAGE_BITS && isFrequentWord(c.language, after, EVERYDAY_RANK));
}

/** Languages whose reading of the rest of the line costs at most this much more than the best one's are its candidates. */
const CLOSE_LANGUAGE_BITS = 5;
/**
 * A one-letter word must be among this many most frequent words of the language:
 * Portuguese "à" is 96th, Norwegian "å" 12th, while Norwegian lists "à" only as
 * 6,810th (a loan in "à la").
 */
const EVERYDAY_RANK = 500;

/** Whether the word from `i` on, going in `step` up to a space, has Latin letters and nothing of CJK. */
function latinWordAt(line: string, i: number, step: 1 | -1): boolean {
  let letters = 0;
  for (let k = i; k >= 0 && k < line.length && line[k] !== " "; k += step) {
    const script = scriptOf(line[k]);
    if (script === CJK_SCRIPT_GROUP) return false;
    if (script === LATIN_SCRIPT_GROUP) letters++;
  }
  return letters > 0;
}
