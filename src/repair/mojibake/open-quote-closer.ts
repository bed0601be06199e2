/**
 * A closing quote that closes a quote opened before it on the line is the text's own,
 * not the second byte of a broken letter: Romanian „ACASĂ” ends its quote with "”", and
 * Windows-1250 reads "Ă”" (C3 94) as UTF-8 "Ô" — "„ACASÔ" would leave the quote open.
 * Where the line's quotes are broken too, the opener is broken with them ("â€žACASĂ”"),
 * so an intact opener before says the closer is real. Found on translated program
 * messages ("comanda „gsettings help COMANDĂ” pentru…").
 */

const OPENERS = new Set(["„", "“", "«", "‹", "‚", "‘"]);
/** The closers that end a word's quote ("»" and "›" are everyday second bytes too: "dÃ»", "È›"). */
const CLOSERS = new Set(["”", "’"]);
const LETTER = /^\p{L}$/u;
/**
 * German and Danish quote the other way round, »so«: there "«" closes what "»" opened
 * ("»Ж«" under Windows-1251 is no "»ƫ", C6 AB).
 */
const REVERSED_OPENERS = new Set(["»"]);
const REVERSED_CLOSERS = new Set(["«"]);

/**
 * Whether line[start, end), a word's last letter and a closing quote after it, reads as
 * `after` without that quote while it closes a quote opened before `start` by an opener
 * that is no byte of a span found (`spans`: quotes are common bytes of broken text,
 * "ëŠ”", "рџ‘©").
 */
export function swallowsOpenQuotesCloser(line: string, start: number, end: number, after: string, spans: readonly { start: number; end: number }[]): boolean {
  const last = line[end - 1]!;
  const reversed = REVERSED_CLOSERS.has(last);
  const [openers, closers] = reversed ? [REVERSED_OPENERS, REVERSED_CLOSERS] : [OPENERS, CLOSERS];
  if (!closers.has(last) || after.endsWith(last)) return false;
  // A word's last letter and the quote after it, the quote before a space or a stop ("COMANDĂ” pentru"),
  // or a word of one letter quoted whole ("»Ж«").
  if (end - start !== 2 || LETTER.test(line[end] ?? " ")) return false;
  if (!LETTER.test(line[start - 1] ?? " ") && !(reversed && openers.has(line[start - 1] ?? " "))) return false;
  const inSpan = (i: number) => spans.some((s) => s.start <= i && i < s.end);
  for (let i = start - 1; i >= 0; i--) {
    const ch = line[i]!;
    if ((closers.has(ch) || openers.has(ch)) && inSpan(i)) return false;
    if (closers.has(ch)) return false;
    if (openers.has(ch)) return true;
  }
  return false;
}
