/**
 * A letter a strict Windows-1252 decoder dropped at the END of a word (81 8D 8F 90 9D,
 * without a mark), told by how the language ends its words: Slovak infinitives end in
 * "-ť" (Windows-1250 9D), so "smerova" on a line of Slovak read as Windows-1252 was
 * "smerovať", and nouns in "-osť" lose it the same way ("príslušnos"). The letter
 * trigrams, learnt from one short text, hardly know "ť", and most such words are not
 * among the frequent words (dropped-byte-frequent-word.ts); but the frequent words of
 * the language, taken as a sample of how its words are spelt, know its endings well.
 * A letter model of their spelling (MODEL_ORDER characters, Witten–Bell smoothed, learnt
 * from the word list, each word once) must find the word with the letter put back at
 * its end WORD_END_MIN_GAIN_BITS likelier than without, and the line's own letter
 * trigrams must not find it more than WORD_END_MAX_TRIGRAM_LOSS_BITS worse. Only a word
 * in lower case (names — "Lagos", "Barbados" — and capitals are left), of three letters
 * or more, that is no frequent word itself ("by" stays: it is a word), judged under the
 * line's likeliest language; and only where frequentWordWithDroppedLetter finds no
 * frequent word, on a line a legacy reading already repairs. A guess.
 * Example (Slovak, Windows-1250 read as Windows-1252 with 9D dropped): "Vzdelanie
 * má smerova k plnému rozvoju" (beside "ľudskej", repaired) → "smerovať".
 */
import { frequentWordsOfLength, frequentWordsWith, isFrequentWord } from "../../plausibility/frequent-words.js";
import { trigramTextCost } from "../../plausibility/language-trigrams.js";

/**
 * Bits the word must gain with the letter at its end under the spelling model. Set on
 * two texts of other kinds than the corpus (the Slovak and Czech message catalogs of a
 * Debian system, 6,000 and 9,000 distinct words in lower case that are no frequent
 * words, every "ť" at a word's end taken off for the trial): at 3, 70 of 262 Slovak
 * words that lost their "ť" get it back and 2 words that had none get one
 * ("parametri", "serveri"); none in Czech under the Czech model (4 under the Slovak
 * one: the line's likeliest language is the one asked). At 2, 95 and 6; at 4, 61 and 2.
 */
const WORD_END_MIN_GAIN_BITS = 3;
/**
 * Bits the word may lose with the letter under the line's letter trigrams (which hardly
 * know the lost letters, so a real restoration loses some): the same bound as a "?"
 * given its letter (legacy-dropped-byte.ts). It halves the catalogs' false restorations
 * ("odpovedi" → "odpovediť" gains 2.2 under the spelling model, loses 6 under the trigrams).
 */
const WORD_END_MAX_TRIGRAM_LOSS_BITS = 3;
/** Characters the spelling model looks at: the letter and the four before it ("-ovať", "-osť"). At 4 it tells the endings apart far less often. */
const MODEL_ORDER = 5;
/** Words shorter than this are left alone (a frequent word most often, or a name). */
const WORD_END_MIN_LETTERS = 3;
/**
 * A letter the language's frequent words write fewer times than this is not looked for
 * (Slovak writes "ť" in 773 of them, Czech in 48, Polish in none): no ending of the
 * language calls for it, and its spelling model (a fifth of a second to learn) is not
 * learnt for nothing.
 */
const WORD_END_MIN_WORDS_WITH_LETTER = 100;
/** Longest word read from a list (the lists hold some run-together junk past this). */
const LONGEST_LISTED_WORD = 30;

const START = "\u0002";
const END = "\u0003";
const LOWER_LETTERS = /^\p{Ll}+$/u;

interface SpellingModel {
  /** Occurrences of each string of 1 to MODEL_ORDER characters in the padded words. */
  counts: Map<string, number>;
  /** Per context (0 to MODEL_ORDER − 1 characters): how often it is followed by anything, and by how many different characters. */
  followers: Map<string, { total: number; distinct: number }>;
  /** Distinct characters of the list, for the last fallback. */
  alphabet: number;
}

const models = new Map<string, SpellingModel | null>();

/** The spelling model of `language`'s frequent words, built on first use; null when it has no list. */
function spellingModel(language: string): SpellingModel | null {
  let model = models.get(language);
  if (model !== undefined) return model;
  const counts = new Map<string, number>();
  const followers = new Map<string, { total: number; distinct: number }>();
  const characters = new Set<string>();
  let words = 0;
  for (let length = 1; length <= LONGEST_LISTED_WORD; length++) {
    for (const listed of frequentWordsOfLength(language, length)) {
      const word = listed.toLowerCase();
      if (!LOWER_LETTERS.test(word)) continue;
      words++;
      const chars = [...START.repeat(MODEL_ORDER - 1), ...word, END];
      for (const ch of word) characters.add(ch);
      for (let i = MODEL_ORDER - 1; i < chars.length; i++) {
        for (let k = 0; k < MODEL_ORDER; k++) {
          const context = chars.slice(i - k, i).join("");
          const gram = context + chars[i]!;
          const seen = counts.get(gram) ?? 0;
          counts.set(gram, seen + 1);
          const f = followers.get(context) ?? { total: 0, distinct: 0 };
          f.total++;
          if (seen === 0) f.distinct++;
          followers.set(context, f);
        }
      }
    }
  }
  model = words === 0 ? null : { counts, followers, alphabet: characters.size + 1 };
  models.set(language, model);
  return model;
}

/** Bits of `next` after `context` (its last MODEL_ORDER − 1 characters), Witten–Bell smoothed from the empty context up. */
function bitsOf(model: SpellingModel, context: readonly string[], next: string): number {
  let p = 1 / model.alphabet;
  for (let k = 0; k < MODEL_ORDER && k <= context.length; k++) {
    const h = context.slice(context.length - k).join("");
    const f = model.followers.get(h);
    if (!f) continue;
    const lambda = f.total / (f.total + f.distinct);
    p = lambda * ((model.counts.get(h + next) ?? 0) / f.total) + (1 - lambda) * p;
  }
  return -Math.log2(p);
}

/** What ending `letters` with `letter` gains under the model, in bits: the word's end then is after the letter. */
function endGain(model: SpellingModel, letters: string, letter: string): number {
  const chars = [...START.repeat(MODEL_ORDER - 1), ...letters];
  const without = bitsOf(model, chars, END);
  const withLetter = bitsOf(model, chars, letter) + bitsOf(model, [...chars, letter], END);
  return without - withLetter;
}

/**
 * `letters` (one word's letters, in lower case) with one of `candidates` put back at its
 * end when the spelling of the line's language's frequent words and its letter trigrams call for
 * it (see the file's comment), or undefined.
 */
export function letterAtWordEnd(letters: string, candidates: readonly string[], languageOfLine: () => string | undefined): string | undefined {
  if ([...letters].length < WORD_END_MIN_LETTERS || !LOWER_LETTERS.test(letters) || !candidates.some((c) => LOWER_LETTERS.test(c))) return undefined;
  // (The line's language is asked for only here: few words get this far.)
  const language = languageOfLine();
  if (language === undefined) return undefined;
  const written = candidates.filter((c) => LOWER_LETTERS.test(c) && frequentWordsWith(language, c) >= WORD_END_MIN_WORDS_WITH_LETTER);
  const model = written.length === 0 ? null : spellingModel(language);
  if (!model) return undefined;
  let best: string | undefined;
  let bestGain = WORD_END_MIN_GAIN_BITS;
  for (const letter of written) {
    const gain = endGain(model, letters, letter);
    if (gain < bestGain) continue;
    const loss = (trigramTextCost(` ${letters}${letter} `, language) ?? Infinity) - (trigramTextCost(` ${letters} `, language) ?? 0);
    if (loss > WORD_END_MAX_TRIGRAM_LOSS_BITS) continue;
    bestGain = gain;
    best = letters + letter;
  }
  return best;
}

const WORD = /\p{L}+/gu;

/**
 * Of `languages` (those whose letter pairs read `text` nearly as well as the best, the
 * best first), the one with the most of the text's words among its frequent words: the
 * letter pairs tell Slovak from Czech badly on a short line ("Na jar začneme opravova
 * strechu nášho domu" reads as Czech), their everyday words well (5 Slovak, 3 Czech).
 * Ties go to the letter pairs' choice.
 */
export function languageOfMostFrequentWords(text: string, languages: readonly string[]): string | undefined {
  const words = text.match(WORD) ?? [];
  let best = languages[0];
  let bestCount = -1;
  for (const language of languages) {
    const count = words.filter((word) => isFrequentWord(language, word)).length;
    if (count > bestCount) {
      bestCount = count;
      best = language;
    }
  }
  return best;
}
