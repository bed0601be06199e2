/**
 * A lone "â" standing as a word of its own, between two spaces, on a line where a sure
 * repair already proves UTF-8 read as ISO-8859-1, -2 or -15 with the bytes 80–9F
 * dropped: the lead of a dash (" — " is E2 80 94) whose two continuation bytes went.
 * lone-punctuation-lead.ts leaves every lone "â" alone in a language that writes "â",
 * since there it may be a letter; but most of those languages write it only inside
 * words or at their start — Portuguese "âmbito", French "âge", Vietnamese "âm" — and
 * none of them as a word alone. Welsh does ("cytuno â hi"): its letter pairs give a
 * space, "â" and a space few bits. So the "â" is a dash only where the line's language
 * gives such a one-letter word at least WORD_ALONE_MIN_BITS. Which dash comes from
 * where it stands (typography.ts); a guess.
 * Example (Portuguese, ISO-8859-1, C1 controls dropped, beside "limitaÃ§Ã£o" →
 * "limitação"): "direito a repouso â inclusive a limitaÃ§Ã£o" → "direito a repouso —
 * inclusive a limitação".
 */
import { pairBitsIn } from "../../plausibility/language-bigrams.js";

/**
 * Bits that the letter pairs " â" and "â " must cost together in the line's language
 * for a lone "â" between spaces to be no word of it: Welsh, which writes "â" as a word,
 * gives 8.5; Vietnamese 19.1, Portuguese 20.1, French 21.6, Italian 26.5.
 */
const WORD_ALONE_MIN_BITS = 15;

const DASHES = new Set(["\u2014", "\u2013"]);

/**
 * Whether the lone lead at [at, at + length) of `context`, restored as `after`, stands
 * between two spaces as a dash, in `language` (the line's), which writes no word "â".
 */
export function loneLeadStandsAsDash(context: string, at: number, length: number, after: string, language: string | undefined): boolean {
  if (language === undefined || !DASHES.has(after) || context[at - 1] !== " " || context[at + length] !== " ") return false;
  return pairBitsIn(language, " ", "â") + pairBitsIn(language, "â", " ") >= WORD_ALONE_MIN_BITS;
}
