/**
 * The wrong decoders that make mojibake, decoding as the real world does, and
 * telling which bytes they lost. Example: the UTF-8 bytes of "café" (63 61 66 C3 A9)
 * through `decodeAs(bytes, "windows-1252")` → "cafÃ©", nothing lost.
 *
 * How each family treats bytes it has no character for (decided as real decoders do):
 * - Single-byte families (tables from iconv-lite): in the default "sloppy" mode a byte
 *   in 80–9F that the code page leaves undefined (Windows-1252's 81 8D 8F 90 9D,
 *   Windows-1250's 81 83 88 90 98, …) becomes the C1 control U+0080+byte, as browsers
 *   (the WHATWG Encoding Standard) and Windows do — lossless. Undefined bytes outside
 *   80–9F have no such convention and are lost even then: Windows-1253 AA D2 FF and
 *   Windows-1257 A1 A5. MacRoman F0 is the Apple logo U+F8FF (Apple's and Python's
 *   tables; iconv-lite lacks it), so emoji lead bytes survive.
 * - East Asian families: Node's TextDecoder, which implements the WHATWG decoders
 *   browsers use: a byte sequence that is no character becomes one U+FFFD, and an
 *   ASCII byte that could not be a trail byte is given back (not swallowed). Bytes
 *   that went into a U+FFFD are lost. (iconv-lite differs: one U+FFFD per byte for
 *   Big5/EUC-KR/EUC-JP, and it drops a lone 80 in Shift_JIS.)
 * - The "strict" mode (lossy cases): the single-byte decoder also loses every byte
 *   that decodes to a C1 control (Python's strict cp1252, or a sanitizer that strips
 *   control characters from Latin-1 text), and MacRoman F0 (iconv-lite's table).
 * A lost byte then becomes U+FFFD, "?" or nothing (`LOSS_MARKS`), or — the other way
 * text loses information — a NBSP (byte A0 in Latin-1) becomes a plain space.
 */
import iconv from "iconv-lite";

/** iconv-lite codec per canonical name, where the two differ. */
const ICONV_NAME = {
  "iso-8859-1": "latin1",
  ibm437: "cp437",
  ibm850: "cp850",
  shift_jis: "cp932",
  "euc-kr": "cp949",
  big5: "cp950",
};

export function iconvName(encoding) {
  return ICONV_NAME[encoding] ?? encoding;
}

/** Families decoded by Node's (WHATWG) TextDecoder. */
const WHATWG_MULTI_BYTE = new Set(["gbk", "gb18030", "big5", "shift_jis", "euc-kr", "euc-jp"]);

export function isMultiByte(encoding) {
  return WHATWG_MULTI_BYTE.has(encoding);
}

/** Bytes a single-byte table maps outside iconv-lite's table, per family. */
const EXTRA_MAPPINGS = { macintosh: { 0xf0: "\uF8FF" } };

/** @type {Map<string, { sloppy: (string|null)[], strict: (string|null)[] }>} */
const tableCache = new Map();

/** The 256-entry table of a single-byte family; null = the byte has no character. */
function singleByteTables(encoding) {
  let tables = tableCache.get(encoding);
  if (tables) return tables;
  const sloppy = [];
  const strict = [];
  for (let byte = 0; byte < 256; byte++) {
    const decoded = iconv.decode(Buffer.from([byte]), iconvName(encoding));
    const tableChar = decoded === "\uFFFD" || decoded.length === 0 ? null : decoded;
    const char = tableChar ?? EXTRA_MAPPINGS[encoding]?.[byte] ?? null;
    const undefinedC1 = char === null && byte >= 0x80 && byte <= 0x9f;
    sloppy.push(undefinedC1 ? String.fromCharCode(byte) : char);
    // Strict: iconv-lite's own table (no Apple logo), and C1 controls lost too.
    const isC1 = tableChar !== null && tableChar.charCodeAt(0) >= 0x80 && tableChar.charCodeAt(0) <= 0x9f;
    strict.push(isC1 ? null : tableChar);
  }
  tables = { sloppy, strict };
  tableCache.set(encoding, tables);
  return tables;
}

/** How a lost byte shows in the output. */
export const LOSS_MARKS = { fffd: "\uFFFD", question: "?", dropped: "" };

/**
 * @typedef {object} Decoded
 * @property {string} text
 * @property {Uint8Array} lostBytes  1 where the byte was lost (or, for nbsp, flattened to a space)
 * @property {number} lostCount  U+FFFD emitted (multi-byte) or bytes lost (single-byte)
 * @property {boolean} traced    false when `lostBytes` could not be traced (then all 0)
 */

/**
 * Decode `bytes` as `encoding` the way a wrong reader does.
 * @param {Uint8Array} bytes
 * @param {string} encoding  canonical family name
 * @param {{ strict?: boolean, mark?: keyof typeof LOSS_MARKS, nbspToSpace?: boolean }} [how]
 * @returns {Decoded}
 */
export function decodeAs(bytes, encoding, how = {}) {
  const mark = LOSS_MARKS[how.mark ?? "fffd"];
  const lostBytes = new Uint8Array(bytes.length);
  let lostCount = 0;
  let text = "";
  if (isMultiByte(encoding)) {
    // Feed one byte at a time so each U+FFFD can be traced to the bytes it swallowed.
    const decoder = new TextDecoder(encoding);
    let pendingStart = 0;
    const emit = (piece, end) => {
      if (piece.includes("\uFFFD")) {
        // An ASCII byte given back after a bad lead is not lost.
        const last = piece.endsWith("\uFFFD") ? end : end - 1;
        for (let j = pendingStart; j <= last && j < bytes.length; j++) lostBytes[j] = 1;
        lostCount += [...piece].filter((c) => c === "\uFFFD").length;
      }
      text += piece.replaceAll("\uFFFD", mark);
      pendingStart = end + 1;
    };
    try {
      for (let i = 0; i < bytes.length; i++) {
        const piece = decoder.decode(bytes.subarray(i, i + 1), { stream: true });
        if (piece) emit(piece, i);
      }
      const tail = decoder.decode();
      if (tail) emit(tail, bytes.length - 1);
      return { text, lostBytes, lostCount, traced: true };
    } catch {
      // Node 20's EUC-JP decoder throws in stream mode on some invalid runs (8F D1 82)
      // that it decodes fine in one go: decode whole, and count lost bytes by U+FFFD only.
      const whole = new TextDecoder(encoding).decode(bytes);
      const count = [...whole].filter((c) => c === "\uFFFD").length;
      return { text: whole.replaceAll("\uFFFD", mark), lostBytes: new Uint8Array(bytes.length), lostCount: count, traced: false };
    }
  }
  const table = how.strict ? singleByteTables(encoding).strict : singleByteTables(encoding).sloppy;
  for (let i = 0; i < bytes.length; i++) {
    let char = table[bytes[i]];
    if (char === null) {
      char = mark;
      lostBytes[i] = 1;
      lostCount++;
    } else if (how.nbspToSpace && char === "\u00A0") {
      char = " ";
      lostBytes[i] = 1;
      lostCount++;
    }
    text += char;
  }
  return { text, lostBytes, lostCount, traced: true };
}

/**
 * The inverse of a sloppy single-byte reading: text → the bytes it was read from, or
 * undefined when a character is not in the table. Used to check that lossless cases
 * really are recoverable. Example: `encodeAsSingleByte("Ã©", "windows-1252")` → C3 A9.
 */
export function encodeAsSingleByte(text, encoding) {
  const table = singleByteTables(encoding).sloppy;
  const byteOf = new Map(table.map((char, byte) => [char, byte]).filter(([char]) => char !== null));
  const out = [];
  for (const char of text) {
    const byte = byteOf.get(char);
    if (byte === undefined) return undefined;
    out.push(byte);
  }
  return Uint8Array.from(out);
}

/** Encode in a legacy encoding, or undefined when some character has no byte form there. */
export function encodeLegacy(text, encoding) {
  const bytes = iconv.encode(text, iconvName(encoding));
  return iconv.decode(bytes, iconvName(encoding)) === text ? bytes : undefined;
}

/** UTF-8 bytes of `text`, and for each UTF-16 index where a code point starts, its byte offset. */
export function utf8WithOffsets(text) {
  const bytes = Buffer.from(text, "utf8");
  /** @type {number[]} byte start of each code point, plus the total length */
  const starts = [];
  let offset = 0;
  for (const char of text) {
    starts.push(offset);
    offset += Buffer.byteLength(char, "utf8");
  }
  starts.push(offset);
  return { bytes, starts };
}

/** How many code points of the original have at least one lost byte (byte spans from `starts`). */
export function lostCharacters(starts, lostBytes) {
  let count = 0;
  for (let k = 0; k + 1 < starts.length; k++) {
    for (let b = starts[k]; b < starts[k + 1]; b++) {
      if (lostBytes[b]) {
        count++;
        break;
      }
    }
  }
  return count;
}

/**
 * CESU-8 (and Java's modified UTF-8 for supplementary characters): each UTF-16
 * surrogate of an emoji as its own 3-byte sequence. "😀" → ED A0 BD ED B8 80.
 */
export function cesu8(text) {
  const out = [];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdfff) out.push(0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f));
    else out.push(...Buffer.from(text[i], "utf8"));
  }
  return Uint8Array.from(out);
}
