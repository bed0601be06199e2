/**
 * Which punctuation a lost byte was, from where it stands. "—" is E2 80 94, "”" is
 * E2 80 9D, "’" is E2 80 99: when the last byte is lost only the position is left
 * to tell them apart. Between spaces: a dash; after a word or sentence punctuation
 * and before a space or the end: a closing quote (” when a “ is open on the line, ’
 * when only a ‘ is);
 * before a word: an opening quote (the partner of the quote that closes next on the
 * line: ‘ for ’, „ for a German “); inside a word: an apostrophe.
 * Example: "said 鈥 then" → "said — then"; "end.鈥" → "end.”".
 */
import { CharClass, charClass } from "../../plausibility/char-class.js";

type Side = "edge" | "space" | "word" | "digit" | "closer" | "opener" | "other";

function side(ch: string | undefined): Side {
  if (ch === undefined || ch === "" || ch === "\n" || ch === "\r") return "edge";
  const cls = charClass(ch.codePointAt(0)!);
  if (cls === CharClass.SPACE) return "space";
  if (cls === CharClass.DIGIT) return "digit";
  if (cls >= CharClass.LATIN_UPPER_ASCII && cls <= CharClass.MODIFIER_LETTER) return "word";
  if (".,!?;:)]}»".includes(ch) || ch === "\u201d" || ch === "\u2019" || ch === "\u2026") return "closer";
  if ("([{«".includes(ch) || ch === "\u201c" || ch === "\u2018" || ch === "\u201e") return "opener";
  return "other";
}

/** Which quotes are open at a point of a line: an opening “ or ‘ not yet closed. */
export interface OpenQuotes {
  double: boolean;
  single: boolean;
  /** A low opening quote „ (or ‚) not yet closed: its partner is a “ (or ‘) after a word. */
  low?: boolean;
  lowSingle?: boolean;
  /** Which of the open quotes opened last, so closes first (quotes nest: "“… ‘…’ …”"). */
  innermost?: "single" | "double";
  /** How many ‘ (“) are open: a quote nested in one of its own kind ("‘a ‘b’ c’") leaves the outer one open. */
  singleDepth?: number;
  doubleDepth?: number;
}

export const NO_OPEN_QUOTES: OpenQuotes = { double: false, single: false, low: false, lowSingle: false };

/**
 * The quote that closes next on the rest of a line: ’ ("single"), ” ("double"), or a “
 * after a word, which closes a German „ ("low"). Quotes pair, so a lost opening quote
 * is the one its closing partner calls for ("�valda’" → "‘valda’"). An apostrophe
 * inside a word is skipped; a quote that opens first ends the search.
 */
export type Closer = "single" | "double" | "low" | undefined;

export function nextCloser(text: string): Closer {
  // Quotes opened and closed on the way are skipped: "‘A ‘b’ c”" → "double" (nestedQuotes).
  const nested: NestedQuote[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    let closer: Closer;
    if (ch === "\u2019") {
      if (isLetter(text[i - 1]) && isLetter(text[i + 1])) continue;
      closer = "single";
    } else if (ch === "\u201d") closer = "double";
    else if (ch === "\u201c" && i > 0 && side(text[i - 1]) !== "space" && side(text[i - 1]) !== "opener") closer = "low";
    else if (ch === "\u201c" || ch === "\u2018" || ch === "\u201e") {
      if (nested.length >= MAX_NESTED_QUOTES) return undefined;
      nested.push(ch === "\u201c" ? "double" : ch === "\u2018" ? "single" : "low");
      continue;
    } else continue;
    if (nested.length === 0) return closer;
    if (nested.pop() !== closer) return undefined;
  }
  return undefined;
}

/** The kind of closer an opening quote met on the way calls for. */
type NestedQuote = "single" | "double" | "low";

/** Quotes nest two or three deep; past that, the marks are no pairs to skip. */
const MAX_NESTED_QUOTES = 3;

/** How well `candidate` fits between `left` and `right`; higher is better, 0 = no reason. */
function fit(candidate: string, left: Side, right: Side, open: OpenQuotes, closer: Closer, afterQuote: boolean): number {
  const before = left === "edge" || left === "space" || left === "opener";
  const after = right === "edge" || right === "space" || right === "closer";
  switch (candidate) {
    case "\u201d": // ” closes an open “ (unless a ‘ opened inside it closes first); with only a ‘ open, the ’ does
      if (left === "space" || left === "edge" || !after) return 0;
      // Right after a closing quote or an ellipsis with no “ open, nothing is left to close: an ellipsis is likelier ("end’…").
      if (afterQuote && !open.double) return 1;
      return open.double ? (singleClosesFirst(open) ? 1 : 6) : open.single ? 1 : 2;
    case "\u2019": // ’, also right after a closing ” when only a ‘ is left open ("‘“…”’")
      if (left === "word" && right === "word") return 5;
      if (left === "closer" && after) return singleClosesFirst(open) ? 7 : 0;
      return left === "word" && after ? (singleClosesFirst(open) ? 7 : 2) : 0;
    case "\u201c": // “, unless its partner ahead is ’ or a German closing “ — or closing an open „ itself
      if (open.low && (left === "word" || left === "closer") && after) return 7;
      // Before another opener only when the closer ahead pairs with it ("‘“Y …”’": nested quotes open together).
      if (before && right === "opener" && closer === "double") return 5;
      // With no closer ahead to say which, the commonest opener still opens there ("��“Een" is "““Een", not "�“Een").
      if (before && right === "opener") return OPENER_BEFORE_OPENER_FIT;
      if (!before || !(right === "word" || right === "digit" || right === "other")) return 0;
      return closer === "single" || closer === "low" ? 1 : open.double ? 3 : 5;
    case "\u2018": // ‘, or closing an open ‚
      if (open.lowSingle && (left === "word" || left === "closer") && after) return 7;
      if (before && right === "opener" && closer === "single") return 7;
      return before && right === "word" ? (closer === "single" ? 7 : 2) : 0;
    case "\u201e": // „, opening what a “ closes (German, Czech, Lithuanian…)
      return before && (right === "word" || right === "digit" || right === "other") && closer === "low" ? 7 : 0;
    case "\u2010": // ‐, the hyphen between two words of a compound ("будь‐який"), below the apostrophe
      return left === "word" && right === "word" ? HYPHEN_BETWEEN_LETTERS_FIT : 0;
    case "\u2014": // —
      if (left === "space" && right === "space") return 6;
      return left === "word" && right === "word" ? 1 : 0;
    case "\u2013": // –
      if (left === "digit" && right === "digit") return 5;
      return left === "space" && right === "space" ? 5 : 0;
    case "\u2026": // …
      // After a word, with no quote open to close: trailing off ("and so on…"); after a
      // number too, a list left open ("1, 2, 3…", "n-10, 11, 12, n-11…"): with no “ open
      // there a ” (2) is no closing quote, and inches are written ″.
      if ((left === "word" || left === "digit") && after) return 3;
      return left === "closer" && after ? (afterQuote ? 2 : 1) : 0;
    case "\u2022": // •
      return before && right === "space" ? 3 : 0;
    default:
      return 0;
  }
}

/**
 * An opening “ right before another opening quote whose closer ahead does not pair with
 * it: quotes opened together ("‘“…”’", "““…””"), their closers lost or of another kind.
 * Weakest of all fits: any mark with a reason of its own goes first; against none, a
 * quote is likelier than nothing (one U+FFFD, or an "â" left as it was).
 */
const OPENER_BEFORE_OPENER_FIT = 1;

/**
 * The suspended hyphen: a compound's first half before "and"/"or" and the second compound
 * ("Fach‐ und Berufsschulunterricht", Afrikaans "binne‐ of buitelands", "pre‐ and post‐war").
 * Above a closing ” with no “ open (2), below one closing an open “ (6).
 */
const SUSPENDED_HYPHEN_FIT = 3;

/**
 * Whether `ahead` (the text right after a slot) is a space, a word for "and" or "or" and a
 * space before another word: the joining word after a suspended hyphen ("‐ und Berufs…",
 * "‐ of buite…").
 */
export function conjunctionAhead(ahead: string): boolean {
  const m = CONJUNCTION_AHEAD.exec(ahead);
  if (m === null || !AND_OR.has(m[1]!)) return false;
  // English writes its compounds apart, so its suspended hyphen comes before a hyphenated
  // one ("pre‐ and post-war"); before any other word "and"/"or" follow an ellipsis
  // ("and so on… and then", "Resize Filesystem… or Resize…").
  return !ENGLISH_AND_OR.has(m[1]!) || /-/.test(m[2]!);
}
const CONJUNCTION_AHEAD = /^ (\p{Ll}+) (\p{L}[\p{L}\p{M}-]*)/u;
const ENGLISH_AND_OR = new Set(["and", "or"]);

/**
 * "And" and "or" in the languages that write suspended hyphens (German, English, Dutch,
 * Afrikaans, the Nordic, Romance, Slavic and Finno-Ugric languages, Romanian, Turkish).
 * Two letters at least: a one-letter word after an apostrophe is an elision's ("n’ a",
 * Italian "un po’ e"), where the apostrophe is the likelier mark.
 */
const AND_OR = new Set(["und", "oder", "and", "or", "en", "of", "et", "ou", "ed", "og", "eller", "och", "nebo", "alebo", "lub", "oraz", "albo", "ili", "in", "ali", "és", "vagy", "ja", "tai", "või", "și", "sau", "ve", "veya"]);

/** Between two letters an apostrophe (5) is likelier; the hyphen beats every other mark there. */
const HYPHEN_BETWEEN_LETTERS_FIT = 4;

/** Whether the next closing quote is a ’: a ‘ is open, and no “ or one opened before the ‘. */
function singleClosesFirst(open: OpenQuotes): boolean {
  return open.single && (!open.double || open.innermost === "single");
}

/** True when the candidates are all general punctuation (U+2000–U+206F): position decides. */
export function isTypographic(candidates: readonly string[]): boolean {
  return candidates.every((c) => {
    const cp = c.codePointAt(0)!;
    return cp >= 0x2000 && cp <= 0x206f;
  });
}

/**
 * The quotes still open after `text`, given those open before it. Callers scan a line
 * once, piece by piece, in order. A ’ between two letters is an apostrophe, not a close.
 */
export function quotesOpenAfter(text: string, before: OpenQuotes, previous?: string): OpenQuotes {
  let double = before.double;
  let single = before.single;
  let low = before.low === true;
  let lowSingle = before.lowSingle === true;
  let innermost = before.innermost;
  let singleDepth = before.singleDepth ?? (single ? 1 : 0);
  let doubleDepth = before.doubleDepth ?? (double ? 1 : 0);
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    // A “ or ‘ right after a word closes a low quote (German „…“, ‚…‘).
    const prev = i > 0 ? text[i - 1] : previous;
    const closing = prev !== undefined && side(prev) !== "edge" && side(prev) !== "space" && side(prev) !== "opener";
    if (ch === "\u201e") low = true;
    else if (ch === "\u201a" && !(isLetter(text[i - 1]) && isLetter(text[i + 1]))) lowSingle = true;
    else if (ch === "\u201c" && closing && low) low = false; // closes the „: no “ is opened
    else if (ch === "\u201c") {
      if (closing) low = false;
      double = true;
      doubleDepth++;
      innermost = "double";
    } else if (ch === "\u201d") double = (doubleDepth = Math.max(0, doubleDepth - 1)) > 0;
    else if (ch === "\u2018" && closing) lowSingle = false;
    if (ch === "\u2018") {
      single = true;
      singleDepth++;
      innermost = "single";
    } else if (ch === "\u2019" && !(isLetter(text[i - 1]) && isLetter(text[i + 1]))) single = (singleDepth = Math.max(0, singleDepth - 1)) > 0;
  }
  return { double, single, low, lowSingle, innermost, singleDepth, doubleDepth };
}

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && side(ch) === "word";
}

const ZWNJ = "\u200c";
const JOINING_LETTER = /^(?=\p{L})[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Nko}]$/u;

/** The candidate that best fits between `left` and `right`, or undefined when none has a reason. */
export function chooseByPosition(
  candidates: readonly string[],
  left: string | undefined,
  right: string | undefined,
  open: OpenQuotes,
  closer: Closer = undefined,
  beforeConjunction = false,
): string | undefined {
  // Between two letters of a joining script, the zero-width non-joiner (Persian "بین‌المللی").
  if (candidates.includes(ZWNJ) && JOINING_LETTER.test(left ?? "") && JOINING_LETTER.test(right ?? "")) return ZWNJ;
  // A “ (‘) with none left open closed a low „ (‚): it is a closing mark ("„nein“…").
  const closedLow = (left === "\u201c" && !open.double) || (left === "\u2018" && !open.single);
  // A slot left of it still unrestored (U+FFFD) may itself be an opener: no reason against one here ("��word’’").
  // A combining mark ends its letter's word ("bọ̀‐ara").
  const l = closedLow ? "closer" : left === "\ufffd" ? "edge" : left !== undefined && /^\p{M}$/u.test(left) ? "word" : side(left);
  const r = side(right);
  const afterQuote = closedLow || left === "\u201d" || left === "\u2019" || left === "\u2026";
  let best: string | undefined;
  let bestFit = 0;
  for (const candidate of candidates) {
    // No hyphen after a capital: a compound's word ends small ("Jean‐Pierre"); "Á?ž" is a layer of mojibake.
    if (candidate === "\u2010" && /^\p{Lu}$/u.test(left ?? "")) continue;
    // (A hyphen ending a word before a space and a joining word: "Fach‐ und Berufsschule".)
    const f = candidate === "\u2010" && beforeConjunction && l === "word" && r === "space" ? SUSPENDED_HYPHEN_FIT : fit(candidate, l, r, open, closer, afterQuote);
    if (f > bestFit) {
      best = candidate;
      bestFit = f;
    }
  }
  return best;
}
