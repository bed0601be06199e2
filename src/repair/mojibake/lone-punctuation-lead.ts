/**
 * A dash or quote of which only the lead "â" is left. UTF-8 read as ISO-8859-1, -15 or
 * -2 loses every byte 80–9F (C1 controls, dropped or shown as U+FFFD or "?"), and every
 * dash and quote is E2 80 xx with xx in 93–9E: so "—" is "â", "â��" or "â??". With
 * no other broken character on the line nothing else proves the mistake, and the lone
 * "â" is believed here from its own evidence. Two stand-ins after it are that evidence
 * (no clean text writes "â??"). When the bytes were dropped, the "â" looks like a letter,
 * so it is believed only in a line whose language never writes "â" (not in French,
 * Portuguese, Romanian, Vietnamese or Welsh, where "pâte", "âmbito", "când", "cytuno â
 * hi" are words) and writes no other circumflex, not inside a word (loanwords: "pâté" in
 * an English line), a quote only with its partner, and — with nothing else broken on the
 * line — only beside another such "â", in a language the models know well (Romansh "â"
 * is "has"). Which punctuation it was comes from where it stands (typography.ts), and is
 * marked a guess.
 * Example (ISO-8859-1, C1 controls dropped): "individuo â senza â âha dirittoâ ad" →
 * "individuo — senza — “ha diritto” ad".
 */
import { bestLanguageCost, knownLanguagesForScriptOf, letterOwnBits } from "../../plausibility/language-bigrams.js";
import { isTypographic } from "./typography.js";
import type { Utf8Span } from "./utf8-spans.js";
import { loneLeadEndsWord, loneLeadOpensBeforeWordEnd } from "./word-end-lone-lead.js";
import { loneLeadStandsAsDash } from "./lone-lead-word-alone.js";

/** The lead byte of general punctuation (U+2000–U+2FFF): "â" in ISO-8859-1, -2 and -15. */
export const PUNCTUATION_LEAD = 0xe2;

/**
 * A language whose model gives "â" at least this many bits after an unseen character
 * never wrote it in training: 17–19 bits for Italian, Swedish, Polish…, against 7–13 for
 * the languages that write it (Vietnamese 7.4, Romanian 8.1, Welsh 9.6, Portuguese
 * 10.6–11.6, French 12.6).
 */
const UNWRITTEN_LETTER_BITS = 15;

/**
 * The gain given to a believed lone lead: above zero (a round is taken), below any
 * real repair's (when the line holds other mistakes, they choose the decoder).
 */
const LONE_PUNCTUATION_GAIN_BITS = 1;

/** Whether the span is one "â" whose two continuation bytes, both lost, made general punctuation. */
export function isLonePunctuationLead(span: Utf8Span): boolean {
  if (span.pieces.length !== 1 || span.sequences !== 0) return false;
  const slot = span.pieces[0]!;
  return typeof slot !== "string" && !slot.lostLead && slot.survivors.length === 1 && slot.survivors[0] === PUNCTUATION_LEAD && slot.candidates.length > 0 && isTypographic([slot.candidates[0]!]);
}

/**
 * The gain of restoring a lone lead span as `after`, judged on its own evidence, or
 * undefined when it is not believed. The span stands at [at, at + length) of `context`;
 * `lineReading` is the line read without the lost bytes (it tells the language); `proven`:
 * a sure repair on the line proved the mistake.
 */
export function lonePunctuationLeadGain(span: Utf8Span, after: string, context: string, at: number, length: number, lineReading: string, proven: boolean): number | undefined {
  if (!isLonePunctuationLead(span) || [...after].length !== 1 || !isTypographic([after])) return undefined;
  const slot = span.pieces[0] as Exclude<Utf8Span["pieces"][number], string>;
  if (slot.standIn === "marker") return LONE_PUNCTUATION_GAIN_BITS;
  if (slot.standIn !== "dropped") return undefined;
  // Inside a word the "â" is most often a letter of a borrowed word.
  if (isLetter(context[at - 1]) && isLetter(context[at + length])) return undefined;
  // A quote needs its partner on the line, lost too or not ("« âme »" quotes a French word).
  if (OPENING.has(after) && !CLOSER_AHEAD.test(context.slice(at + length))) return undefined;
  if (CLOSING.has(after) && !OPENER_BEHIND.test(context.slice(0, at))) return undefined;
  // On a proven line, an "â" at the end of a word is no letter of any language, nor one that opens for it (word-end-lone-lead.ts).
  if (proven && (loneLeadEndsWord(context, at, length) || (OPENING.has(after) && loneLeadOpensBeforeWordEnd(context, at, length)))) return LONE_PUNCTUATION_GAIN_BITS;
  // The line itself may show a language with circumflexes that no model knows (Romansh "parsùna â
  // igl dretg", Sango "âla", Francoprovençal "parâi"): other circumflex vowels, or an "â" inside
  // a word; and one lone "â" alone is no evidence (quotes come in pairs, and so, mostly, do the dashes of a line).
  // (On a proven line that reads well as a language that writes no "â", other circumflexes are that language's own: Slovak "ô".)
  const reading = languageReading(lineReading);
  // (On a proven line, an "â" standing as a word of its own where the line's language writes no such word is a dash: lone-lead-word-alone.ts.)
  if (proven && reading.bitsPerChar <= KNOWN_LANGUAGE_BITS_PER_CHAR && loneLeadStandsAsDash(context, at, length, after, reading.language)) return LONE_PUNCTUATION_GAIN_BITS;
  const knownWithoutA = proven && !reading.writesCircumflexA && reading.bitsPerChar <= KNOWN_LANGUAGE_BITS_PER_CHAR;
  if ((CIRCUMFLEX_LETTER.test(lineReading) && !knownWithoutA) || INNER_CIRCUMFLEX_A.test(context) || (!proven && (context.match(EDGE_CIRCUMFLEX_A)?.length ?? 0) < 2)) return undefined;
  // With nothing else broken on the line, its language must also be one the models know well.
  return reading.writesCircumflexA || (!proven && reading.bitsPerChar > KNOWN_LANGUAGE_BITS_PER_CHAR) ? undefined : LONE_PUNCTUATION_GAIN_BITS;
}

/**
 * An exact screen for `lonePunctuationLeadGain`: true when it gives undefined whatever
 * the lead is restored as — its gates that do not look at the restored punctuation
 * (the stand-in, the letters beside the "â", the line's circumflexes and language),
 * in the same terms. On a clean French, Portuguese or Romanian line ("când â", "pâte
 * â la") every lone "â" is cleared here, before its lost bytes are chosen.
 */
export function lonePunctuationLeadNeverBelieved(span: Utf8Span, context: string, at: number, length: number, lineReading: string, proven: boolean): boolean {
  if (!isLonePunctuationLead(span)) return true;
  const slot = span.pieces[0] as Exclude<Utf8Span["pieces"][number], string>;
  if (slot.standIn === "marker") return false;
  if (slot.standIn !== "dropped") return true;
  if (isLetter(context[at - 1]) && isLetter(context[at + length])) return true;
  if (CIRCUMFLEX_LETTER.test(lineReading) || INNER_CIRCUMFLEX_A.test(context) || (!proven && (context.match(EDGE_CIRCUMFLEX_A)?.length ?? 0) < 2)) return true;
  const reading = languageReading(lineReading);
  return reading.writesCircumflexA || (!proven && reading.bitsPerChar > KNOWN_LANGUAGE_BITS_PER_CHAR);
}

/**
 * The line-wide form of `lonePunctuationLeadNeverBelieved`, for a decoder that only a lone
 * "â" made worth a look (so no sure repair can prove the mistake, and the line is its
 * own context): true when no lone "â" on `line` can be believed — none stands before a
 * stand-in ("?", U+FFFD), and the line writes "â" inside a word or has fewer than two at
 * a word's edge. Clean Romanian "când â", Portuguese "câmara", French "pâte â" lines.
 */
export function noLonePunctuationLeadBelieved(line: string): boolean {
  if (line.includes("?") || line.includes("\ufffd")) return false;
  return INNER_CIRCUMFLEX_A.test(line) || (line.match(EDGE_CIRCUMFLEX_A)?.length ?? 0) < 2;
}

/**
 * A line that reads at more bits per character than this under its best language model
 * is in a language the models do not know (Romansh reads as Italian at 4.1–4.3; lines of
 * the known languages read at 2.9–3.3): what it writes is unknown.
 */
const KNOWN_LANGUAGE_BITS_PER_CHAR = 3.8;

/** Circumflex vowels other than "â" (French, Portuguese, Vietnamese, Welsh, Slovak, Sango… write them). */
const CIRCUMFLEX_LETTER = /[êîôûÊÎÔÛ]/u;
/** An "â" between two letters: a letter of its word. */
const INNER_CIRCUMFLEX_A = /\p{L}â\p{L}/u;
/** An "â" at a word's edge: what a lost dash or quote leaves. */
const EDGE_CIRCUMFLEX_A = /(?<!\p{L})â|â(?![\p{L}\p{M}\u0080-\u00bf])/gu;

interface LanguageReading {
  writesCircumflexA: boolean;
  bitsPerChar: number;
  /** The language the text reads most like (undefined when no model knows its script). */
  language?: string;
}

/** Whether the language `text` reads most like writes "â", and how well it fits (the last text asked about is remembered: three ISO decoders ask in turn). */
function languageReading(text: string): LanguageReading {
  if (lastAsked?.text === text) return lastAsked.reading;
  const languages = knownLanguagesForScriptOf(text);
  let reading: LanguageReading = { writesCircumflexA: true, bitsPerChar: Infinity };
  if (languages.length > 0) {
    const { language, bits } = bestLanguageCost(text, languages);
    reading = { writesCircumflexA: letterOwnBits(language, "â") < UNWRITTEN_LETTER_BITS, bitsPerChar: bits / Math.max(1, [...text].length), language };
  }
  lastAsked = { text, reading };
  return reading;
}

let lastAsked: { text: string; reading: LanguageReading } | undefined;

/**
 * The opening quote of one word whose closing partner lost its bytes too: a single
 * quote (‘term’), the way glosses, terms and words cited as words are set; a double
 * one (“…”) is kept for what someone says, which runs over several words. Nothing
 * else is left to tell them apart: this is the likelier guess, marked a guess. `after`
 * is the span restored (its first slot a lone "â"), at [at, at + length) of `context`.
 * Example: "the word âdignityâ here" → "the word ‘dignity’ here"; "â??Ã â??" → "‘à’".
 */
export function quoteAroundOneWord(after: string, span: Utf8Span, context: string, at: number, length: number): string {
  const first = span.pieces[0];
  if (!after.startsWith("\u201c") || first === undefined || typeof first === "string" || first.lostLead || first.survivors.length !== 1 || first.survivors[0] !== PUNCTUATION_LEAD) return after;
  // The closing partner: lost too (a lone "â" after the span), or restored in this span already.
  const word = ONE_WORD_THEN_CLOSE.exec(after.slice(1) + context.slice(at + length));
  if (!word) return after;
  const close = 1 + word[0].length - 1;
  if (close < after.length && after[close] !== "\u201d") return after;
  return "\u2018" + after.slice(1, close) + (close < after.length ? "\u2019" + after.slice(close + 1) : "");
}

/** One word (with a stop after it, perhaps), then a closing ” or a lone "â" that no continuation byte follows. */
const ONE_WORD_THEN_CLOSE = /^[\p{L}\p{M}\p{N}]+[.,;:!?]?(?:â(?![\p{L}\p{M}\u0080-\u00bf])|”)/u;

const OPENING = new Set(["\u201c", "\u2018", "\u201e", "\u201a"]);
const CLOSING = new Set(["\u201d", "\u2019"]);
/** After an opening quote: a closing one after a word or a stop, or a lone "â" there. */
const CLOSER_AHEAD = /[\p{L}\p{N}.,;:!?…][”’“»]|[\p{L}\p{N}.,;:!?…]â(?![\p{L}\u0080-\u00bf])/u;
/** Before a closing quote: an opening one before a word, or a lone "â" there. */
const OPENER_BEHIND = /[“‘„«]\p{L}|(?<![\p{L}\p{N}])â\p{L}/u;

const isLetter = (ch: string | undefined) => ch !== undefined && /^\p{L}$/u.test(ch);
