/**
 * Speed only, same output: whether the language a whole line reads most like can be
 * one of a restored letter's languages at all, told before that language is worked
 * out. A slot's letter is scored in the line's language only when that language
 * writes the letter's script (utf8-read-as.ts `slotLanguage`); the line's language is
 * always one of the languages of the script most of its letters are in. When no
 * language writes both scripts, the answer is "no" without scoring the line under
 * every language of its script — the usual case for a wrong decoder's reading, whose
 * letters are junk of another script than the one it restores. Example: Russian
 * "Ð¿Ñ€Ð°Ð²Ð¾" read with a lost byte under Windows-1252 has Latin letters; the slot's
 * candidates are Cyrillic, and no Latin-script language can be chosen for them, so the
 * long Latin line is never scored (the slot is read in the language of its own words,
 * as before).
 */
import { knownLanguagesForScriptOf } from "../../plausibility/language-bigrams.js";

/** Languages of the script most letters of a line are in, for the last lines asked about. */
const lineScriptLanguages = new Map<string, readonly string[]>();
/** Lines remembered: a line is asked about once per decoder reading of it, slot after slot. */
const LINE_SCRIPT_LANGUAGES_SIZE = 64;

/** Whether two lists of languages (as knownLanguagesForScriptOf returns them, one array per script) share a language. */
const overlaps = new WeakMap<readonly string[], WeakMap<readonly string[], boolean>>();

function shareALanguage(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return a.length > 0;
  let byOther = overlaps.get(a);
  if (!byOther) overlaps.set(a, (byOther = new WeakMap()));
  let shared = byOther.get(b);
  if (shared === undefined) {
    const inB = new Set(b);
    shared = a.some((language) => inB.has(language));
    byOther.set(b, shared);
  }
  return shared;
}

/** Whether the language `line` reads most like may be one of `languages` (false: it cannot be). */
export function lineLanguageMayBeAmong(line: string, languages: readonly string[]): boolean {
  let ofLine = lineScriptLanguages.get(line);
  if (ofLine === undefined) {
    ofLine = knownLanguagesForScriptOf(line);
    if (lineScriptLanguages.size >= LINE_SCRIPT_LANGUAGES_SIZE) lineScriptLanguages.clear();
    lineScriptLanguages.set(line, ofLine);
  }
  return shareALanguage(ofLine, languages);
}
