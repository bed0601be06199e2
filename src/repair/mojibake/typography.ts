/**
 * Which punctuation a lost byte was, from where it stands. "—" is E2 80 94, "”" is
 * E2 80 9D, "’" is E2 80 99: when the last byte is lost only the position is left
 * to tell them apart. Between spaces: a dash; after a word or sentence punctuation
 * and before a space or the end: a closing quote (” when a “ is open on the line);
 * before a word: an opening quote; inside a word: an apostrophe.
 * Example: "said 鈥 then" → "said — then"; "end.鈥" → "end.”".
 */
import { CharClass, charClass } from "../../plausibility/char-class.js";

type Side = "edge" | "space" | "word" | "digit" | "closer" | "opener" | "other";

function side(ch: string | undefined): Side {
  if (ch === undefined || ch === "\n" || ch === "\r") return "edge";
  const cls = charClass(ch.codePointAt(0)!);
  if (cls === CharClass.SPACE) return "space";
  if (cls === CharClass.DIGIT) return "digit";
  if (cls >= CharClass.LATIN_UPPER_ASCII && cls <= CharClass.MODIFIER_LETTER) return "word";
  if (".,!?;:)]}".includes(ch) || ch === "\u201d" || ch === "\u2019" || ch === "\u2026") return "closer";
  if ("([{".includes(ch) || ch === "\u201c" || ch === "\u2018") return "opener";
  return "other";
}

/** How well `candidate` fits between `left` and `right`; higher is better, 0 = no reason. */
function fit(candidate: string, left: Side, right: Side, quoteOpen: boolean): number {
  const before = left === "edge" || left === "space" || left === "opener";
  const after = right === "edge" || right === "space" || right === "closer";
  switch (candidate) {
    case "\u201d": // ”
      return left !== "space" && left !== "edge" && after ? (quoteOpen ? 6 : 4) : 0;
    case "\u2019": // ’
      if (left === "word" && right === "word") return 5;
      return left === "word" && after ? 2 : 0;
    case "\u201c": // “
      return before && (right === "word" || right === "digit" || right === "other") ? (quoteOpen ? 3 : 5) : 0;
    case "\u2018": // ‘
      return before && right === "word" ? 2 : 0;
    case "\u2014": // —
      if (left === "space" && right === "space") return 6;
      return left === "word" && right === "word" ? 1 : 0;
    case "\u2013": // –
      if (left === "digit" && right === "digit") return 5;
      return left === "space" && right === "space" ? 5 : 0;
    case "\u2026": // …
      return (left === "word" || left === "closer") && after ? 1 : 0;
    case "\u2022": // •
      return before && right === "space" ? 3 : 0;
    default:
      return 0;
  }
}

/** True when the candidates are all general punctuation (U+2000–U+206F): position decides. */
export function isTypographic(candidates: readonly string[]): boolean {
  return candidates.every((c) => {
    const cp = c.codePointAt(0)!;
    return cp >= 0x2000 && cp <= 0x206f;
  });
}

/**
 * Whether an opening double quote is still open after `text`, given whether one was
 * open before it. Callers scan a line once, piece by piece, in order.
 */
export function doubleQuoteOpenAfter(text: string, openBefore: boolean): boolean {
  const open = text.lastIndexOf("\u201c");
  const close = text.lastIndexOf("\u201d");
  if (open < 0 && close < 0) return openBefore;
  return open > close;
}

/** The candidate that best fits between `left` and `right`, or undefined when none has a reason. */
export function chooseByPosition(
  candidates: readonly string[],
  left: string | undefined,
  right: string | undefined,
  quoteOpen: boolean,
): string | undefined {
  const l = side(left);
  const r = side(right);
  let best: string | undefined;
  let bestFit = 0;
  for (const candidate of candidates) {
    const f = fit(candidate, l, r, quoteOpen);
    if (f > bestFit) {
      best = candidate;
      bestFit = f;
    }
  }
  return best;
}
