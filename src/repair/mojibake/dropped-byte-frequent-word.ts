/**
 * A dropped legacy byte that the letter trigrams cannot see: the five bytes a strict
 * Windows-1252 decoder drops without a mark (81 8D 8F 90 9D) are letters that the
 * trigram models, learnt from one short text each, hardly know (Slovak "ť", Persian
 * "پ"), so the word with the letter put back reads no better to them and
 * legacy-dropped-byte.ts leaves it ("zaisti", "رورش"). Here the word itself is the
 * evidence: a word of three letters or more that is none of the frequent words of the
 * languages its line may be in, and that becomes one of them with one of the dropped
 * letters put back at one place (at its edges too), gets that letter — the most
 * frequent such word if there are several. A word that is itself frequent (Slovak
 * "by", Macedonian "е") is never touched. Only on a line a legacy reading already
 * repairs (the mistake is proven there); the words that reading left as they were are
 * looked at too (Slovak words in plain ASCII). A guess.
 * Example (Slovak, Windows-1250 read as Windows-1252 with 9D dropped): "môže zaisti
 * jeho zdravie" → "môže zaistiť jeho zdravie".
 */
import { decodeBytes } from "../../decode/decode.js";
import { charClass, scriptGroup } from "../../plausibility/char-class.js";
import { frequentWordBits } from "../../plausibility/frequent-words.js";
import type { Repair } from "./candidate.js";
import { letterAtWordEnd } from "./dropped-letter-word-end.js";

/**
 * Words shorter than this are left alone: a one- or two-letter word is most often a
 * frequent word itself, and when not, a letter added makes some frequent word too easily.
 */
const FREQUENT_FILL_MIN_LETTERS = 3;

const LETTER = /^\p{L}$/u;
const UPPER = /^\p{Lu}$/u;
/** A word with the quotes or punctuation round it: the letters are looked at alone. */
const WORD_CORE = /^(\P{L}*)(\p{L}+)(\P{L}*)$/u;
/** The signs a strict decoder leaves for a byte it lost ("?", U+FFFD). */
const MARK = /[?\ufffd]/u;

const lostLetters = new Map<string, string[]>();
/** The letters `legacy` has at the bytes a strict Windows-1252 decoder loses (not the ZWNJ: no frequent-word list writes it). */
function lettersAtLostBytes(legacy: string, lostBytes: readonly number[]): string[] {
  let letters = lostLetters.get(legacy);
  if (!letters) {
    letters = lostBytes.map((b) => decodeBytes(Uint8Array.of(b), legacy)).filter((c) => LETTER.test(c));
    lostLetters.set(legacy, letters);
  }
  return letters;
}

/** The most frequent word's bits among `languages`, 0 when it is frequent in none. */
function bestFrequentBits(word: string, languages: readonly string[]): number {
  let best = 0;
  for (const language of languages) best = Math.max(best, frequentWordBits(language, "", word, ""));
  return best;
}

/**
 * `word` (one word, maybe with punctuation round it) with one dropped letter put back so
 * that it becomes a frequent word of one of `languages`, or undefined when it is frequent
 * already or no letter at any place makes it one.
 */
export function frequentWordWithDroppedLetter(word: string, legacy: string, languages: readonly string[], lostBytes: readonly number[], lineLanguage: () => string | undefined = () => languages[0]): string | undefined {
  const core = WORD_CORE.exec(word);
  if (!core) return undefined;
  const [, lead, letters, tail] = core as unknown as [string, string, string, string];
  // A mark beside the letters is where the decoder left its sign for the lost byte (fillLostLetter's case, not a dropped one).
  if (MARK.test(lead) || MARK.test(tail)) return undefined;
  const chars = [...letters];
  if (chars.length < FREQUENT_FILL_MIN_LETTERS || bestFrequentBits(letters, languages) > 0) return undefined;
  const group = scriptGroup(charClass(chars[0]!.codePointAt(0)!));
  if (group < 0 || chars.some((ch) => scriptGroup(charClass(ch.codePointAt(0)!)) !== group)) return undefined;
  // A capital only in a word of capitals, and never after the word's own capital.
  const allCapitals = chars.every((ch) => UPPER.test(ch));
  const candidates = lettersAtLostBytes(legacy, lostBytes).filter((c) => scriptGroup(charClass(c.codePointAt(0)!)) === group && UPPER.test(c) === allCapitals);
  if (candidates.length === 0) return undefined;
  let best: string | undefined;
  let bestBits = 0;
  for (let at = allCapitals || !UPPER.test(chars[0]!) ? 0 : 1; at <= chars.length; at++) {
    for (const letter of candidates) {
      const trial = [...chars.slice(0, at), letter, ...chars.slice(at)].join("");
      const bits = bestFrequentBits(trial, languages);
      if (bits > bestBits) {
        bestBits = bits;
        best = trial;
      }
    }
  }
  // No frequent word: a letter the line's language ends its words with, at the end (dropped-letter-word-end.ts).
  best ??= letterAtWordEnd(letters, candidates, lineLanguage);
  return best === undefined ? undefined : lead + best + tail;
}

/**
 * The words of `line` that its legacy reading's `repairs` leave as they are, each given a
 * dropped letter where frequentWordWithDroppedLetter calls for one, as guesses.
 */
export function untouchedWordsWithDroppedLetters(line: string, repairs: readonly Repair[], legacy: string, languages: readonly string[], lostBytes: readonly number[], lineLanguage?: () => string | undefined): Repair[] {
  if (repairs.length === 0) return [];
  const encodingPair = repairs[0]!.encodingPair;
  const out: Repair[] = [];
  for (const m of line.matchAll(/\S+/g)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (repairs.some((r) => r.start < end && start < r.end)) continue;
    const after = frequentWordWithDroppedLetter(m[0], legacy, languages, lostBytes, lineLanguage);
    if (after !== undefined) out.push({ start, end, after, gain: 0, guess: true, encodingPair });
  }
  return out;
}
