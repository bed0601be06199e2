/**
 * A Latin letter and the symbol after it that read, as one two-byte UTF-8 sequence, as a
 * lone character of a script the line shows nowhere else is correct text: Windows-1252
 * reads "ß" and "µ" as DF B5, the NKo sign "ߵ"; "Ü" and "¼" as DC BC, a Syriac point;
 * "Ø" and "§" as D8 A7, an Arabic alef. Real mojibake of such a script breaks its words
 * letter by letter, so the script shows in the other spans read on the line (a Hebrew
 * word is "×©×œ×•×", four letters), or in the clean text around a broken word. Greek
 * is not among these scripts: a lone Greek letter is everyday in Latin text ("10 kÎ©"
 * is "10 kΩ", "Î±-helix" is "α-helix").
 * The same holds for the punctuation such a script writes (Script Common, but used with
 * those scripts alone): MacRoman reads "ÿõ" as D8 9B, the Arabic semicolon "؛", which in
 * a line of no Arabic letters is no broken Arabic.
 * Before → after: "Straßµ" stays as it is (it was "Straߵ"); "/øëÿõ" is no "/øë؛".
 */

/**
 * The scripts other than Latin and Greek that two-byte UTF-8 (U+0400–U+07FF) writes.
 * A character belongs to one when its Script_Extensions are all among them (an Arabic
 * vowel sign, Script=Inherited, is used with Arabic and Syriac only).
 */
const TWO_BYTE_SCRIPTS = ["Cyrillic", "Armenian", "Hebrew", "Arabic", "Syriac", "Thaana", "Nko", "Coptic"] as const;
const SCRIPT_TESTS = TWO_BYTE_SCRIPTS.map((name) => new RegExp(`\\p{Script_Extensions=${name}}`, "u"));

/** What may follow the Latin letter in the span: no letter, or one of Latin-1's symbol letters (ª, µ, º). */
const SYMBOL_OR_SIGN_LETTER = /^(?:[^\p{L}]|[ªµº])$/u;
const LATIN_LETTER = /^\p{Script=Latin}$/u;
const ANY_LETTER = /^\p{L}$/u;
/** Scripts whose letters Latin text seldom names one at a time (Cyrillic, Armenian, Hebrew and Arabic letters it does: "the letter Ж"). */
const RARELY_NAMED = /^[\p{Script_Extensions=Syriac}\p{Script_Extensions=Thaana}\p{Script_Extensions=Nko}\p{Script_Extensions=Coptic}]$/u;

/** A character Latin text writes too: "·" (U+00B7) lists Coptic among its scripts, and Latin. */
const SHARED_WITH_LATIN = /^[\p{Script_Extensions=Latin}\p{Script=Common}]$/u;

/**
 * Whether `before`, a Latin letter and a symbol that end or sit inside a word (`previous`,
 * the character before them, is a letter), reads as `after`, one character of a script
 * (other than Latin or Greek) of which `lineReading` — the line with every span read, this
 * one among them — holds no other character. (A letter alone, "the letter Ð–", may be one
 * named: "Ж"; not one of Syriac, Thaana, NKo or Coptic.)
 */
export function loneLetterOfAbsentScript(before: string, after: string, previous: string | undefined, lineReading: string): boolean {
  // (A letter of the scripts few name in Latin text is no letter named, alone or not: "utf8-test-ßµ™∃" is no NKo "ߵ".)
  const named = !RARELY_NAMED.test(after);
  if ((named && (previous === undefined || !ANY_LETTER.test(previous))) || before.length !== 2 || [...after].length !== 1 || !LATIN_LETTER.test(before[0]!) || !SYMBOL_OR_SIGN_LETTER.test(before[1]!)) return false;
  if (SHARED_WITH_LATIN.test(after)) return false;
  const scripts = SCRIPT_TESTS.filter((test) => test.test(after));
  if (scripts.length === 0) return false;
  let seen = 0;
  for (const ch of lineReading) if (scripts.some((test) => test.test(ch)) && ++seen > 1) return false;
  return true;
}

const PUNCTUATION = /^\p{P}$/u;

/**
 * Whether `after` holds punctuation that only scripts other than Latin and Greek write
 * ("؛", "؟", "׳") when `lineReading` — the line with every span read, this one among
 * them — holds no letter of any of them.
 */
export function punctuationOfAbsentScript(after: string, lineReading: string): boolean {
  for (const ch of after) {
    if (!PUNCTUATION.test(ch) || SHARED_WITH_LATIN_PUNCTUATION.test(ch)) continue;
    const scripts = SCRIPT_TESTS.filter((test) => test.test(ch));
    if (scripts.length === 0) continue;
    let letters = false;
    for (const other of lineReading) if (ANY_LETTER.test(other) && scripts.some((test) => test.test(other))) {
      letters = true;
      break;
    }
    if (!letters) return true;
  }
  return false;
}

/** Punctuation Latin text writes too ("·" lists Coptic among its scripts, and Latin). */
const SHARED_WITH_LATIN_PUNCTUATION = /^\p{Script_Extensions=Latin}$/u;
