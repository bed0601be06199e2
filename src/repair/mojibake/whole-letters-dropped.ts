/**
 * Letters a strict double-byte decoder dropped whole, without a trace. Python's Big5,
 * EUC-KR and EUC-JP have no pair for a two-byte letter whose second byte is 80–A0, and
 * with errors="ignore" (or its U+FFFD removed later) the letter is simply gone: Italian
 * "libertà" (… C3 A0) becomes "libert", Polish "człowiek" (C5 82) "czowiek", French "a
 * droit à la" becomes "a droit  la" (the two spaces stay). Nothing marks the place; the
 * word itself is the evidence, as for a dropped legacy byte (dropped-byte-frequent-word.ts):
 * a word of three letters or more that is none of the frequent words of the line's
 * language, and that becomes one with one of the letters this decoder loses whole put back
 * at one place, gets that letter (the most frequent such word; an apostrophe inside it
 * too, "lautorité" → "l’autorité", where the list writes "l'autorité"); and two spaces between
 * two words get the one-letter word of the language among those letters. Only on a line
 * where the same decoder's reading already repaired a character losslessly (the mistake
 * is proven there), that shows no stand-in (U+FFFD or "?" in a word: then the lost
 * letters would show), and only words that reading left as they were. Guesses.
 * Before → after (Python euc_kr, errors="ignore", beside "r챔gne" → "règne"): "a droit
 * ce que" with two spaces → "a droit à ce que"; (beside "Ka탉dy") "czowiek" → "człowiek".
 */
import { charClass, scriptGroup } from "../../plausibility/char-class.js";
import { FREQUENT_WORD_BITS, frequentWordBits, frequentWordsWith, hasFrequentWordList, isFrequentWord, isFrequentWordSomewhere } from "../../plausibility/frequent-words.js";
import { languageTextCost, pairBitsIn } from "../../plausibility/language-bigrams.js";
import { trigramTextCost } from "../../plausibility/language-trigrams.js";
import { applyRepairs, type Repair } from "./candidate.js";
import type { WholeCharacterLosses } from "./lost-lead.js";

/** Words shorter than this are left alone (as in dropped-byte-frequent-word.ts): a letter added to a short word makes some frequent word too easily. */
const MIN_WORD_LETTERS = 3;

const UPPER = /^\p{Lu}$/u;
const APOSTROPHE = "\u2019";
const LETTER = /\p{L}/u;
/** A word of letters only (a mark or digit inside is left: it is no word of a list). */
const WORD = /\p{L}+/gu;
/** A stand-in where the decoder would have left its sign: inside or beside a word. */
const STAND_IN_IN_WORD = /\ufffd|\p{L}\?|\?\p{L}/u;
/**
 * A letter put back must be one the language writes: in this many of its frequent words at
 * least (a name in the list is no reason: Bulgarian's holds "Џеки", and "еки" is no "Џеки").
 */
const WRITTEN_LETTER_MIN_WORDS = 10;

/** Where a sentence may start: the line's start, or after . ! ? and a space (quotes and dashes may stand between). */
const SENTENCE_START = /(?:^|[.!?]\s)[\s"'“‘„«(\-–—]*$/u;
/** Two spaces between two letters: a one-letter word dropped whole. */
const TWO_SPACES = /(?<=\p{L}) {2}(?=\p{L})/gu;

/** The two-byte letters the decoder loses whole, behind one stand-in or two (or none, dropped), remembered per decoder. */
function lettersLostWhole(losses: WholeCharacterLosses): readonly string[] {
  let letters = lostWhole.get(losses);
  if (letters === undefined) lostWhole.set(losses, (letters = [...(losses.letters[1] ?? []), ...(losses.letters[2] ?? [])]));
  return letters;
}

const lostWhole = new WeakMap<WholeCharacterLosses, readonly string[]>();

/**
 * `repairs` with the words of the line as they read (repaired or as they were) given one
 * letter the decoder loses whole where that makes it a frequent word of the line's
 * language, and the two spaces of a dropped one-letter word given it; `repairs` as they
 * are unless the line is proven so (above). A word holding repairs becomes one repair.
 */
export function withWholeLettersDropped(line: string, repairs: readonly Repair[], losses: WholeCharacterLosses | undefined, languageOf: (reading: string) => string): readonly Repair[] {
  if (losses === undefined || repairs.length === 0 || !repairs.some((r) => !r.guess) || STAND_IN_IN_WORD.test(line)) return repairs;
  const letters = lettersLostWhole(losses);
  const apostropheLost = losses.punctuation.some((marks) => marks.includes(APOSTROPHE));
  if (letters.length === 0) return repairs;
  const reading = applyRepairs(line, repairs);
  const language = languageOf(reading);
  const encodingPair = repairs[0]!.encodingPair;
  // Where each repair lands in the reading.
  const landed: { repair: Repair; from: number; to: number }[] = [];
  let shift = 0;
  for (const r of repairs) {
    landed.push({ repair: r, from: r.start + shift, to: r.start + shift + r.after.length });
    shift += r.after.length - (r.end - r.start);
  }
  /** The line's offset of reading offset `at` (a boundary outside every repair's text, or a repair's edge). */
  const lineOffset = (at: number) => {
    let delta = 0;
    for (const l of landed) {
      if (l.to <= at) delta = l.repair.end - l.to;
      else break;
    }
    return at + delta;
  };
  const merged = new Set<Repair>();
  const added: Repair[] = [];
  const put = (from: number, to: number, after: string) => {
    // (Repairs cut by the word's edges leave it: the word is no word of the reading alone.)
    if (landed.some((l) => l.from < to && from < l.to && (l.from < from || l.to > to))) return;
    const inside = landed.filter((l) => l.from >= from && l.to <= to && l.to > l.from);
    for (const l of inside) merged.add(l.repair);
    added.push({ start: lineOffset(from), end: lineOffset(to), after, gain: inside.reduce((sum, l) => sum + l.repair.gain, 0), guess: true, encodingPair });
  };
  if (hasFrequentWordList(language)) {
    for (const m of reading.matchAll(WORD)) {
      const after = withLetterPutBack(m[0], letters, apostropheLost, language, SENTENCE_START.test(reading.slice(0, m.index!)));
      if (after !== undefined) put(m.index!, m.index! + m[0].length, after);
    }
  }
  for (const m of reading.matchAll(TWO_SPACES)) {
    const word = oneLetterWord(reading, m.index!, letters, language);
    if (word !== undefined) put(m.index!, m.index! + 2, ` ${word} `);
  }
  if (added.length === 0) return repairs;
  return [...repairs.filter((r) => !merged.has(r)), ...added].sort((a, b) => a.start - b.start);
}

/**
 * `word` with one of `letters` put back so that it becomes a frequent word of `language`
 * (the most frequent), or undefined when it is one already or none does. The letter keeps
 * the word's case: a capital in a word of capitals, a small letter after a capital or
 * among small letters — or a capital first, before small letters, where a sentence may
 * start (`mayStartSentence`: "eim ber" at a line's start → "Þeim ber").
 */
function withLetterPutBack(word: string, letters: readonly string[], apostrophe: boolean, language: string, mayStartSentence: boolean): string | undefined {
  const chars = [...word];
  if (chars.length < MIN_WORD_LETTERS || isFrequentWord(language, word)) return undefined;
  const group = scriptGroup(charClass(chars[0]!.codePointAt(0)!));
  if (group < 0 || chars.some((ch) => scriptGroup(charClass(ch.codePointAt(0)!)) !== group)) return undefined;
  const allCapitals = chars.every((ch) => UPPER.test(ch));
  const noCapital = chars.every((ch) => !UPPER.test(ch));
  let best: string | undefined;
  let bestBits = 0;
  // An apostrophe the decoder lost whole (’ E2 80 99), inside the word: the lists write it "'" ("l'autorité").
  if (apostrophe) {
    for (let at = 1; at < chars.length; at++) {
      // (frequentWordBits reads letters only: such a word is worth the bits of any frequent one.)
      const bits = isFrequentWord(language, [...chars.slice(0, at), "'", ...chars.slice(at)].join("")) ? FREQUENT_WORD_BITS : 0;
      if (bits > bestBits) [best, bestBits] = [[...chars.slice(0, at), APOSTROPHE, ...chars.slice(at)].join(""), bits];
    }
  }
  for (const letter of writtenLetters(letters, language, group)) {
    const upper = UPPER.test(letter);
    for (let at = 0; at <= chars.length; at++) {
      const fits = allCapitals ? upper : upper ? at === 0 && noCapital && mayStartSentence : at > 0 || noCapital;
      if (!fits) continue;
      const trial = [...chars.slice(0, at), letter, ...chars.slice(at)].join("");
      const bits = frequentWordBits(language, "", trial, "");
      if (bits > bestBits) [best, bestBits] = [trial, bits];
    }
  }
  return best;
}

/** Of `letters`, those of script group `group` that `language` writes (WRITTEN_LETTER_MIN_WORDS), remembered per list of letters. */
function writtenLetters(letters: readonly string[], language: string, group: number): readonly string[] {
  let byKey = written.get(letters);
  if (byKey === undefined) written.set(letters, (byKey = new Map()));
  const key = `${language}\u0000${group}`;
  let out = byKey.get(key);
  if (out === undefined) {
    out = letters.filter((letter) => scriptGroup(charClass(letter.codePointAt(0)!)) === group && frequentWordsWith(language, letter.toLowerCase()) >= WRITTEN_LETTER_MIN_WORDS);
    byKey.set(key, out);
  }
  return out;
}

const written = new WeakMap<readonly string[], Map<string, readonly string[]>>();

/**
 * The one-letter word among `letters` that fits between the two spaces at `at` of the
 * line's reading: small, of the script of the word before it, an everyday word of some
 * language's list (EVERYDAY_RANK; French's list lacks "à", Portuguese's has it 96th), and
 * a word alone in the line's language, whose letter pairs " x" and "x " cost less than
 * WORD_ALONE_MAX_PAIR_BITS together. Of several, the one the line's language reads best
 * there; undefined when none.
 */
function oneLetterWord(reading: string, at: number, letters: readonly string[], language: string): string | undefined {
  const group = scriptGroup(charClass(reading.codePointAt(at - 1)!));
  const fitting = letters.filter((letter) => !UPPER.test(letter) && scriptGroup(charClass(letter.codePointAt(0)!)) === group && isFrequentWordSomewhere(letter, EVERYDAY_RANK) && pairBitsIn(language, " ", letter) + pairBitsIn(language, letter, " ") < WORD_ALONE_MAX_PAIR_BITS);
  if (fitting.length <= 1) return fitting[0];
  const before = reading.slice(Math.max(0, at - CONTEXT_CHARS), at);
  const after = reading.slice(at + 2, at + 2 + CONTEXT_CHARS);
  let best: string | undefined;
  let bestCost = Infinity;
  for (const letter of fitting) {
    const cost = trigramTextCost(`${before} ${letter} ${after}`, language) ?? languageTextCost(`${before} ${letter} ${after}`, language) ?? Infinity;
    if (cost < bestCost) [best, bestCost] = [letter, cost];
  }
  return best;
}

/** A one-letter word must be among this many most frequent words of some language (as in lone-letter-word.ts). */
const EVERYDAY_RANK = 500;
/**
 * What the letter pairs of a space, the letter and a space may cost, at most, in the line's
 * language for the letter to be a word alone there: French "à" 5.2, Portuguese 7.1,
 * Russian "с" 8.8 and "я" 8.3, Ukrainian "і" 5.5; letters of no one-letter word cost more
 * (French "ç" 25.6, Czech "š" 17.1) or are in no list (Czech "ž" 8.9, Polish "ż" 10.3).
 */
const WORD_ALONE_MAX_PAIR_BITS = 10;
/** Characters on each side of two spaces that read the one-letter word put between them. */
const CONTEXT_CHARS = 24;
