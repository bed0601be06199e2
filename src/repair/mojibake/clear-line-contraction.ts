/**
 * A lone "â" apostrophe (lone-lead-apostrophe.ts) in a line that is clearly of one
 * language which never writes "â": every other word of the line is a frequent word of
 * it, its letter pairs read the line (each such "â" a break between words) about as well
 * as the best, and better by a clear margin than any language that writes "â" reads the
 * line as it stands (the lists all hold a few English words: "it", "me" are frequent in
 * Portuguese's too). Short English lines read by their letters alone as French,
 * Welsh or Afrikaans ("It isnât you." reads best as Welsh), and English's list keeps no
 * "didn", "wasn" (it holds "did", "was"), so the halves there said nothing. In such a
 * line an "â" word reads as a contraction when its tail of one or two letters is a
 * frequent word and its first half is one too, or is one less its final letter ("did" +
 * "n", the general form of a negation glued to a verb: "wasn", "couldn"); the first half
 * and the tail kept as lone-lead-apostrophe.ts's contraction shape wants them.
 * Example (ISO-8859-1, C1 controls dropped): "It wasnât me." → "It wasn’t me."
 */
import { isFrequentWord } from "../../plausibility/frequent-words.js";
import { bestLanguageCost, knownLanguagesForScriptOf } from "../../plausibility/language-bigrams.js";

/**
 * At least this many words besides the "â" words, every one frequent in the language:
 * "It wasnât me." has two; one word ("File specificât") tells no language.
 */
const MIN_OTHER_WORDS = 2;

/**
 * The line read in the clear language, each inner "â" a break between words, must cost at
 * least this many bits less than the line as it stands in any language that writes "â":
 * English lines with a lost apostrophe 10–40 bits less (French "You arenât late." 10),
 * the Friulian "Tedesc orientâl" 7 (it has one other word), Romanian lines more.
 */
const CLEAR_MARGIN_BITS = 8;
const LETTER_RUN = /\p{L}+/gu;

/**
 * The language (of `candidates`, best read first, each with its bits behind the best
 * under the letter pairs) that `line` is clearly in, per the doc comment; undefined when none.
 * `wordWithInnerA` matches a word with an inner "â" (global), its halves as groups 1 and 2;
 * `writesTheLetter` tells a language that writes "â" (lone-lead-apostrophe.ts's test).
 */
export function clearLanguageOfLine(line: string, wordWithInnerA: RegExp, candidates: readonly { language: string; behindBest: number }[], nearBits: number, writesTheLetter: (language: string) => boolean): string | undefined {
  const others = line.replace(wordWithInnerA, " ").match(LETTER_RUN) ?? [];
  if (others.length < MIN_OTHER_WORDS) return undefined;
  const holdsAll = (language: string): boolean => others.every((w) => isFrequentWord(language, w));
  const clear = candidates.find((c) => c.behindBest <= nearBits && !writesTheLetter(c.language) && holdsAll(c.language));
  if (clear === undefined) return undefined;
  const split = bestLanguageCost(line.replace(wordWithInnerA, (_, head: string, tail: string) => `${head} ${tail}`), [clear.language]).bits;
  const writers = knownLanguagesForScriptOf(line).filter(writesTheLetter);
  if (writers.length > 0 && bestLanguageCost(line, writers, split + CLEAR_MARGIN_BITS).bits < split + CLEAR_MARGIN_BITS) return undefined;
  return clear.language;
}

/**
 * Whether "head â tail" reads as a contraction in the clear `language`: the tail a frequent
 * word, the first half one too or one less its final letter ("did" + "n"), and
 * `hasContractionShape` (lone-lead-apostrophe.ts's isContraction) holding.
 */
export function readsAsClearContraction(language: string, head: string, tail: string, hasContractionShape: (head: string, tail: string) => boolean): boolean {
  if (!hasContractionShape(head, tail) || !isFrequentWord(language, tail)) return false;
  const letters = [...head];
  return isFrequentWord(language, head) || (letters.length > 1 && hasContractionShape(letters.slice(0, -1).join(""), tail) && isFrequentWord(language, letters.slice(0, -1).join("")));
}
