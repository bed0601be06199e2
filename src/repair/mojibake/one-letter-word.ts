/**
 * A letter lost whole that is a word of its own: the French and Portuguese "à" (C3 A0),
 * the Russian "с", the Ukrainian "я"… Double-byte decoders lose such a two-byte letter
 * whole, leaving only stand-ins between two spaces: one U+FFFD for the browsers' Big5
 * (lead and trail 80–A0 as one pair), two for Python's strict decoders (one per byte).
 * Nothing of it is left but its place, so only a line the same mistake shows elsewhere
 * offers its letters (lost-lead.ts `wholeCharacterSlotAt`), and the words around choose
 * among them or leave one U+FFFD. Two stand-ins are also the browsers' Big5 dash
 * (" — " → " ◆◆ "): only where the run shows Python's one-per-byte stand-ins (a row of
 * three) are they a letter — under a decoder that loses some punctuation as two stand-ins.
 * Where none does (EUC-KR, EUC-JP: Python's strict decoders leave three for a dash, the
 * browsers' one and a given-back byte), two stand-ins between spaces are a letter or
 * nothing. Before → after (Big5, Python): "a droit ◆◆ la sécurité" → "a droit à la
 * sécurité"; (EUC-KR, Python, beside "r챔gne"): "a droit ◆◆ ce que" → "a droit à ce que".
 */
import type { ByteRun } from "./byte-run.js";

/**
 * Whether stand-ins (not "?": " ? " is a real question mark) between `edgeBefore` and
 * `edgeAfter` may be a one-letter word (`noPunctuationAsTwo`: the decoder loses no
 * punctuation as two stand-ins, so two need not be shown to be Python's). Two of Python's need a character of the line
 * that survived beside them to show what the text is: in a line of stand-ins and ASCII
 * only (legacy Greek decoded as UTF-8, "�� %s ��� %s"), nothing tells a letter.
 */
export function mayBeOneLetterWord(count: number, questionMarks: boolean, edgeBefore: boolean, edgeAfter: boolean, pythonStandIns: () => boolean, run?: ByteRun, noPunctuationAsTwo = false): boolean {
  if (questionMarks || !edgeBefore || !edgeAfter) return false;
  return count === 1 || (count === 2 && (noPunctuationAsTwo || pythonStandIns()) && (run === undefined || someNonAsciiSurvives(run)));
}

/** Whether some character of the run is no stand-in and no ASCII: a survivor of the broken text. */
function someNonAsciiSurvives(run: ByteRun): boolean {
  const { bytes, charByte, marker } = run;
  for (let k = 0; k < marker.length; k++) if (!marker[k] && bytes[charByte[k]!]! >= 0x80) return true;
  return false;
}


/** Sentence ends, after which a word of one letter may be a capital. */
const SENTENCE_END = new Set([0x2e, 0x21, 0x3f, 0x3a]);

/**
 * The letters such a word may be: small ones only, unless a sentence starts there (at the
 * start of the text, or after ". ", "! ", "? ", ": "). The letter models fold case, and a
 * capital standing alone mid-sentence is no word ("с другом" is no "В другом" though "в"
 * would read well: "в" is D0 B2, which Big5 keeps). `start` is the slot's first byte.
 */
export function oneLetterWordCase(letters: readonly string[], bytes: Uint8Array, start: number): string[] {
  let b = start - 1;
  while (b >= 0 && bytes[b] === 0x20) b--;
  if (b < 0 || SENTENCE_END.has(bytes[b]!)) return [...letters];
  // (Letters of caseless scripts stay: Arabic and Farsi "و", "and", is D9 88.)
  return letters.filter((c) => c === c.toLowerCase());
}
