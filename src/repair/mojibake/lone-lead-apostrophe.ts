/**
 * An apostrophe of which only the lead "â" is left, inside a word. UTF-8 read as
 * ISO-8859-1, -15 or -2 with the C1 controls (80–9F) then stripped turns "’" (E2 80 99)
 * into a lone "â": "donât", "itâs", "Câest", "dâopinió". An "â" between two letters
 * is most often a letter ("pâte", "câine", "château"), so it is believed an apostrophe
 * only on general, strong evidence from the frequent words of the line's language
 * (frequent-words.ts): the word with an apostrophe is itself a frequent word and the
 * word with "â" is not (French "c'est", "n'est", "d'un"), or — in a line whose language
 * never writes "â" (its letter model has not seen it) nor other circumflex vowels — the
 * two halves are both frequent words, one an elided word of one or two letters before a
 * longer one (Catalan "d" + "opinió") or a contraction's tail of one or two letters after
 * a word with a vowel no shorter (English "don" + "t", "we" + "re", "I" + "m": that list
 * keeps the pieces apart), and no other "â" inside a word on the line reads as a letter;
 * or the line is clearly of a language that never writes "â" (clear-line-contraction.ts:
 * "It isnât you." reads best as Welsh by its letters alone).
 * The line's language is told by its words (most of them frequent words of it) as well
 * as its letters. A capital word stands only where a sentence starts (mid-sentence it is
 * a name: Vietnamese "Thân", "Tâm").
 * The restored apostrophe is marked a guess.
 * Example (ISO-8859-1, C1 controls dropped): "I donât know what itâs about" →
 * "I don’t know what it’s about".
 */
import { bestLanguageCost, knownLanguagesForScriptOf, letterOwnBits } from "../../plausibility/language-bigrams.js";
import { frequentWordBits, frequentWordsWith, hasFrequentWordList, isFrequentWord, isFrequentWordSomewhere } from "../../plausibility/frequent-words.js";
import type { Repair } from "./candidate.js";
import { ownCopy } from "../../plausibility/own-copy.js";
import { clearLanguageOfLine, readsAsClearContraction } from "./clear-line-contraction.js";

/** The apostrophe a lone "â" inside a word stood for (E2 80 99). */
const APOSTROPHE = "\u2019";

/** A word with an "â" between two of its letters, the letters on each side whole. */
const WORD_WITH_INNER_A = /(?<![\p{L}\p{M}])(\p{L}+)â(\p{L}+)(?![\p{L}\p{M}])/gu;

/**
 * As in lone-punctuation-lead.ts: a language whose model gives "â" at least this many
 * bits after an unseen character never wrote it in training (17–19 bits for Italian,
 * Swedish, English…, against 7–13 for Vietnamese, Romanian, Welsh, Portuguese, French).
 */
const UNWRITTEN_LETTER_BITS = 15;


/**
 * A language whose frequent words hold "â" this often writes it (Romanian 325 of 10,000,
 * Vietnamese 90, Portuguese 35, Turkish 21, Swedish 15, Latvian 9 — old mojibake there;
 * English, Italian, Spanish, German none; a stray loanword or two elsewhere).
 */
const WRITES_LETTER_WORDS = 5;

/** The longest elided word or contraction tail ("d", "l", "qu"; "t", "s", "re", "ll"). */
const SHORT_PIECE_MAX_LETTERS = 2;

/**
 * The gain of each restored apostrophe: above zero (a round is taken), below any real
 * repair's, so that on a line with other mistakes those are made first.
 */
const APOSTROPHE_GAIN_BITS = 1;

/** Where a sentence starts: the line's start, or after ". ", "! ", "? ", an opening quote or bracket. */
const SENTENCE_START_BEFORE = /(?:^|[.!?…]\s+|[«“‘„"'(\[¿¡]\s*|^\s*[-–—•]\s*)$/u;

const UPPER = /^\p{Lu}/u;
/** Circumflex letters other than "â" (French, Portuguese, Welsh, Francoprovençal "ê", Vietnamese "ẩ", "ễ"… write them). */
const COMBINING_CIRCUMFLEX = /\u0302/u;

/** Whether the line writes a circumflex on a letter other than its lone "â"s. */
function writesOtherCircumflexes(line: string): boolean {
  return COMBINING_CIRCUMFLEX.test(line.replace(/â/g, "").normalize("NFD"));
}
/** A word that starts with a vowel or "h": what an elided word stands before. */
const VOWEL_OR_H_FIRST = /^[haeiouyàáâãäåèéêëìíîïòóôõöùúûüýÿæœ]/iu;
/** A Latin vowel, accented or not (an "â" stands among Latin letters only). */
const VOWEL = /[aeiouyàáâãäåèéêëìíîïòóôõöùúûüýÿ]/iu;

/** The repairs of the lone "â" apostrophes of `line`, for UTF-8 read as ISO-8859-1 (the C1 controls dropped). */
export function repairsForLoneLeadApostrophes(line: string): Repair[] {
  if (!line.includes("â")) return [];
  const words = [...line.matchAll(WORD_WITH_INNER_A)];
  if (words.length === 0) return [];
  // A cheap screen first (the line's languages are dear to work out, and clean French,
  // Portuguese and Romanian write "â" in every other line): some word must read as an
  // apostrophe's in some language's frequent words.
  if (!words.some((m) => mayReadAsApostrophe(m[1]!, m[2]!))) return [];
  // (A long line — a paragraph, or a piece of a line without breaks — speaks by the text around its first such word.)
  const at = words[0]!.index!;
  const { languages, readByAWriter, firstBehindBest, behindBest } = languagesSpeakingTheLine(line.length <= LANGUAGE_WINDOW_CHARS ? line : line.slice(Math.max(0, at - LANGUAGE_WINDOW_CHARS / 2), at + LANGUAGE_WINDOW_CHARS / 2));
  if (languages.length === 0) return [];
  // The halves decide only when the line's language never writes "â" ("Le lâche": French writes it, Italian has "che").
  // Nor when the line writes other circumflex vowels, a language the models may not know ("Trétî … parâi").
  // (The line's language for this is the one of those its letters read best: Afrikaans, which writes "â", speaks an English line too.)
  // (Nor when any language the line may be in writes "â" in its frequent words: Turkish "hâkim", Portuguese "pânico".)
  const language = languages[0]!;
  // (Nor when a language that writes "â" reads the line's letters about as well as the best: Romanian "mai mare decât",
  // Friulian "specificât", whose other words happen to be frequent in Catalan's or English's lists.)
  const halvesMayDecide = !readByAWriter && firstBehindBest <= HALVES_NEAR_BITS && !writesOtherCircumflexes(line) && letterOwnBits(language, "â") >= UNWRITTEN_LETTER_BITS && languages.every((l) => frequentWordsWith(l, "â") < WRITES_LETTER_WORDS);
  let clearLanguage: string | null | undefined;
  const believed = words.map((m) => {
    const [word, head, tail] = m as unknown as [string, string, string];
    // A frequent word of the line's languages as it stands has the letter "â" ("hâkim" in a Turkish line).
    if (languages.some((l) => isFrequentWord(l, word))) return "no";
    // A capital word mid-sentence is a name ("Thân", "Tâm", and so "Iân"), not a contraction; a name is passed
    // over, not taken as a sign that the line writes "â". (A one-letter first half is no name when the whole word
    // with an apostrophe is a frequent word somewhere: English "I’m", not "I’n".)
    if (UPPER.test(head) && !SENTENCE_START_BEFORE.test(line.slice(0, m.index!)) && !(isOneLetter(head) && isFrequentWordSomewhere(`${head}'${tail}`))) return "name";
    if (languages.some((language) => readsAsApostrophe(language, head, tail, word, false))) return "whole";
    if (halvesMayDecide && readsAsApostrophe(language, head, tail, word, true)) return "halves";
    // A line clearly of a language that never writes "â" (clear-line-contraction.ts): "It wasnât me.", "It isnât you.".
    clearLanguage ??= writesOtherCircumflexes(line) ? null : (clearLanguageOfLine(line, WORD_WITH_INNER_A, languages.map((l, i) => ({ language: l, behindBest: behindBest[i]! })), HALVES_NEAR_BITS, writesTheLetter) ?? null);
    return clearLanguage !== null && readsAsClearContraction(clearLanguage, head, tail, isContraction) ? "halves" : "no";
  });
  // An "â" inside a word that reads as no apostrophe shows the line writes the letter ("gâdzo parâi"): then the halves say nothing.
  const halvesStand = believed.every((b) => b !== "no");
  const repairs: Repair[] = [];
  words.forEach((m, i) => {
    if (believed[i] === "no" || believed[i] === "name" || (believed[i] === "halves" && !halvesStand)) return;
    const at = m.index! + m[1]!.length;
    repairs.push({ start: at, end: at + 1, after: APOSTROPHE, gain: APOSTROPHE_GAIN_BITS, guess: true, encodingPair: { encoding: "utf-8", readAs: "iso-8859-1" }, telltaleShape: true });
  });
  return repairs;
}

/**
 * The languages (with a frequent-word list) the line may be in, best read first: those whose letter
 * pairs read it, every inner "â" taken as a break between words, within
 * NEAR_LANGUAGE_BITS of the best, and in which at least FREQUENT_SHARE of its words
 * (the pieces on each side of such an "â" counted apart) are frequent words. A short
 * line's letters alone do not tell its language ("Câest la vie" reads as Breton, the
 * English line of the example as Luxembourgish); its words do.
 */
function languagesSpeakingTheLine(line: string): { languages: string[]; readByAWriter: boolean; firstBehindBest: number; behindBest: number[] } {
  const none = { languages: [], readByAWriter: false, firstBehindBest: Infinity, behindBest: [] };
  const reading = line.replace(WORD_WITH_INNER_A, (_, a: string, b: string) => `${a} ${b}`);
  const tokens = reading.match(LETTER_RUN) ?? [];
  if (tokens.length < MIN_WORDS) return none;
  // (The word lists first, which are cheap; then the letter pairs of the few languages they leave, each scored only up to the window.)
  const known = knownLanguagesForScriptOf(reading);
  const spoken = known.filter((language) => hasFrequentWordList(language) && speaksFor(language, tokens));
  if (spoken.length === 0) return none;
  const best = bestLanguageCost(reading, known).bits;
  const near = (language: string): boolean => bestLanguageCost(reading, [language], best + WRITER_NEAR_BITS).bits - best <= WRITER_NEAR_BITS;
  const scored = spoken
    .map((language) => ({ language, bits: bestLanguageCost(reading, [language], best + NEAR_LANGUAGE_BITS).bits }))
    .filter((c) => c.bits - best <= NEAR_LANGUAGE_BITS)
    .sort((a, b) => a.bits - b.bits);
  const languages = scored.map((c) => c.language);
  return { languages, readByAWriter: languages.length > 0 && known.some((language) => writesTheLetter(language) && near(language)), firstBehindBest: scored.length > 0 ? scored[0]!.bits - best : Infinity, behindBest: scored.map((c) => c.bits - best) };
}

/**
 * A language that writes "â" this close to the best under the letter pairs may be the
 * line's, and then its "â" a letter: the halves do not decide. Romanian lines are read
 * best as Romanian (0 bits behind), and so are Friulian ones, which no model knows;
 * an English line with a lost apostrophe has Welsh 14–15 bits behind ("We donât need").
 */
const WRITER_NEAR_BITS = 10;
/**
 * The halves decide only for a language at most this far behind the best under the
 * letter pairs: a short English line reads a few bits better in a neighbour ("I donât
 * know": 4 behind Polish), a Friulian one whose words English's list happens to hold
 * 15–19 behind ("<schema> za specificât" is no "specific’t").
 */
const HALVES_NEAR_BITS = 10;
/** Whether `language` writes "â": its letter model has seen it, or its frequent words hold it often. */
function writesTheLetter(language: string): boolean {
  return letterOwnBits(language, "â") < UNWRITTEN_LETTER_BITS || (hasFrequentWordList(language) && frequentWordsWith(language, "â") >= WRITES_LETTER_WORDS);
}

/** Whether at least FREQUENT_SHARE of `tokens` are frequent words of `language` (counted only as far as the answer is open: a long line's pieces are long). */
function speaksFor(language: string, tokens: readonly string[]): boolean {
  const needed = FREQUENT_SHARE * tokens.length;
  let frequent = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (isFrequentWord(language, tokens[i]!)) frequent++;
    if (frequent >= needed) return true;
    if (frequent + (tokens.length - i - 1) < needed) return false;
  }
  return frequent >= needed;
}

/** Characters of a line its languages are told by, at most: some 150 words, a long paragraph's worth. */
const LANGUAGE_WINDOW_CHARS = 1000;

/** Languages this close to the best under the letter pairs are still asked (a short line reads 5–10 bits better in a neighbour). */
const NEAR_LANGUAGE_BITS = 20;
/**
 * The share of a line's words that must be frequent words of a language for its lists to
 * speak for the line: ordinary prose has two words in three or more among the 10,000 most
 * frequent; a language the models do not know (Romansh, Friulian read as Italian) far fewer.
 */
const FREQUENT_SHARE = 0.6;
/** Fewer words than this do not tell a language by their frequency. */
const MIN_WORDS = 3;
const LETTER_RUN = /\p{L}+/gu;

/** Whether "head â tail" can pass `readsAsApostrophe` in any language with a list (its conditions, each in the widest form). */
function mayReadAsApostrophe(head: string, tail: string): boolean {
  const key = `${head}â${tail}`;
  let answer = screened.get(key);
  if (answer === undefined) {
    answer = isFrequentWordSomewhere(`${head}'${tail}`) || isFrequentWordSomewhere(`${head}${APOSTROPHE}${tail}`) || ((isElision(head, tail) || isContraction(head, tail)) && isFrequentWordSomewhere(head) && isFrequentWordSomewhere(tail))
      // (or the first half less its final letter, as clear-line-contraction.ts reads it: "has" + "n")
      || (isContraction(head, tail) && [...head].length > 1 && isFrequentWordSomewhere(tail) && isFrequentWordSomewhere([...head].slice(0, -1).join("")));
    if (screened.size >= SCREENED_WORDS) screened.clear();
    screened.set(ownCopy(key), answer);
  }
  return answer;
}

/** Screen answers by word: text repeats its words ("când", "câine"). */
const screened = new Map<string, boolean>();
const SCREENED_WORDS = 10_000;

const isOneLetter = (word: string): boolean => [...word].length === 1;

/** An elided word of one or two letters before a longer one that starts with a vowel or "h" ("d’opinió", "l’home"). */
function isElision(head: string, tail: string): boolean {
  return [...head].length <= SHORT_PIECE_MAX_LETTERS && [...tail].length > SHORT_PIECE_MAX_LETTERS && VOWEL_OR_H_FIRST.test(tail);
}

/**
 * A contraction's tail of one or two letters, from a consonant ("t", "s", "re", "ll"), after
 * a whole word (it has a vowel; the lists also hold fragments: English "th", "ch", "nh")
 * no shorter than it ("I" + "m", "it" + "s", "we" + "re"): no "u’y".
 */
function isContraction(head: string, tail: string): boolean {
  const tailLetters = [...tail].length;
  return tailLetters <= SHORT_PIECE_MAX_LETTERS && [...head].length >= tailLetters && VOWEL.test(head) && !VOWEL.test(tail[0]!);
}

/** Whether "head â tail" reads as an elision or contraction in `language` (see the doc comment). */
function readsAsApostrophe(language: string, head: string, tail: string, word: string, halvesMayDecide: boolean): boolean {
  const frequent = (w: string): boolean => frequentWordBits(language, "", w, "") > 0;
  // The whole word with an apostrophe (the list may write either one), and the word with "â" not a frequent one.
  if (!frequent(word) && (isFrequentWord(language, `${head}'${tail}`) || isFrequentWord(language, `${head}${APOSTROPHE}${tail}`))) return true;
  if (!halvesMayDecide || !frequent(head) || !frequent(tail)) return false;
  // (A word is elided before a vowel or a silent "h" only: no "h’kim".)
  return isElision(head, tail) || isContraction(head, tail);
}
