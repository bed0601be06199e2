/**
 * An exact screen for the legacy-file path (legacy-read-as-latin1.ts): a line holding
 * a character that Windows-1252 cannot show and no legacy encoding can write has no
 * legacy reading. Such a character is outside every word the path re-reads (a word
 * with it is real text, or it is a cut between words), and every reading requires the
 * rest of the line to be writable in its legacy encoding. So the search need not
 * look, and its per-word scoring is skipped. The same holds one layer down: taking
 * words down leaves such a character where it was.
 * Example: Vietnamese "Mọi người sinh ra đều được tự do" ("ọ", "ư", "ờ" are in no
 * legacy code page of the list) → no legacy reading; "Ïðèâåò" → looked at.
 */
import { decodeBytes } from "../../decode/decode.js";
import { wrongDecoder } from "./wrong-decoders.js";

/** Windows-1252, what the path's legacy files were shown as. */
const SHOWN_AS = "windows-1252";

/** Per UTF-16 unit: 1 when the unit alone proves the line has no legacy reading. */
const proofTables = new Map<readonly string[], Uint8Array>();

/** For each single-byte legacy encoding, the characters it can write. */
const repertoires = new Map<string, Set<number>>();

/** The code points a single-byte encoding can write (its 256 bytes decoded). */
export function singleByteRepertoire(name: string): ReadonlySet<number> {
  let chars = repertoires.get(name);
  if (!chars) {
    chars = new Set([...decodeBytes(Uint8Array.from({ length: 256 }, (_, i) => i), name)].map((c) => c.codePointAt(0)!));
    repertoires.set(name, chars);
  }
  return chars;
}

/** For each legacy encoding, the bytes it shows otherwise than Windows-1252 (1 = otherwise): a word with none reads the same. */
const changedBytes = new Map<string, Uint8Array>();

/**
 * The bytes `legacy` shows otherwise than Windows-1252: where the two decode to different
 * characters (a byte Windows-1252 leaves undefined shows as its C1 control), and for a
 * double-byte encoding, which pairs bytes up, every upper-half byte.
 */
export function bytesChangedBy(legacy: string, doubleByte: boolean): Uint8Array {
  let changed = changedBytes.get(legacy);
  if (!changed) {
    changed = new Uint8Array(256);
    const decoder = wrongDecoder(SHOWN_AS);
    const shown = decodeBytes(Uint8Array.from({ length: 128 }, (_, i) => 0x80 + i), SHOWN_AS);
    for (let b = 0x80; b < 0x100; b++) {
      const legacyChar = doubleByte ? "" : decodeBytes(Uint8Array.of(b), legacy);
      const shownChar = decoder.bytesOf(shown.charCodeAt(b - 0x80)) === b ? shown[b - 0x80] : String.fromCharCode(b);
      changed[b] = legacyChar === shownChar ? 0 : 1;
    }
    changedBytes.set(legacy, changed);
  }
  return changed;
}

function proofTable(legacyEncodings: readonly string[], doubleByte: ReadonlySet<string>): Uint8Array {
  let table = proofTables.get(legacyEncodings);
  if (table) return table;
  table = new Uint8Array(0x10000);
  const shown = wrongDecoder(SHOWN_AS);
  const singleByteWritable = legacyEncodings.filter((name) => !doubleByte.has(name)).map(singleByteRepertoire);
  const doubleByteDecoders = legacyEncodings.filter((name) => doubleByte.has(name)).map((name) => wrongDecoder(name));
  // Below A0 and U+FFFD every encoding passes (as the path's own check does); a lone
  // surrogate (half of an emoji) is written by none.
  for (let unit = 0xa0; unit < 0x10000; unit++) {
    if (unit === 0xfffd || shown.bytesOf(unit) !== undefined) continue;
    const writable = singleByteWritable.some((chars) => chars.has(unit)) || doubleByteDecoders.some((d) => d.bytesOf(unit) !== undefined);
    if (!writable) table[unit] = 1;
  }
  proofTables.set(legacyEncodings, table);
  return table;
}

/**
 * Whether `line` holds a character that Windows-1252 cannot show and none of
 * `legacyEncodings` can write (`doubleByte`: those of them with two-byte codes, whose
 * repertoire is the wrong decoder's table): then it has no legacy reading.
 */
export function writtenInNoLegacyEncoding(line: string, legacyEncodings: readonly string[], doubleByte: ReadonlySet<string>): boolean {
  const table = proofTable(legacyEncodings, doubleByte);
  for (let i = 0; i < line.length; i++) if (table[line.charCodeAt(i)] === 1) return true;
  return false;
}

/** Per legacy encoding, per UTF-16 unit: 1 when the unit may read otherwise in that encoding than as Windows-1252 shows it. */
const readsOtherwiseTables = new Map<string, Uint8Array>();

function readsOtherwiseTable(legacy: string, doubleByte: boolean): Uint8Array {
  let table = readsOtherwiseTables.get(legacy);
  if (table) return table;
  table = new Uint8Array(0x10000);
  const shown = wrongDecoder(SHOWN_AS);
  // C1 controls are Latin-1's view of 80–9F, read otherwise by every legacy encoding.
  for (let unit = 0x80; unit <= 0x9f; unit++) table[unit] = 1;
  const byteReadsOtherwise = bytesChangedBy(legacy, doubleByte);
  for (let unit = 0xa0; unit < 0x10000; unit++) {
    const byte = shown.bytesOf(unit);
    if (byte !== undefined && byte >= 0x80 && byteReadsOtherwise[byte] === 1) table[unit] = 1;
  }
  readsOtherwiseTables.set(legacy, table);
  return table;
}

/**
 * Whether some character of `line` may read otherwise in `legacy` than Windows-1252
 * shows it: a byte the two encodings read differently, or a C1 control. A reading
 * changes only words with such a character, so without one `legacy` has no reading.
 * Example: German "Würde für alle" in Windows-1250 (ü and ä are the same bytes there) → false.
 */
export function mayReadOtherwiseIn(line: string, legacy: string, doubleByte: boolean): boolean {
  const table = readsOtherwiseTable(legacy, doubleByte);
  for (let i = 0; i < line.length; i++) if (table[line.charCodeAt(i)] === 1) return true;
  return false;
}
