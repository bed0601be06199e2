/**
 * A reading that swallows the one closer of a quote opened on the line leaves that quote
 * open: the closer is the text's own, not the last byte of a broken character. A word's
 * last letters and the quote after it spell UTF-8 in many code pages — Ukrainian
 * "«мережі»" is Windows-1251 E6 B3 BB, the UTF-8 of a hanzi that GBK reads back as "к";
 * Spanish "«está»" is E1 BB with a lost byte, Vietnamese "ề"; Czech "«stráž»" is
 * E1 9E BB, a Khmer sign — and no word of those lines is otherwise broken.
 * Where the line's quotes are broken too, the opener is broken with them ("Â«"), and a
 * closer found again later on the line may be the one that closes the quote: then the
 * reading is judged as before.
 * A closer later on the line is the quote's own only when no quote of the same kind opens
 * before it: in Chinese text that names letters, "顯示 “é” 或 “è”", "é” " (E9 94 A0, a
 * lost no-break space) is no "達".
 * Before → after: "Живлення «від мережі»" stays as it is (it was "«від мерек").
 */

/** The quote pairs whose closer a reading can swallow: «», »«, „“, „”, “”, ‚‘, ‚’, ‘’, ‹›, ›‹. */
const OPENERS_OF: ReadonlyMap<string, string> = new Map([
  ["»", "«"],
  ["«", "»"],
  ["“", "„"],
  ["”", "„“"],
  ["‘", "‚"],
  ["’", "‚‘"],
  ["›", "‹"],
  ["‹", "›"],
]);

/** What may stand right before the closer: the end of a word (a letter, a mark, a digit). */
const WORD_END = /^[\p{L}\p{M}\p{N}]$/u;

/**
 * Whether line[start, end) holds a quote's closer right after a word (its last character,
 * or the one before a space the reading keeps) and reads as `after` without it, while
 * that closer is the only one, on the rest of the line, of a quote opened before `start`
 * by an opener that is no character of a span found (`spans`).
 */
export function leavesQuoteOpen(line: string, start: number, end: number, after: string, spans: readonly { start: number; end: number }[]): boolean {
  for (let at = end - 1; at > start && at >= end - 2; at--) {
    const closer = line[at]!;
    const openers = OPENERS_OF.get(closer);
    if (openers === undefined || !WORD_END.test(line[at - 1]!) || after.includes(closer)) continue;
    // Another closer later on the line may be the quote's own — unless a quote of the same kind opens before it
    // ("“é” 或 “è”": the second closer is the second quote's).
    const next = line.indexOf(closer, at + 1);
    if (next >= 0 && !openerBetween(line, at + 1, next, openers, spans)) return false;
    return openBefore(line, start, closer, openers, spans);
  }
  return false;
}

/** Whether line[from, to) holds one of `openers` outside `spans`. */
function openerBetween(line: string, from: number, to: number, openers: string, spans: readonly { start: number; end: number }[]): boolean {
  for (let i = from; i < to; i++) if (openers.includes(line[i]!) && !spans.some((s) => s.start <= i && i < s.end)) return true;
  return false;
}

/** Whether a quote that `closer` would close is open before `start`, by openers outside `spans`. */
function openBefore(line: string, start: number, closer: string, openers: string, spans: readonly { start: number; end: number }[]): boolean {
  const inSpan = (i: number) => spans.some((s) => s.start <= i && i < s.end);
  let open = 0;
  for (let i = 0; i < start; i++) {
    const ch = line[i]!;
    if (openers.includes(ch) && !inSpan(i)) open++;
    else if (ch === closer && open > 0) open--;
  }
  return open > 0;
}
