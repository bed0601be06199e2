/**
 * Two question marks that close a quote whose opening the same decoder lost. The browsers'
 * Big5 loses the first two bytes of a quote as one U+FFFD and pairs the last with the
 * letter after it (lost-lead.ts: "‘skal" → "?" + U+E966); a closing quote before a space
 * loses them too, and its last byte with the space (given back): "skal’ " → "skal?? ".
 * A "??" glued to the end of a word is a real question mark twice ("Really??") unless such
 * an opener stands before it, unclosed, in the same stretch of mojibake: then it closes it.
 * Before → after (Big5, "?" for U+FFFD): "?\uE966kal?? ?\uE969era??" → "‘skal’ ‘vera’".
 */
import { type ByteRun, QUESTION_MARK } from "./byte-run.js";

/** The quotes that open, and the ones that close them. */
const OPENING = new Set(["\u2018", "\u201c"]);
export const CLOSING_QUOTES: readonly string[] = ["\u2019", "\u201d"];

/**
 * Whether the stand-ins at character `first` of the run may close a quote: the nearest
 * quote sign before them in the run is an opener the decoder lost as a stand-in and a
 * paired last byte (`openerByLastByte`: the punctuation per last byte), and no "??" stands
 * between them.
 */
export function closesLostOpener(run: ByteRun, first: number, openerByLastByte: ReadonlyMap<number, string> | undefined): boolean {
  if (!openerByLastByte) return false;
  const { bytes, charByte, marker } = run;
  const isStandIn = (k: number) => k >= 0 && (marker[k] || (bytes[charByte[k]!] === QUESTION_MARK && charByte[k + 1] === charByte[k]! + 1));
  for (let k = first - 1; k >= 1; k--) {
    // Another closer already ("??" after a letter), or a stand-in pair: not ours to close.
    if (isStandIn(k) && isStandIn(k - 1)) return false;
    const at = charByte[k]!;
    const isPair = charByte[k + 1] === at + 2;
    if (isPair && isStandIn(k - 1)) {
      const quote = openerByLastByte.get(bytes[at]!);
      if (quote !== undefined) return OPENING.has(quote);
    }
  }
  return false;
}
