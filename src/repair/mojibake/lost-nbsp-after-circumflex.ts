/**
 * A no-break space read as Windows-1252 or Latin-1 is "Â" and a no-break space (C2 A0);
 * copy-paste, HTML clean-up and many editors then turn that no-break space into a plain
 * one, leaving "Â " where French puts a no-break space before ":" "!" "?" ";" and where
 * every language puts one between a number and its unit or currency ("12Â €", "PrixÂ :").
 * C2 before a space is no UTF-8 lead of a letter, so the span search leaves it (the
 * search restores a lost NBSP byte only where the pair makes a letter, "Ã " → "à").
 * A capital "Â" glued to the small letter or digit before it, the end of no word of any
 * language, is that lost no-break space: it comes back (a guess, its byte restored).
 * Not before an operator ("2Â + 3B" may be algebra with a hatted operator), and never
 * after a capital (Vietnamese or Romanian capitals are left to the letter models).
 * Example: "PrixÂ : 12Â € la boîte" → "Prix\u00a0: 12\u00a0€ la boîte"; "Hello.Â  How" →
 * "Hello.\u00a0 How".
 */
import type { Repair } from "./candidate.js";

/**
 * "Â" after a small letter, a digit or the punctuation that ends a word or sentence, then
 * the space that stood for its A0 byte, not before an operator; or a row of two or more
 * "Â " (the no-break spaces HTML indents and pads with, "NameÂ Â Â Value"), which no
 * text writes.
 */
const CIRCUMFLEX_BEFORE_LOST_NBSP = /(?<=[\p{Ll}\p{Nd}.,;:!?)\]”’»%>])Â (?![+\-=×*/])|(?:Â ){2,}/gu;
const NO_BREAK_SPACE = "\u00a0";

/** The lost no-break spaces of `line`, as repairs (each a guess), outside the spans `taken` already repairs. */
export function lostNbspAfterCircumflex(line: string, taken: readonly { start: number; end: number }[]): Repair[] {
  const repairs: Repair[] = [];
  // (Both forms hold "Â " — a line without one is passed over without the lookbehind.)
  if (!line.includes("Â ")) return repairs;
  CIRCUMFLEX_BEFORE_LOST_NBSP.lastIndex = 0;
  for (let m = CIRCUMFLEX_BEFORE_LOST_NBSP.exec(line); m !== null; m = CIRCUMFLEX_BEFORE_LOST_NBSP.exec(line)) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken.some((t) => t.start < end && start < t.end)) continue;
    repairs.push({ start, end, after: NO_BREAK_SPACE.repeat(m[0].length / 2), gain: 0, guess: true, encodingPair: { encoding: "utf-8", readAs: "windows-1252" } });
  }
  return repairs;
}
