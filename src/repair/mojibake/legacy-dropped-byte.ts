/**
 * A single-byte legacy word read by a strict Windows-1252 decoder that DROPPED a
 * byte (81 8D 8F 90 9D) without a mark: Serbian "међународни" (ђ = 90) shows as
 * "ìåóíàðîäíè" and reads as "меународни". Only a word the legacy reading already
 * changes is looked at, and only when putting one of the five letters back at one
 * place makes it read far better under its language's letter pairs; a word that
 * reads well without (Macedonian "е", Slovak "by") stays as it is. Bounded: every
 * place in the word × the letters the encoding has at the five bytes. A guess.
 * Example: "меународни" → "међународни" (Windows-1251, 90 put back before "у").
 */
import { decodeBytes } from "../../decode/decode.js";
import { charClass, scriptGroup } from "../../plausibility/char-class.js";
import { trigramTextCost } from "../../plausibility/language-trigrams.js";

/**
 * Bits a word must gain under its line's language's letter trigrams with the letter
 * put back: an extra letter costs its own trigrams, so only a word whose letters do
 * not follow each other in the language gains (Serbian "меународни" → "међународни"
 * 10.7 bits, "обезбеује" → "обезбеђује" 3.7). Over the corpus's lossless Serbian,
 * Macedonian, Slovak, Czech and Polish lines, no word gains more than −0.5 with any
 * letter at any place.
 */
const DROPPED_BYTE_MIN_GAIN_BITS = 2;
/** Words shorter than this are left alone: one or two letters say too little (Macedonian "е" for "ќе"). */
const DROPPED_BYTE_MIN_LETTERS = 3;

const LETTER = /^\p{L}$/u;

/** The letters `legacy` has at the bytes a strict Windows-1252 decoder loses. */
const lostLetters = new Map<string, string[]>();
function lettersAtLostBytes(legacy: string, lostBytes: readonly number[]): string[] {
  let letters = lostLetters.get(legacy);
  if (!letters) {
    letters = lostBytes.map((b) => decodeBytes(Uint8Array.of(b), legacy)).filter((c) => LETTER.test(c));
    lostLetters.set(legacy, letters);
  }
  return letters;
}

/** Verdicts by encoding and word: text repeats its words. */
const verdicts = new Map<string, string | null>();
const VERDICT_CACHE_SIZE = 50_000;

/**
 * `word` (a legacy reading, one word) with one dropped letter put back, or undefined
 * when no place and letter gains DROPPED_BYTE_MIN_GAIN_BITS under the letter
 * trigrams of `language` (the language its line reads as). The
 * letter must be of the word's own script and stand between letters or at the
 * word's edge next to one.
 */
export function restoreDroppedLetter(word: string, legacy: string, language: string, lostBytes: readonly number[]): string | undefined {
  const key = `${legacy}\u0000${language}\u0000${word}`;
  const known = verdicts.get(key);
  if (known !== undefined) return known ?? undefined;
  const verdict = search(word, legacy, lostBytes, (w) => trigramTextCost(` ${w} `, language) ?? Infinity);
  if (verdicts.size >= VERDICT_CACHE_SIZE) verdicts.clear();
  verdicts.set(key, verdict ?? null);
  return verdict;
}

function search(word: string, legacy: string, lostBytes: readonly number[], wordCost: (word: string) => number): string | undefined {
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
  const candidates = lettersAtLostBytes(legacy, lostBytes).filter((c) => scriptGroup(charClass(c.codePointAt(0)!)) === group && UPPER.test(c) === allCapitals);
  if (candidates.length === 0) return undefined;
  const base = wordCost(letters);
  let best: string | undefined;
  let bestCost = base - DROPPED_BYTE_MIN_GAIN_BITS;
  for (let at = allCapitals || !UPPER.test(chars[0]!) ? 0 : 1; at <= chars.length; at++) {
    for (const letter of candidates) {
      const trial = [...chars.slice(0, at), letter, ...chars.slice(at)].join("");
      const cost = wordCost(trial);
      if (cost < bestCost) {
        bestCost = cost;
        best = trial;
      }
    }
  }
  return best === undefined ? undefined : lead + best + tail;
}

const UPPER = /^\p{Lu}$/u;
