/**
 * A line read by two decoders at once. The Windows-1252 table takes both spellings of
 * bytes 80–9F back ("€" and the C1 control U+0080 are both 80), so text read as Latin-1
 * is repaired by it too. But a line that shows a C1 control Windows-1252 would have read
 * as a character (U+009F, not "Ÿ") was read by a decoder that keeps them, and that
 * decoder read its other bytes too: a character only Windows-1252 makes of 80–9F ("€",
 * "š", "Ÿ") came from another byte — ISO-8859-15's "€" is A4, "š" A8, "Ÿ" BE. Read as
 * Windows-1252 such a span would be another character ("🀝" for "🤝", "ş" for "ž"), so
 * Windows-1252 leaves it to the decoder that reads the line whole. (A line that mixes
 * two mistakes is repaired in two rounds: the controls go with the first.)
 * Example (ISO-8859-15, C1 controls kept): "ð\u009f€\u009d" is "🤝" (F0 9F A4 9D), not
 * Windows-1252's "🀝" (F0 9F 80 9D); "Å\u009f" beside "â\u0080\u0098" is "ž", not "ş".
 */

/** Windows-1252's five undefined bytes: their C1 controls are its own reading too. */
const WINDOWS_1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/** Whether `line` shows a C1 control that Windows-1252 would have read as a character: it was read by a decoder that keeps them. */
export function showsKeptControls(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const unit = line.charCodeAt(i);
    if (unit >= 0x80 && unit <= 0x9f && !WINDOWS_1252_UNDEFINED.has(unit)) return true;
  }
  return false;
}

/** Whether `text` (one span's characters) holds a character that only Windows-1252 makes of a byte 80–9F ("€", "š", "Ÿ"). */
export function holdsWindows1252Character(text: string, bytesOf: (cp: number) => number | undefined): boolean {
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp <= 0xff) continue;
    const byte = bytesOf(cp);
    if (byte !== undefined && byte >= 0x80 && byte <= 0x9f) return true;
  }
  return false;
}
