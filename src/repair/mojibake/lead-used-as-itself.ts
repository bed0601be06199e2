/**
 * A character that a lossless wrong decoder makes of a UTF-8 lead byte, used on the same
 * line where no lead can stand, is a character the writer meant. MacRoman reads C3 as
 * "√": "√π" is C3 B9, UTF-8 for "ù", but "√π ≈ 1.772 and √2 ≈ 1.414" also writes "√"
 * before "2", an ASCII byte, and a decoder that loses no byte never leaves a lead so
 * (valid UTF-8 read as MacRoman puts a continuation byte after every C3). So the line is
 * math, not mojibake: its lone repair is believed only beside another. Decoders that
 * lose bytes (Windows-1252's five undefined ones, a no-break space become a space) do
 * leave leads before anything, so they are not asked.
 * Example: "√π ≈ 1.772 and √2 ≈ 1.414" stays; "caf√© au lait" → "café au lait".
 */
import type { WrongDecoder } from "./wrong-decoders.js";

/** Whether the lead character of line[start, end) stands elsewhere on the line before a byte no continuation, under a decoder that loses none. */
export function leadUsedAsItself(line: string, start: number, decoder: WrongDecoder): boolean {
  if (decoder.doubleByte || decoder.lostBytes.length > 0 || decoder.nbspByte !== undefined) return false;
  const lead = line[start]!;
  for (let i = line.indexOf(lead); i >= 0; i = line.indexOf(lead, i + 1)) {
    if (i === start) continue;
    const next = line.charCodeAt(i + 1);
    if (Number.isNaN(next)) continue;
    const byte = next < 0x80 ? next : decoder.bytesOf(next);
    if (byte !== undefined && (byte < 0x80 || byte > 0xbf)) return true;
  }
  return false;
}
