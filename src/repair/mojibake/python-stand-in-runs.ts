/**
 * How a run of Python's stand-ins splits into lost characters. Python's strict Big5,
 * EUC-KR and EUC-JP (`errors="replace"`, one U+FFFD or "?" per byte they cannot pair)
 * lose a two-byte letter whose continuation is 80–A0 as exactly two stand-ins ("с" D1 81,
 * "ş" C5 9F, "ə" C9 99), a quote or dash as three, and never a letter as one (that is the
 * browsers' Big5 and EUC-KR, which lose lead and trail as one U+FFFD). So four or six
 * stand-ins beside a letter (six between letters) are two (three) letters in a row, not a
 * quote and a letter: "ob◆◆◆◆ect" is no "ob“◆ect", and "◆◆◆◆xs" is "şəxs".
 * Before → after (Python euc_kr): "H◆◆r bir ◆◆◆◆xs 철z" → "Hər bir şəxs öz" (each a guess,
 * chosen by the words around it), where the run of four was read as "“" and a U+FFFD.
 */
import type { ByteRun } from "./byte-run.js";

/** Two letters in a row: four stand-ins beside a letter (an emoji, the other four, stands apart from words). */
const TWO_LETTERS = 4;
/** Three letters in a row: six stand-ins between letters (after a word alone they are as often two quotes, "’’"). */
const THREE_LETTERS = 6;

/**
 * The stand-ins the first lost character of a run of `total` takes, when the run is
 * Python's and the letters beside it say it is letters only: 2; else undefined.
 */
export function pythonLettersRunFirst(total: number, letterBefore: boolean, letterAfterRun: boolean, wordAlone = false): number | undefined {
  if (total === TWO_LETTERS && (letterBefore || letterAfterRun || wordAlone)) return 2;
  if (total === THREE_LETTERS && letterBefore && letterAfterRun) return 2;
  return undefined;
}

/**
 * In a line of a two-byte alphabet (Cyrillic, Greek, Arabic…: `wordsOfTwoByteAlphabet`),
 * where most letters Python lost are two stand-ins each, how a whole row of `length`
 * stand-ins splits, beside a letter on at least one side: an even row is letters only
 * (" ◆◆◆◆◆◆ду" is "уряду", not two quotes), an odd one a quote or dash (three) where the
 * row meets no letter and letters for the rest ("◆◆◆◆◆ slovo" after a word: a letter
 * and "”"; " ◆◆◆◆◆ду" before one: "‘" and a letter). An even row standing as a word of
 * its own (`wordAlone`) is letters too (Arabic "لكل" is six stand-ins). Returns the stand-ins of the
 * character that starts `done` stand-ins into the row (undefined where no character does,
 * or the row says nothing: both sides letters, or no letter beside it).
 */
export function pythonAlphabetRowPart(length: number, done: number, letterBefore: boolean, letterAfter: boolean, wordAlone = false): number | undefined {
  if (wordAlone && length % 2 === 0 && length >= TWO_LETTERS) return done % 2 === 0 ? LETTER_STAND_INS : undefined;
  if (length < TWO_LETTERS || !(letterBefore || letterAfter) || (length % 2 === 1 && letterBefore && letterAfter)) return undefined;
  const parts: number[] = [];
  if (length % 2 === 1 && !letterBefore) parts.push(PUNCTUATION_STAND_INS);
  while (parts.reduce((a, b) => a + b, 0) + LETTER_STAND_INS <= length - (length % 2 === 1 && letterBefore ? PUNCTUATION_STAND_INS : 0)) parts.push(LETTER_STAND_INS);
  if (length % 2 === 1 && letterBefore) parts.push(PUNCTUATION_STAND_INS);
  for (let at = 0, i = 0; i < parts.length; at += parts[i]!, i++) if (at === done) return parts[i];
  return undefined;
}

/** Stand-ins of a two-byte letter and of a quote or dash (three UTF-8 bytes), one per byte. */
const LETTER_STAND_INS = 2;
const PUNCTUATION_STAND_INS = 3;

/** Python's strict decoders never lose a two-byte letter as one stand-in: a lone one in their run is no letter lost whole. */
export const PYTHON_LOSES_NO_LETTER_AS_ONE = true;

/**
 * The margin a letter behind two of Python's stand-ins must win by over every other
 * (lost-lead.ts WHOLE_CHARACTER_MARGIN_BITS is 2 for a letter lost whole): none. In a
 * line Python decoded, every letter with a continuation byte 80–A0 is lost so (all of
 * Cyrillic р–я, Romanian ș ț ă, Polish ł ś), so a U+FFFD kept for a close call leaves
 * most words broken; the line's words choose, and each restored letter is a guess.
 */
export const PYTHON_TWO_STAND_INS_MARGIN_BITS = 0;

/**
 * One letter of each script whose lines choose so (Latin, Cyrillic, Greek: letter pairs
 * learnt for many languages); in Arabic or Hebrew lines the pairs tell too little, and a
 * wrong letter of another script reads worse than the U+FFFD.
 */
export const MARGIN_FREE_SCRIPT_SAMPLES = "aдαب";

/**
 * Rows of two or four stand-ins beside letters, at least, that show Python's stand-ins on
 * a line with no quote lost (no row of three); one of them must stand inside a word.
 * One row is enough where it stands before more of the line, inside a word or after one
 * ("libert◆◆ non", "maj◆◆ prawo", "pomo◆◆."): no other decoder leaves a two-byte letter
 * so, and the letters the line's language writes choose (python-letter-unwritten.ts).
 * Not at the line's end: there two are as often the browsers' Big5 losing a closing
 * quote or an ellipsis (E2 80 → one, the last byte → one: "hetzij◆◆" is "hetzij…").
 */
const MIN_LETTER_ROWS = 2;
const MIN_LETTER_ROWS_BEFORE_MORE = 1;
/**
 * Rows of two or four beside letters, at least, that show Python's stand-ins with none
 * inside a word, in a line of a two-byte alphabet whose rows are all even (Russian
 * "◆◆◆◆ долго ◆◆ли по ле◆◆◆◆, пока": the lost letters start and end words): the
 * browsers' decoders leave a C1 control or a lone U+FFFD for such letters.
 */
const MIN_ALPHABET_ROWS = 2;
const shown = new WeakMap<ByteRun, boolean>();

/**
 * Whether the run shows Python's one-stand-in-per-byte by its letters alone: every row
 * of U+FFFD is two or more long (the browsers' Big5 loses a letter as one, their EUC-KR
 * and EUC-JP a lead as one), no byte 80–A0 stands alone (the browsers' C1 pass-through),
 * and at least two rows of two or four stand beside letters, one inside a word
 * ("ob◆◆◆◆estva", "To◆◆i … ◆◆i"), or one beside a letter before more of the run
 * (MIN_LETTER_ROWS_BEFORE_MORE: "libert◆◆ non"), or, in a line of a two-byte alphabet
 * with even rows only, at least MIN_ALPHABET_ROWS beside letters:
 * a line with no quote in it ("Każdy cz◆◆owiek ma prawo do w◆◆asno◆◆ci") shows no row of
 * three (stand-in-runs-only.ts `showsPythonStandIns` asks for one).
 */
export function showsPythonLetterRuns(run: ByteRun): boolean {
  let known = shown.get(run);
  if (known !== undefined) return known;
  known = false;
  const { bytes, charByte, marker } = run;
  const isLetterByte = (b: number | undefined) => b !== undefined && b !== QUESTION && (b >= 0x80 || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a));
  let inside = 0;
  let beside = 0;
  let besideBeforeMore = 0;
  let ok = true;
  let allEven = true;
  for (let k = 0; k < marker.length && ok; ) {
    if (!marker[k]) {
      const b = bytes[charByte[k]!]!;
      if (charByte[k + 1] === charByte[k]! + 1 && b >= 0x80 && b <= 0xa0) ok = false;
      k++;
      continue;
    }
    let end = k;
    while (end < marker.length && marker[end]) end++;
    const length = end - k;
    // (A lone one before EUC-JP's 8E: the lead of "ю" (D1 8E), whose 8E took the next letter's lead as halfwidth katakana.)
    const beforeSingleShift = end < marker.length && bytes[charByte[end]!] === SINGLE_SHIFT_2;
    if (length === 1 && !beforeSingleShift) ok = false;
    if (length % 2 === 1 && !beforeSingleShift) allEven = false;
    const before = k > 0 ? bytes[charByte[k]! - 1] : undefined;
    const after = end < marker.length ? bytes[charByte[end]!] : undefined;
    if ((length === 2 || length === TWO_LETTERS) && (isLetterByte(before) || isLetterByte(after))) {
      beside++;
      if (isLetterByte(before) && isLetterByte(after)) inside++;
      if (after !== undefined) besideBeforeMore++;
    }
    k = end;
  }
  known = ok && ((beside >= MIN_LETTER_ROWS && (inside > 0 || (allEven && beside >= MIN_ALPHABET_ROWS && wordsOfTwoByteAlphabet(run)))) || besideBeforeMore >= MIN_LETTER_ROWS_BEFORE_MORE);
  shown.set(run, known);
  return known;
}

/** EUC-JP's single shift 2 (8E), the first byte of its halfwidth katakana. */
const SINGLE_SHIFT_2 = 0x8e;

/** The placeholder byte a marker has in the run. */
const QUESTION = 0x3f;

/** A row of U+FFFD inside a word of ASCII letters, two or four long; a row beside a letter; a lone U+FFFD. */
const ROW_INSIDE_WORD = /[A-Za-z](?:\ufffd{2}|\ufffd{4})(?=[A-Za-z])/;
const ROW_BESIDE_LETTER = /(?<![\ufffd])(?:(?<=[A-Za-z])(?:\ufffd{2}|\ufffd{4})(?!\ufffd)|(?:\ufffd{2}|\ufffd{4})(?=[A-Za-z]))/g;
const LONE_STAND_IN = /(?<!\ufffd)\ufffd(?!\ufffd)/;
/** A row of two or four beside a letter that more of the line follows (not the line's end). */
const ROW_BESIDE_LETTER_BEFORE_MORE = /(?<![\ufffd])(?:(?<=[A-Za-z])(?:\ufffd{2}|\ufffd{4})(?![\ufffd]|$)|(?:\ufffd{2}|\ufffd{4})(?=[A-Za-z]))/g;

/**
 * Whether a line of ASCII and U+FFFD only shows Python's letter rows as `showsPythonLetterRuns`
 * reads them (no lone U+FFFD; two rows beside letters, one inside a word, or one before
 * more of the line, see MIN_LETTER_ROWS_BEFORE_MORE): such a line
 * with no lost quote is tried under the strict decoder too (stand-in-runs-only.ts).
 * Example: "To◆◆i oamenii sunt egali ◆◆i liberi." → "Toți oamenii sunt egali și liberi.".
 */
export function showsPythonLetterRows(line: string): boolean {
  if (LONE_STAND_IN.test(line)) return false;
  if ((line.match(ROW_BESIDE_LETTER_BEFORE_MORE)?.length ?? 0) >= MIN_LETTER_ROWS_BEFORE_MORE) return true;
  if (!ROW_INSIDE_WORD.test(line)) return false;
  return (line.match(ROW_BESIDE_LETTER)?.length ?? 0) >= MIN_LETTER_ROWS;
}

/** Scripts the letter models group together (span-guards.ts `scriptOf`: right-to-left alphabets), told apart here. */
const SPLIT_SCRIPTS = [/\p{Script=Arabic}/u, /\p{Script=Hebrew}/u];
const SPLIT_SCRIPTS_GLOBAL = [/\p{Script=Arabic}/gu, /\p{Script=Hebrew}/gu];

/**
 * Of the letters a slot of Python's two stand-ins can be, those of the script the line
 * is written in, where the letter models group it with another: an Arabic line loses
 * "ف ق ك ل م ن ه و ي" (D9 8x) whole, and Hebrew "ו" (D7 95) is among the candidates too.
 */
export function ofTheLineScript(candidates: string[], lineReading: string): string[] {
  let best = -1;
  let most = 0;
  SPLIT_SCRIPTS_GLOBAL.forEach((re, i) => {
    const n = lineReading.match(re)?.length ?? 0;
    if (n > most) [best, most] = [i, n];
  });
  if (best < 0) return candidates;
  const others = SPLIT_SCRIPTS.filter((_, i) => i !== best);
  return candidates.filter((c) => !others.some((re) => re.test(c)));
}

const alphabetLines = new WeakMap<ByteRun, boolean>();

/**
 * Whether the run's words are mostly of an alphabet written with two-byte UTF-8 (Arabic,
 * Cyrillic, Greek…: more such letters, read as the decoder's pairs, than ASCII letters).
 * There four stand-ins standing as a word of their own are a word of two lost letters
 * (Arabic "في" and "من" are D9 8x D9 8x), not an emoji; in Latin text they are an emoji.
 */
export function wordsOfTwoByteAlphabet(run: ByteRun): boolean {
  let known = alphabetLines.get(run);
  if (known !== undefined) return known;
  const { bytes, charByte, marker } = run;
  let ascii = 0;
  let alphabet = 0;
  for (let k = 0; k + 1 < charByte.length; k++) {
    if (marker[k]) continue;
    const at = charByte[k]!;
    const width = charByte[k + 1]! - at;
    const b = bytes[at]!;
    if (width === 1 && ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a))) ascii++;
    else if (width === 2 && b >= 0xc2 && b <= 0xdf && bytes[at + 1]! >= 0x80 && bytes[at + 1]! <= 0xbf) alphabet++;
  }
  known = alphabet > ascii;
  alphabetLines.set(run, known);
  return known;
}

/**
 * Whether the two stand-ins at `first` (a row of two) are the second letter of a word of
 * four stand-ins standing alone in a line of such an alphabet (see `wordsOfTwoByteAlphabet`):
 * the two before them, with a space or the line's start before those.
 */
export function secondLetterOfWordAlone(run: ByteRun, first: number, total: number, isStandIn: (k: number) => boolean): boolean {
  if (total !== 2 || first < 2 || !isStandIn(first - 1) || !isStandIn(first - 2)) return false;
  const before = first - 3;
  if (before >= 0 && (isStandIn(before) || run.bytes[run.charByte[before]!] !== SPACE)) return false;
  const after = run.charByte[first + 2];
  if (after !== undefined && after < run.bytes.length && run.bytes[after] !== SPACE) return false;
  return wordsOfTwoByteAlphabet(run);
}

const SPACE = 0x20;
