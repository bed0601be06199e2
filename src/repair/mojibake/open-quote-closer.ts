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
 * The quote pairs of the languages that write them: Russian «У», German „Г“ and »Ж«,
 * Polish „Г”, English “A” and ‘A’, Swiss ‹A›.
 */
const QUOTE_PAIRS = new Set(["«»", "»«", "„“", "„”", "“”", "‘’", "‚‘", "‚’", "‹›", "›‹"]);

/**
 * Whether line[start, end) is a one-letter word and the quote that closes a quote opened
 * before it on the line (by an opener that is no byte of a span found), and the reading
 * swallows that quote: a letter named in quotes ("БУКВА «У»", Windows-1251 D3 BB, is no
 * "«ӻ"; "слово „Г“", C3 93, no "„Ó"; German "»Ж«", C6 AB, no "»ƫ"; "«САРА У»"). A word's
 * last letter is not enough here: "»" and "“" are everyday second bytes ("dÃ»").
 */
function quotedOneLetterWord(line: string, start: number, end: number, after: string, spans: readonly { start: number; end: number }[]): boolean {
  const closer = line[end - 1]!;
  if (end - start !== 2 || !LETTER.test(line[start]!) || LETTER.test(line[start - 1] ?? " ") || LETTER.test(line[end] ?? " ") || after.endsWith(closer)) return false;
  for (let i = start - 1; i >= 0; i--) {
    const pair = line[i]! + closer;
    if (!QUOTE_PAIRS.has(pair) && line[i] !== closer) continue;
    return line[i] !== closer && !spans.some((s) => s.start <= i && i < s.end);
  }
  return false;
}

/**
 * Whether line[start, end), a word's last letter and a closing quote after it, reads as
 * `after` without that quote while it closes a quote opened before `start` by an opener
 * that is no byte of a span found (`spans`: quotes are common bytes of broken text,
 * "ëŠ”", "рџ‘©").
 */
export function swallowsOpenQuotesCloser(line: string, start: number, end: number, after: string, spans: readonly { start: number; end: number }[]): boolean {
  if (quotedOneLetterWord(line, start, end, after, spans)) return true;
  const last = line[end - 1]!;
  if (!CLOSERS.has(last) || after.endsWith(last)) return false;
  // A word's last letter and the quote after it, the quote before a space or a stop ("COMANDĂ” pentru").
  if (end - start !== 2 || !LETTER.test(line[start - 1] ?? " ") || LETTER.test(line[end] ?? " ")) return false;
  const inSpan = (i: number) => spans.some((s) => s.start <= i && i < s.end);
  for (let i = start - 1; i >= 0; i--) {
    const ch = line[i]!;
    if ((CLOSERS.has(ch) || OPENERS.has(ch)) && inSpan(i)) return false;
    if (CLOSERS.has(ch)) return false;
    if (OPENERS.has(ch)) return true;
  }
  return false;
}
