/**
 * A Latin-script legacy file (Windows-1250, 1254, 1257) read as Windows-1252 whose line,
 * read back, is mostly everyday words of one language of the code page, a word that was
 * no language's everyday word among them now one of that language's. Such a line may
 * change one letter once ("Dvigni okno, èe ga prekriva drugo okno" → Slovene "če"), or
 * one letter over and over ("Râda … pârsâtinâtu … kanâlu" → Latvian "Rāda … pārsātinātu
 * … kanālu"): the letter-pair gates of legacy-read-as-latin1.ts, set against languages
 * the models know little of (Turkmen "ý", Friulian "â", Slovene "è" named alone), let it
 * pass as it stands. The words are the evidence: a line of another language (Friulian
 * "Stâts Unîts dal Messic", Turkmen, French with an "è") does not read as half everyday
 * Latvian or Czech words, and a changed word that is already some language's everyday
 * word ("è", "São", "já") is left to the gates as before.
 * Example: "Buïte opatrní: pomocí tohoto nástroje je možné vymazat veškerá data" →
 * "Buďte opatrní: pomocí tohoto nástroje je možné vymazat veškerá data" (Windows-1250).
 */
import { isFrequentWord, isFrequentWordSomewhere } from "../../plausibility/frequent-words.js";
import { type Repair, applyRepairs } from "./candidate.js";
import { EDGE_PUNCTUATION, LANGUAGES_OF_LEGACY } from "./latin-legacy-gate.js";

/**
 * Share of the line's words, read so, that must be everyday words of the language: at
 * least half (the reverse corpus's Central European and Baltic help lines have 5–9 of
 * 10; French, Friulian or Turkmen lines read as Czech or Latvian next to none).
 */
const EVERYDAY_WORD_SHARE = 0.5;
/** Words a line needs for the share to mean something: a heading of two or three words says too little. */
const MIN_WORDS = 4;

const ALL_LETTERS = /^\p{L}+$/u;

/** The words of `text`: whitespace-separated, punctuation round them taken off, letters only. */
function wordsOf(text: string): string[] {
  const words: string[] = [];
  for (const token of text.split(/\s+/)) {
    const word = token.replace(EDGE_PUNCTUATION, "");
    if (ALL_LETTERS.test(word)) words.push(word);
  }
  return words;
}

/** Whether the everyday words of one language of `legacy` speak for this reading of `line` (`repairs`: the words it reads otherwise). */
export function everydayWordsSpeakForReading(line: string, repairs: readonly Repair[], legacy: string): boolean {
  const languages = LANGUAGES_OF_LEGACY[legacy];
  if (languages === undefined || repairs.length === 0) return false;
  const changed = repairs.map((r) => ({ before: wordsOf(line.slice(r.start, r.end)), after: wordsOf(r.after) }));
  // (A changed word that some language writes every day as it stands is no evidence: "è", "São".)
  if (changed.some((c) => c.before.some((word) => isFrequentWordSomewhere(word)))) return false;
  const words = wordsOf(applyRepairs(line, repairs));
  if (words.length < MIN_WORDS) return false;
  return languages.some(
    (language) =>
      changed.some((c) => c.after.some((word) => isFrequentWord(language, word))) &&
      words.filter((word) => isFrequentWord(language, word)).length >= EVERYDAY_WORD_SHARE * words.length,
  );
}
