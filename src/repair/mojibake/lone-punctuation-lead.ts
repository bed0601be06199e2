/**
 * A dash or quote of which only the lead "â" is left. UTF-8 read as ISO-8859-1, -15 or
 * -2 loses every byte 80–9F (C1 controls, dropped or shown as U+FFFD or "?"), and every
 * dash and quote is E2 80 xx with xx in 93–9E: so "—" is "â", "â��" or "â??". With
 * no other broken character on the line nothing else proves the mistake, and the lone
 * "â" is believed here from its own evidence. Two stand-ins after it are that evidence
 * (no clean text writes "â??"). When the bytes were dropped, the "â" looks like a letter,
 * so it is believed only in a line whose language never writes "â" (not in French,
 * Portuguese, Romanian, Vietnamese or Welsh, where "pâte", "âmbito", "când", "cytuno â
 * hi" are words), and not inside a word (loanwords: "pâté" in an English line). Which
 * punctuation it was comes from where it stands (typography.ts), and is marked a guess.
 * Example (ISO-8859-1, C1 controls dropped): "individuo â senza â âha dirittoâ ad" →
 * "individuo — senza — “ha diritto” ad".
 */
import { bestLanguageCost, knownLanguagesForScriptOf, pairBitsIn } from "../../plausibility/language-bigrams.js";
import { isTypographic } from "./typography.js";
import type { Utf8Span } from "./utf8-spans.js";

/** The lead byte of general punctuation (U+2000–U+2FFF): "â" in ISO-8859-1, -2 and -15. */
export const PUNCTUATION_LEAD = 0xe2;

/**
 * A language whose model gives "â" at least this many bits after an unseen character
 * never wrote it in training: 17–19 bits for Italian, Swedish, Polish…, against 7–13 for
 * the languages that write it (Vietnamese 7.4, Romanian 8.1, Welsh 9.6, Portuguese
 * 10.6–11.6, French 12.6).
 */
const UNWRITTEN_LETTER_BITS = 15;

/** A character no language model has seen before, so that `pairBitsIn` gives the letter's own share. */
const UNSEEN_BEFORE = "\u0378";

/**
 * The gain given to a believed lone lead: above zero (a round is taken), below any
 * real repair's (when the line holds other mistakes, they choose the decoder).
 */
const LONE_PUNCTUATION_GAIN_BITS = 1;

/** Whether the span is one "â" whose two continuation bytes, both lost, made general punctuation. */
export function isLonePunctuationLead(span: Utf8Span): boolean {
  if (span.pieces.length !== 1 || span.sequences !== 0) return false;
  const slot = span.pieces[0]!;
  return typeof slot !== "string" && !slot.lostLead && slot.survivors.length === 1 && slot.survivors[0] === PUNCTUATION_LEAD && slot.candidates.length > 0 && isTypographic(slot.candidates);
}

/**
 * The gain of restoring a lone lead span as `after`, judged on its own evidence, or
 * undefined when it is not believed. `left` and `right` are the characters beside the
 * span; `lineReading` is the line read without the lost bytes (it tells the language).
 */
export function lonePunctuationLeadGain(span: Utf8Span, after: string, context: string, at: number, length: number, lineReading: string): number | undefined {
  if (!isLonePunctuationLead(span) || [...after].length !== 1 || !isTypographic([after])) return undefined;
  const slot = span.pieces[0] as Exclude<Utf8Span["pieces"][number], string>;
  if (slot.standIn === "marker") return LONE_PUNCTUATION_GAIN_BITS;
  if (slot.standIn !== "dropped") return undefined;
  // Inside a word the "â" is most often a letter of a borrowed word.
  if (isLetter(context[at - 1]) && isLetter(context[at + length])) return undefined;
  // A quote needs its partner on the line, lost too or not ("« âme »" quotes a French word).
  if (OPENING.has(after) && !CLOSER_AHEAD.test(context.slice(at + length))) return undefined;
  if (CLOSING.has(after) && !OPENER_BEHIND.test(context.slice(0, at))) return undefined;
  const languages = knownLanguagesForScriptOf(lineReading);
  if (languages.length === 0) return undefined;
  const { language } = bestLanguageCost(lineReading, languages);
  return pairBitsIn(language, UNSEEN_BEFORE, "â") >= UNWRITTEN_LETTER_BITS ? LONE_PUNCTUATION_GAIN_BITS : undefined;
}

/**
 * The opening quote of one word whose closing partner lost its bytes too: a single
 * quote (‘term’), the way glosses, terms and words cited as words are set; a double
 * one (“…”) is kept for what someone says, which runs over several words. Nothing
 * else is left to tell them apart: this is the likelier guess, marked a guess.
 * Example: "the word âdignityâ here" → "the word ‘dignity’ here".
 */
export function quoteAroundOneWord(after: string, context: string, at: number, length: number): string {
  return after === "\u201c" && ONE_WORD_THEN_LONE_LEAD.test(context.slice(at + length)) ? "\u2018" : after;
}

/** One word (with a stop after it, perhaps), then a lone "â" that no continuation byte follows. */
const ONE_WORD_THEN_LONE_LEAD = /^[\p{L}\p{M}\p{N}]+[.,;:!?]?â(?![\p{L}\p{M}\u0080-\u00bf])/u;

const OPENING = new Set(["\u201c", "\u2018", "\u201e", "\u201a"]);
const CLOSING = new Set(["\u201d", "\u2019"]);
/** After an opening quote: a closing one after a word or a stop, or a lone "â" there. */
const CLOSER_AHEAD = /[\p{L}\p{N}.,;:!?…][”’“»]|[\p{L}\p{N}.,;:!?…]â(?![\p{L}\u0080-\u00bf])/u;
/** Before a closing quote: an opening one before a word, or a lone "â" there. */
const OPENER_BEHIND = /[“‘„«]\p{L}|(?<![\p{L}\p{N}])â\p{L}/u;

const isLetter = (ch: string | undefined) => ch !== undefined && /^\p{L}$/u.test(ch);
