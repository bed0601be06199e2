/**
 * One character's bytes read by two decoders at once. The Windows-1252 table takes
 * both spellings of bytes 80–9F back ("€" and the C1 control U+0080 are both 80), so
 * text read as Latin-1 is repaired by it too. But one UTF-8 sequence was read by one
 * decoder: where its bytes show a C1 control that Windows-1252 would have read as a
 * character (U+009F, not "Ÿ") beside a character only Windows-1252 makes of 80–9F
 * ("€", "š"), the decoder that kept the control read the other byte too — ISO-8859-15,
 * whose "€" is A4 and "š" A8. Read as Windows-1252 the span would be another character
 * ("🀝" for "🤝"), so Windows-1252 leaves it to the decoder that reads it whole.
 * Example (ISO-8859-15, C1 controls kept): "ð\u009f€\u009d" is "🤝" (F0 9F A4 9D), not
 * Windows-1252's "🀝" (F0 9F 80 9D).
 */

/** Windows-1252's five undefined bytes: their C1 controls are its own reading too. */
const WINDOWS_1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/** Whether `text` (one span's characters) needs Windows-1252 and Latin-1 readings of 80–9F at once. */
export function mixesWindows1252AndC1(text: string, bytesOf: (cp: number) => number | undefined): boolean {
  let keptControl = false;
  let windowsCharacter = false;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x80 && cp <= 0x9f) {
      if (!WINDOWS_1252_UNDEFINED.has(cp)) keptControl = true;
    } else if (cp > 0xff) {
      const byte = bytesOf(cp);
      if (byte !== undefined && byte >= 0x80 && byte <= 0x9f) windowsCharacter = true;
    }
    if (keptControl && windowsCharacter) return true;
  }
  return false;
}
