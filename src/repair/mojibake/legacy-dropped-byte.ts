/**
 * A single-byte legacy word read by a strict Windows-1252 decoder that DROPPED a
 * byte (81 8D 8F 90 9D) without a mark: Serbian "међународни" (ђ = 90) shows as
 * "ìåóíàðîäíè" and reads as "меународни". Only a word the legacy reading already
 * changes is looked at, and only when putting one of the five letters back at one
 * place makes it read clearly better under its language's letter trigrams; a word
 * that reads well without (Macedonian "е", Slovak "by") stays as it is. Bounded: the
 * places between unlikely neighbours and at the edges × the letters the encoding has
 * at the five bytes. The same trigrams decide whether a "?" the decoder left stands
 * for a lost letter (fillLostLetter). A guess.
 * Example: "меународни" → "међународни" (Windows-1251, 90 put back before "у").
 */
import { decodeBytes } from "../../decode/decode.js";
import { charClass, scriptGroup } from "../../plausibility/char-class.js";
import { pairBitsIn } from "../../plausibility/language-bigrams.js";
import { frequentWordBits } from "../../plausibility/frequent-words.js";
import { trigramTextCost } from "../../plausibility/language-trigrams.js";
import { ownCopy } from "../../plausibility/own-copy.js";

/**
 * Bits a word must gain under its line's language's letter trigrams with the letter
 * put back: an extra letter costs its own trigrams, so only a word whose letters do
 * not follow each other in the language gains (Serbian "меународни" → "међународни"
 * 10.7 bits, "обезбеује" → "обезбеђује" 3.7). Over the corpus's lossless Serbian,
 * Macedonian, Slovak, Czech and Polish lines, no word gains more than −0.5 with any
 * letter at any place.
 */
const DROPPED_BYTE_MIN_GAIN_BITS = 2;
/**
 * Inside a word a letter is only looked for between two letters that follow each
 * other this rarely in the language (bits under its letter pairs): "е" then "у" in
 * Serbian 8.5, "ј" then "и" in Macedonian 5.1; three pairs in four of real words
 * cost under 4.3. A bound on the search (the trigrams still decide), set for speed.
 */
const UNLIKELY_JUNCTION_BITS = 4.5;
/** Words shorter than this are left alone: one or two letters say too little (Macedonian "е" for "ќе"). */
const DROPPED_BYTE_MIN_LETTERS = 3;

const LETTER = /^\p{L}$/u;
/**
 * The zero-width non-joiner (Windows-1256 9D), which Persian writes inside words: put
 * back between two letters of an Arabic-script word, at any place (the letters beside
 * it are ordinary neighbours, so no unlikely junction marks where it was), when the
 * trigrams call for it as for a letter: "بهرهمند" → "بهره‌مند".
 */
const ZWNJ = "\u200c";
const ARABIC_GROUP = scriptGroup(charClass(0x0627));

/** The letters `legacy` has at the bytes a strict Windows-1252 decoder loses. */
const lostLetters = new Map<string, string[]>();
function lettersAtLostBytes(legacy: string, lostBytes: readonly number[]): string[] {
  let letters = lostLetters.get(legacy);
  if (!letters) {
    letters = lostBytes.map((b) => decodeBytes(Uint8Array.of(b), legacy)).filter((c) => LETTER.test(c) || c === ZWNJ);
    lostLetters.set(legacy, letters);
  }
  return letters;
}

/** Verdicts by encoding and word: text repeats its words. */
const verdicts = new Map<string, string | null>();
/** Entries before the cache starts again (each repair thread holds its own; 50,000 was no faster). */
const VERDICT_CACHE_SIZE = 20_000;

/**
 * `word` (a legacy reading, one word) with one dropped letter put back, or undefined
 * when no place and letter gains DROPPED_BYTE_MIN_GAIN_BITS under the letter
 * trigrams of one of `languages` (those its line may be in). The letter must be of
 * the word's own script, and a capital only in a word of capitals.
 */
export function restoreDroppedLetter(word: string, legacy: string, languages: readonly string[], lostBytes: readonly number[]): string | undefined {
  const key = `${legacy}\u0000${languages.join(",")}\u0000${word}`;
  const known = verdicts.get(key);
  if (known !== undefined) return known ?? undefined;
  let verdict: { text: string; gain: number } | undefined;
  for (const language of languages) {
    const found = search(word, legacy, lostBytes, (w) => trigramTextCost(` ${w} `, language) ?? Infinity, (a, b) => pairBitsIn(language, a.toLowerCase(), b.toLowerCase()) >= UNLIKELY_JUNCTION_BITS, (w) => frequentWordBits(language, "", w, ""));
    if (found && (!verdict || found.gain > verdict.gain)) verdict = found;
  }
  if (verdicts.size >= VERDICT_CACHE_SIZE) verdicts.clear();
  verdicts.set(ownCopy(key), verdict?.text ?? null);
  return verdict?.text;
}

function search(
  word: string,
  legacy: string,
  lostBytes: readonly number[],
  wordCost: (word: string) => number,
  unlikely: (a: string, b: string) => boolean,
  frequentBits: (word: string) => number,
): { text: string; gain: number } | undefined {
  // The letters of the word, without the quotes or punctuation round them.
  const core = /^(\P{L}*)(\p{L}+)(\P{L}*)$/u.exec(word);
  if (!core) return undefined;
  const [, lead, letters, tail] = core as unknown as [string, string, string, string];
  const chars = [...letters];
  if (chars.length < DROPPED_BYTE_MIN_LETTERS) return undefined;
  const group = scriptGroup(charClass(chars[0]!.codePointAt(0)!));
  if (group < 0 || chars.some((ch) => scriptGroup(charClass(ch.codePointAt(0)!)) !== group)) return undefined;
  // A capital only in a word of capitals; a lower-case letter never before the word's capital.
  const allCapitals = chars.every((ch) => UPPER.test(ch));
  const candidates = lettersAtLostBytes(legacy, lostBytes).filter((c) => (c === ZWNJ ? group === ARABIC_GROUP : scriptGroup(charClass(c.codePointAt(0)!)) === group && UPPER.test(c) === allCapitals));
  if (candidates.length === 0) return undefined;
  const base = wordCost(letters);
  // Every trial must gain enough by its letters alone; of those, a frequent word ranks first.
  const gate = base - DROPPED_BYTE_MIN_GAIN_BITS;
  let best: string | undefined;
  let bestCost = gate;
  let bestRank = Infinity;
  for (let at = allCapitals || !UPPER.test(chars[0]!) ? 0 : 1; at <= chars.length; at++) {
    // Inside the word, only where its two letters are unlikely neighbours ("е" then "у").
    const inside = at > 0 && at < chars.length;
    const junction = !inside || unlikely(chars[at - 1]!, chars[at]!);
    for (const letter of candidates) {
      if (letter === ZWNJ ? !inside : !junction) continue;
      const trial = [...chars.slice(0, at), letter, ...chars.slice(at)].join("");
      const cost = wordCost(trial);
      if (cost >= gate) continue;
      const rank = cost - frequentBits(trial);
      if (rank < bestRank) {
        bestRank = rank;
        bestCost = cost;
        best = trial;
      }
    }
  }
  return best === undefined ? undefined : { text: lead + best + tail, gain: base - bestCost };
}

const UPPER = /^\p{Lu}$/u;

/**
 * A "?" that a strict decoder left for a lost letter at the end of a word or between
 * two of its letters — not a question mark, as the next word starts in lower case
 * ("nesmie by? nútený": Slovak "byť", ť = 9D) or letters go on ("zais?ovala") — is
 * given the letter when the word then reads at most QUESTION_FILL_MAX_LOSS_BITS worse
 * under its line's letter trigrams than without it ("by" → "byť" gains 0.6; a real
 * question, "Prečo? nie…" → "Prečoť", loses 12). Returns the word with the letter, or
 * undefined.
 */
export function fillLostLetter(word: string, at: number, legacy: string, languages: readonly string[], lostBytes: readonly number[], proven = false): string | undefined {
  const chars = [...word];
  const letters = chars.filter((ch) => LETTER.test(ch));
  if (letters.length === 0) return undefined;
  const group = scriptGroup(charClass(letters[0]!.codePointAt(0)!));
  if (group < 0 || letters.some((ch) => scriptGroup(charClass(ch.codePointAt(0)!)) !== group)) return undefined;
  const allCapitals = letters.length > 1 && letters.every((ch) => UPPER.test(ch));
  const candidates = lettersAtLostBytes(legacy, lostBytes).filter((c) => scriptGroup(charClass(c.codePointAt(0)!)) === group && UPPER.test(c) === allCapitals);
  if (candidates.length === 0) return undefined;
  const bare = (word.slice(0, at) + word.slice(at + 1)).replace(EDGE_NON_LETTERS, "");
  let best: string | undefined;
  let bestRank = Infinity;
  for (const language of languages) {
    const base = trigramTextCost(` ${bare} `, language);
    if (base === undefined) continue;
    for (const letter of candidates) {
      const filled = word.slice(0, at) + letter + word.slice(at + 1);
      const filledLetters = filled.replace(EDGE_NON_LETTERS, "");
      const loss = (trigramTextCost(` ${filledLetters} `, language) ?? Infinity) - base;
      // On a line a legacy reading repairs (`proven`), a letter that makes a frequent word of a word in
      // lower case may cost it that much more: the trigrams hardly know the lost letters (Czech "dìti, a?
      // manželské" → "ať" loses 5.9 bits, and "ať" is the 178th word). Not on a quiet line, nor after a
      // capital: a one-word question starts its sentence ("A? nikdo neví, co øekne" is a real question).
      const frequentBits = frequentWordBits(language, "", filledLetters, "");
      if (loss > QUESTION_FILL_MAX_LOSS_BITS + (proven && !UPPER.test(letters[0]!) ? frequentBits : 0)) continue;
      // Of the letters that may stand there, one that makes a frequent word ranks first.
      const rank = loss - frequentBits;
      if (rank <= bestRank) {
        bestRank = rank;
        best = filled;
      }
    }
  }
  return best;
}

/**
 * Bits a word may lose with a lost letter given back in place of a "?": real fills
 * cost 2 at most ("vstúpi" → "vstúpiť"), a letter after a real question 5 and more
 * ("nie" → "nieť" 4.8, "prečo" → "prečoť" 12).
 */
const QUESTION_FILL_MAX_LOSS_BITS = 3;
const EDGE_NON_LETTERS = /^\P{L}+|\P{L}+$/gu;
