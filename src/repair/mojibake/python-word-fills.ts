/**
 * Words whose lost letters were chosen one by one, filled as one frequent word of the
 * line's language. Python's strict Big5, EUC-KR and EUC-JP (`errors="replace"`) lose every
 * two-byte letter whose continuation is 80–A0 as two stand-ins (Cyrillic р–я and А–Р, most
 * of Greek, Arabic "ف ق ك ل م ن ه و ي"), so one word often lost two or three letters, in
 * spans of their own between the letters that survived as pairs. Each lost letter was
 * chosen by its letter pairs beside the others' guesses, which can settle on letters that
 * suit each other's wrong guesses ("Полі" for "Воля": no change of one letter alone reads
 * better). Here every word holding restored letters (those, and any lost byte of a guessed
 * span) is matched, as a whole, against the frequent words of the line's language (the
 * letters that survived fixed, each lost one any of its candidates); the matches are read
 * with their neighbours, each paying less by its rank, and the best one is kept. The
 * language is the one of its script whose list fills the line best (the guessed letters
 * sway the letter models: Russian read as Bulgarian). Lines of Han, kana or Hangul, and
 * lines of a language with no list, are left as chosen. Every letter stays a guess.
 * Before → after (Python euc_kr, Russian): "◆◆戟逵 ◆◆龜◆◆逵筠◆◆ … 克戟龜均◆◆" read as
 * "Она ситает … книгт" → "Она читает … книгу".
 */
import { frequentWordBits, frequentWordsOfLength, frequentWordsWithLetterAt, hasFrequentWordList } from "../../plausibility/frequent-words.js";
import { knownLanguagesForScriptOf, languageTextCost, letterShareInScript } from "../../plausibility/language-bigrams.js";
import { trigramCostsOfFills } from "../../plausibility/language-trigrams.js";
import type { Repair } from "./candidate.js";
import type { LostSlot, Utf8Span } from "./utf8-spans.js";

/**
 * Scripts whose words are not spaced apart, or are syllables the lists cannot place
 * (Han, kana, Hangul): their letters stay as chosen one by one.
 */
const UNSPACED_SCRIPTS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * What a word already chosen letter by letter, and frequent itself, wins by over another
 * frequent word that fits, when each of its lost letters kept a byte to choose by (not
 * Python's letters lost whole): its letters were chosen with their case and neighbours,
 * and two frequent words a letter apart are a near tie the letter models decide either
 * way (Vietnamese "điểm" and "điềm").
 */
const INCUMBENT_MARGIN_BITS = 3;

/** Characters of the line on each side of a word that read it (as a lost letter is chosen: utf8-read-as.ts). */
const WORD_CONTEXT_CHARS = 40;
/** Frequent words matching one word's pattern that are read, at most, most frequent first (a short pattern matches many). */
const MAX_MATCHES = 12;
/** Words longer than this are not matched (no list holds many; the scan stays cheap). */
const MAX_WORD_LENGTH = 24;

const WORD_CHARACTER = /[\p{L}\p{M}]/u;
/** Where a sentence starts: the line's start, or after . ! ? … and a space; opening quotes, bullets and dashes may stand between. */
const LINE_START = /^[\s"'“‘„«(•\-–—]*$/u;
const SENTENCE_START = /[.!?…]["'”’»)]?\s[\s"'“‘„«(•\-–—]*$/u;
const SENTENCE_CONTEXT_CHARS = 8;
/**
 * What a lost letter pays for starting a word in the case its place does not call for.
 * Mid-sentence a capital is never filled: names only, and every match here is a frequent
 * word, mostly words no one capitalises there ("на свободу", not "На свободу"; the letter
 * models fold case and cannot tell). After a sentence's end a small letter: abbreviations,
 * numbered items. At the line's start either: a line may start mid-sentence ("це право…").
 */
const SMALL_AFTER_SENTENCE_END_BITS = 4;
const EITHER_AT_LINE_START_BITS = 1;

/**
 * What each filled letter pays for its rarity in its script, as a lost letter chosen alone
 * pays it (utf8-read-as.ts LETTER_FREQUENCY_WEIGHT, MIN_LETTER_SHARE): of two frequent words,
 * the one whose lost letter is the commoner ("свободу", not "свободы", where both read well).
 */
const LETTER_FREQUENCY_WEIGHT = 0.5;
const MIN_LETTER_SHARE = 1e-5;

/**
 * Letters the lists and the text write either way: Romanian "ş ţ" (cedilla, what most
 * subtitles type) and "ș ț" (comma, the standard). A word matches with either.
 */
const folded = (letter: string) => (letter === "ş" ? "ș" : letter === "ţ" ? "ț" : letter);

/** A letter of the restored line that a lost slot chose: its repair, its place in the repair's text, and what it could have been. */
interface FilledLetter {
  repair: number;
  offset: number;
  candidates: readonly string[];
  /** Lost whole, lead and continuation (Python's two stand-ins): nothing of it survived to choose by. */
  whole: boolean;
}

/**
 * Where in the span's restored text each lost slot's letter stands, with what it could
 * have been: the text must be its pieces in order, one UTF-16 unit per slot, each one of
 * the slot's candidates (else, reworked after the choice, the span is left as it is: an
 * empty list). A last slot whose space was read as real, after a dropped byte ("ΩΩ " for
 * "في "), ends the text with that space, and its letter is one of the dropped byte's.
 */
function slotPlaces(span: Utf8Span, after: string): [number, readonly string[], LostSlot][] {
  const places: [number, readonly string[], LostSlot][] = [];
  let at = 0;
  const last = span.pieces[span.pieces.length - 1];
  const spaceKept = typeof last !== "string" && last !== undefined && last.droppedInstead !== undefined && after.endsWith(" ") && last.droppedInstead.includes(after[after.length - 2]!);
  const end = spaceKept ? after.length - 1 : after.length;
  for (const piece of span.pieces) {
    if (typeof piece === "string") {
      if (after.slice(at, at + piece.length) !== piece) return [];
      at += piece.length;
      continue;
    }
    const candidates = spaceKept && piece === last ? piece.droppedInstead! : piece.candidates;
    if (at >= end || !candidates.includes(after[at]!)) return [];
    places.push([at++, candidates, piece]);
  }
  return at === end ? places : [];
}

/**
 * The repairs with each word that holds Python's lost letters filled, where some frequent
 * word of `language` fits it and reads better. `spans` gives, by a repair's start, the
 * span it restored; `languageOf` tells the line's language from its restored reading.
 */
export function frequentWordFills(line: string, repairs: readonly Repair[], spans: ReadonlyMap<number, Utf8Span>, languageOf: (reading: string) => string): readonly Repair[] {
  const filled = new Map<number, FilledLetter>();
  let text = "";
  let cursor = 0;
  repairs.forEach((r, index) => {
    text += line.slice(cursor, r.start);
    const span = spans.get(r.start);
    for (const [k, candidates, slot] of span === undefined ? [] : slotPlaces(span, r.after)) filled.set(text.length + k, { repair: index, offset: k, candidates, whole: slot.pythonTwoStandIns === true });
    text += r.after;
    cursor = r.end;
  });
  if (filled.size === 0) return repairs;
  text += line.slice(cursor);
  // The line's language as its letters read it, and the languages with word lists that read
  // it nearly as well (the lost letters' guesses sway the letter models: Russian read as
  // Bulgarian, "или" for "шли"): each fills the words its way; the best reading wins.
  // Each is read without the words no language could fill (their guessed letters are junk
  // to every model, and sway it most to the language whose letters they happen to be).
  // (A line that reads as a language with no list, Belarusian, keeps its letters: another's
  // words fit it only by chance, "Кожны" is no Ukrainian "Кожні".)
  const read = languageOf(text);
  if (!hasFrequentWordList(read) || UNSPACED_SCRIPTS.test(text)) return repairs;
  // (In another language only the letters lost whole are open: a letter chosen from a byte
  // that survived is the line's own language's, Croatian "pomoć" is no Slovenian "pomoč".)
  const patterns = new Map<string, Pattern | null>();
  const wholeOnly = new Map<number, FilledLetter>([...filled].filter(([, letter]) => letter.whole));
  const languages = wholeOnly.size === 0 ? [read] : closeLanguagesWithLists(text, read);
  const fillings = languages.map((language) => fillWords(text, language === read ? filled : wholeOnly, language, patterns));
  const unfilled = slotWords(text, filled).filter(([start]) => !fillings.some((f) => f.wordsFilled.has(start)));
  const withoutUnfilled = (reading: string) => unfilled.reduceRight((t, [start, end]) => t.slice(0, start) + t.slice(end), reading);
  let best: Filling | undefined;
  let bestCost = Infinity;
  for (const filling of fillings) {
    const cost = (languageTextCost(withoutUnfilled(filling.text), filling.language) ?? 0) - filling.bits;
    if (cost < bestCost) [best, bestCost] = [filling, cost];
  }
  if (best === undefined || best.changes.size === 0) return repairs;
  const afters = repairs.map((r) => [...r.after]);
  for (const [at, letter] of best.changes) {
    const slot = filled.get(at)!;
    afters[slot.repair]![slot.offset] = letter;
  }
  return repairs.map((r, i) => {
    const after = afters[i]!.join("");
    return after === r.after ? r : { ...r, after };
  });
}

/** One language's filling of a line: the letters changed (by place), the line so read, the frequent words' bits, and where the words it filled start. */
interface Filling {
  language: string;
  text: string;
  changes: Map<number, string>;
  bits: number;
  wordsFilled: Set<number>;
}

const WORD = /[\p{L}\p{M}]+/gu;

/** Where the words holding filled letters start and end (fills keep their length: the same for every filling). */
function slotWords(text: string, filled: ReadonlyMap<number, FilledLetter>): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index!;
    const end = start + m[0].length;
    for (let i = start; i < end; i++) {
      if (filled.has(i)) {
        out.push([start, end]);
        break;
      }
    }
  }
  return out;
}

/** Languages read as well as this many bits per character of the best, at most, are tried (besides the line's own). */
const CLOSE_LANGUAGE_BITS_PER_CHAR = 1.5;
/** At most this many such languages: the neighbours of one script (Russian, Ukrainian, Bulgarian, Macedonian). */
const MAX_CLOSE_LANGUAGES = 5;

/** The line's language and those of its script with word lists that read it nearly as well, best first. */
function closeLanguagesWithLists(text: string, read: string): string[] {
  const scored = knownLanguagesForScriptOf(text)
    .filter(hasFrequentWordList)
    .map((language) => ({ language, cost: languageTextCost(text, language) ?? Infinity }))
    .sort((a, b) => a.cost - b.cost);
  if (scored.length === 0) return [];
  const bound = scored[0]!.cost + CLOSE_LANGUAGE_BITS_PER_CHAR * text.length;
  const close = scored.filter((s) => s.cost <= bound).slice(0, MAX_CLOSE_LANGUAGES).map((s) => s.language);
  return hasFrequentWordList(read) && !close.includes(read) ? [read, ...close] : close;
}

/** Every word of `text` holding filled letters, filled as `language`'s frequent words where some fit. */
function fillWords(original: string, filled: ReadonlyMap<number, FilledLetter>, language: string, patterns: Map<string, Pattern | null>): Filling {
  let text = original;
  const changes = new Map<number, string>();
  const wordsFilled = new Set<number>();
  let bits = 0;
  for (let start = 0; start < text.length; ) {
    if (!WORD_CHARACTER.test(text[start]!)) {
      start++;
      continue;
    }
    let end = start;
    while (end < text.length && WORD_CHARACTER.test(text[end]!)) end++;
    const word = text.slice(start, end);
    const slots: number[] = [];
    for (let i = start; i < end; i++) if (filled.has(i)) slots.push(i);
    if (slots.length > 0 && word.length >= 2 && word.length <= MAX_WORD_LENGTH) {
      const best = bestFill(text, start, end, filled, language, patterns);
      if (best !== undefined) {
        wordsFilled.add(start);
        bits += frequentWordBits(language, "", best, "");
        if (best !== word) {
          for (const i of slots) changes.set(i, best[i - start]!);
          text = text.slice(0, start) + best + text.slice(end);
        }
      }
    }
    start = end;
  }
  return { language, text, changes, bits, wordsFilled };
}

/** The word at text[start, end) as the frequent word that fits its lost letters and reads best, or as it is. */
function bestFill(text: string, start: number, end: number, filled: ReadonlyMap<number, FilledLetter>, language: string, patterns: Map<string, Pattern | null>): string | undefined {
  const word = text.slice(start, end);
  const key = `${start}\u0000${word}\u0000${filled.size}`;
  let pattern = patterns.get(key);
  if (pattern === undefined) patterns.set(key, (pattern = patternOf(text, start, end, filled)));
  if (pattern === null) return undefined;
  const matches: string[] = [];
  const caseBits: number[] = [];
  for (const entry of entriesToMatch(language, pattern)) {
    const option = entry.length === word.length ? filledAs(entry, word, pattern) : undefined;
    if (option !== undefined) matches.push(option.word), caseBits.push(option.bits);
    if (matches.length >= MAX_MATCHES) break;
  }

  // Frequent words first: the word as chosen competes only when it is one of them.
  if (matches.length === 0 || (matches.length === 1 && matches[0] === word)) return undefined;
  const before = text.slice(Math.max(0, start - WORD_CONTEXT_CHARS), start);
  const after = text.slice(end, end + WORD_CONTEXT_CHARS);
  const costs = trigramCostsOfFills(before, matches, after, language);
  const incumbent = [...word].some((_, i) => filled.get(start + i)?.whole) ? 0 : INCUMBENT_MARGIN_BITS;
  let best = word;
  let bestCost = Infinity;
  matches.forEach((option, k) => {
    // (The word as chosen, when frequent itself, gives way only to a clearly better one.)
    const cost = (costs?.[k] ?? languageTextCost(before + option + after, language) ?? 0) + caseBits[k]! - frequentWordBits(language, "", option, "") - (option === word ? incumbent : 0);
    if (cost < bestCost) [best, bestCost] = [option, cost];
  });
  return best;
}

/** Per letter of a word: the letter that survived (lower case), or what a lost one can be, by its folded lower case, with the bits its case costs. */
type Pattern = (string | ReadonlyMap<string, { letter: string; bits: number }>)[];

/** The pattern of the word at text[start, end) (the same for every language); null for a word whose lower case is another length. */
function patternOf(text: string, start: number, end: number, filled: ReadonlyMap<number, FilledLetter>): Pattern | null {
  const word = text.slice(start, end);
  const lower = word.toLowerCase();
  if (lower.length !== word.length) return null;
  // Per letter: the letter that survived (lower case), or what a lost one can be, by its
  // lower case: small inside a word (capitals only in a word of capitals), a capital to
  // start a sentence; in the other case only to start a word, for the bits its place says.
  const survivors = [...word].filter((letter, i) => !filled.has(start + i) && letter !== letter.toLowerCase());
  const capitals = survivors.length >= 2 && [...word].every((letter, i) => filled.has(start + i) || letter === letter.toUpperCase());
  return [...word].map((letter, i) => {
    const slot = filled.get(start + i);
    if (slot === undefined) return lower[i]!;
    const head = text.slice(Math.max(0, start - SENTENCE_CONTEXT_CHARS), start);
    const lineStart = i === 0 && start < SENTENCE_CONTEXT_CHARS && LINE_START.test(head);
    const small = capitals ? false : i > 0 || !(lineStart || SENTENCE_START.test(head));
    const against = lineStart ? EITHER_AT_LINE_START_BITS : small ? undefined : SMALL_AFTER_SENTENCE_END_BITS;
    const byLower = new Map<string, { letter: string; bits: number }>();
    for (const c of slot.candidates) {
      const isSmall = c === c.toLowerCase();
      const key = folded(c.toLowerCase());
      // (Of two look-alikes, the one the slot chose: "ș" stays "ș" where the list writes "ş".)
      if (isSmall === small && (byLower.get(key)?.bits !== 0 || c === letter)) byLower.set(key, { letter: c, bits: 0 });
      else if (i === 0 && !capitals && against !== undefined && !byLower.has(key)) byLower.set(key, { letter: c, bits: against });
    }
    return byLower;
  });
}

/**
 * The frequent words of the pattern's length worth matching against it: those with the
 * rarest of its surviving letters in its place (all of that length when none survived).
 */
function entriesToMatch(language: string, pattern: readonly (string | ReadonlyMap<string, unknown>)[]): readonly string[] {
  let entries: readonly string[] | undefined;
  pattern.forEach((p, i) => {
    // (Not through a letter the lists may write as its look-alike.)
    if (typeof p !== "string" || folded(p) !== p || p === "ș" || p === "ț") return;
    const withLetter = frequentWordsWithLetterAt(language, pattern.length, i, p);
    if (entries === undefined || withLetter.length < entries.length) entries = withLetter;
  });
  return entries ?? frequentWordsOfLength(language, pattern.length);
}

/**
 * The word with its lost letters filled as the frequent word `entry` (lower case), or
 * undefined when a letter that survived differs or no candidate of a slot (in the case
 * it chose) is the entry's letter.
 */
function filledAs(entry: string, word: string, pattern: Pattern): { word: string; bits: number } | undefined {
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern[i]!;
    if (typeof p === "string" && folded(p) !== folded(entry[i]!)) return undefined;
  }
  let option = "";
  let bits = 0;
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern[i]!;
    if (typeof p === "string") option += word[i];
    else {
      const chosen = p.get(folded(entry[i]!));
      if (chosen === undefined) return undefined;
      option += chosen.letter;
      bits += chosen.bits + LETTER_FREQUENCY_WEIGHT * -Math.log2(Math.max(letterShareInScript(chosen.letter), MIN_LETTER_SHARE));
    }
  }
  return { word: option, bits };
}
