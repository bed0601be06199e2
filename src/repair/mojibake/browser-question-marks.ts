/**
 * Which decoder left a "?" inside a word. Python's strict Big5, EUC-KR and EUC-JP lose a
 * two-byte letter whose continuation they cannot pair as two stand-ins, one per byte
 * ("č" C4 8D → "??"), and a lone "?" of theirs is the last byte of a three-byte character
 * whose first two they read as a pair (so a CJK character stands before it). The
 * browsers' Big5 loses such a letter whole as ONE stand-in (any continuation 80–A0), as
 * their EUC-KR and EUC-JP do for A0 ("à" C3 A0). So a lone "?" between an ASCII letter
 * (or a two-byte letter read whole as one of the decoder's pairs) and an ASCII letter is
 * the browser's, never Python's: the line's "?" are then read as the browser's stand-ins
 * (lost-lead.ts `wholeCharacterSlotAt`), not as Python's (python-question-marks.ts).
 * Before → after (browsers' Big5, "?"): "s?v璽r?i" → "săvârși"; "繳?astnit" → "účastnit".
 */
import type { ByteRun } from "./byte-run.js";
import { knownCharacterOf } from "./known-character.js";
import { isFrequentWordSomewhere } from "../../plausibility/frequent-words.js";

const QUESTION = 0x3f;
const LETTER = /^\p{L}$/u;
const isAsciiLetter = (b: number | undefined) => b !== undefined && ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a));

const shown = new WeakMap<ByteRun, boolean>();

/** Whether `run` holds a lone "?" glued between two letters as only a browser's decoder leaves it (see above). */
export function showsBrowserLoneQuestionMark(run: ByteRun): boolean {
  return lonelyStandIn(run, false, shown);
}

const shownMarker = new WeakMap<ByteRun, boolean>();

/** The same for a lone stand-in of either kind, U+FFFD or "?" ("Studen◆ii": Python leaves "◆◆" for "ț"). */
export function showsBrowserLoneStandIn(run: ByteRun): boolean {
  return lonelyStandIn(run, true, shownMarker);
}

function lonelyStandIn(run: ByteRun, markers: boolean, memo: WeakMap<ByteRun, boolean>): boolean {
  let known = memo.get(run);
  if (known !== undefined) return known;
  known = false;
  const { bytes, charByte, marker } = run;
  const chars = charByte.length - 1;
  const isQuestion = (k: number) => k >= 0 && k < chars && ((markers && marker[k] === true) || (!marker[k] && charByte[k + 1] === charByte[k]! + 1 && bytes[charByte[k]!] === QUESTION));
  for (let k = 1; k < chars - 1 && !known; k++) {
    if (!isQuestion(k) || isQuestion(k - 1) || isQuestion(k + 1)) continue;
    const after = charByte[k + 1]!;
    if (charByte[k + 2] !== after + 1 || !isAsciiLetter(bytes[after])) continue;
    const before = charByte[k - 1]!;
    const width = charByte[k]! - before;
    if (width === 1) known = isAsciiLetter(bytes[before]);
    else if (width === 2) {
      const ch = knownCharacterOf(bytes.subarray(before, before + 2));
      known = ch !== undefined && LETTER.test(ch);
    }
  }
  memo.set(run, known);
  return known;
}

/** Characters that make a "?" part of an address or a query ("index.php?id=3"), not of a word. */
const ADDRESS_CHARACTER = /[/=&@:.\d_]/u;
/** Punctuation that ends a sentence or clause after a token, not part of an address. */
const TRAILING_PUNCTUATION = /[.,;:!)"'’”»…]+$/u;
const WORD_LETTER = /^[\p{L}\p{M}]$/u;
/** What follows a word-final "?" that stands mid-sentence: a space (or a closing quote and one), then a small letter. */
const MID_SENTENCE_AFTER = /^[’”»]?\s+[‘“„«]?\p{Ll}/u;
const MID_SENTENCE_LOOKAHEAD = 4;

/**
 * How a span that is one "?" (a two-byte letter the browser lost whole, or a real question
 * mark) glued to a letter is judged: "stand-in" — score it as the U+FFFD it stands for;
 * "question" — a real question mark, leave it; undefined — not such a span, judge as usual.
 * The letter model reads a "?" inside a word as a cheap question mark, so restoring the
 * letter it hides gains almost nothing ("ú?astnit" → "účastnit": 2 bits, against 22 from
 * "ú◆astnit"): between two letters it is a stand-in on a line where a sure repair proved
 * the mistake (`proven`). Glued to a letter on one side only it may be a real question
 * ("Really? Yes"): it is a stand-in when it starts a word (no question mark does), or ends
 * one mid-sentence (the next word starts small) that is no word of its own ("svobodn? se",
 * not "pravda? asi"), or spells a frequent word where the bare one is none. Never in a
 * token that reads as an address or a query ("index.php?id=3").
 */
export function loneQuestionMarkVerdict(context: string, at: number, length: number, after: string, proven: boolean): "stand-in" | "question" | undefined {
  // (Two in a row are two letters lost whole between letters: "libert??i" → "libertăți".)
  if (length < 1 || length > 2 || context.slice(at, at + length) !== "?".repeat(length) || context[at - 1] === "?" || context[at + length] === "?" || [...after].length !== length) return undefined;
  const letterBefore = WORD_LETTER.test(context[at - 1] ?? "");
  const letterAfter = WORD_LETTER.test(context[at + length] ?? "");
  if (!letterBefore && !letterAfter) return undefined;
  const inside = letterBefore && letterAfter;
  if (length === 2 && !inside) return undefined;
  if (!proven) return inside ? undefined : "question";
  let from = at;
  while (from > 0 && !/\s/u.test(context[from - 1]!)) from--;
  let to = at + length;
  while (to < context.length && !/\s/u.test(context[to]!)) to++;
  if (ADDRESS_CHARACTER.test(context.slice(from, to).replace(TRAILING_PUNCTUATION, ""))) return inside ? undefined : "question";
  if (inside) return "stand-in";
  let wordStart = at;
  while (wordStart > 0 && WORD_LETTER.test(context[wordStart - 1]!)) wordStart--;
  let wordEnd = at + 1;
  while (wordEnd < context.length && WORD_LETTER.test(context[wordEnd]!)) wordEnd++;
  const bare = context.slice(wordStart, at) + context.slice(at + 1, wordEnd);
  const restored = context.slice(wordStart, at) + after + context.slice(at + 1, wordEnd);
  // (A question mark starts no word; one that ends a word mid-sentence is rare: the next word starts small.)
  if (letterAfter) return "stand-in";
  const bareIsWord = isFrequentWordSomewhere(bare);
  if (!bareIsWord && MID_SENTENCE_AFTER.test(context.slice(at + 1, at + 1 + MID_SENTENCE_LOOKAHEAD))) return "stand-in";
  return !bareIsWord && isFrequentWordSomewhere(restored) ? "stand-in" : "question";
}
