/**
 * A legacy file read as Windows-1252 (or Latin-1) and saved as UTF-8: every byte of
 * the legacy encoding became one Latin-1-range character. Re-encode each stretch as
 * Windows-1252 (words, or the broken run inside an unspaced Chinese or Thai line),
 * decode it as each legacy encoding, and keep the reading when the line then reads as
 * a language, letter pair by letter pair, and its words agree. Cheap exact screens
 * come first (a French line with one "é" gets no look; the rest of the line must be
 * writable in the legacy encoding). A line whose words are UTF-8 read as Windows-1252
 * once more is taken down both layers in one step. Whole-word script coherence is the
 * guard: "été" re-read as Windows-1251 gives "йтй", a word no language writes, so it
 * stays. Examples: "Ïðèâåò" → "Привет" (Windows-1251); "ÖÐÎÄ" → "中文" (GBK);
 * "Ka¿dy cz³owiek" → "Każdy człowiek" (Windows-1250); "Ã\u008fÃ°Ã¨Ã¢Ã¥Ã²" → "Привет".
 * A strict Windows-1252 decoder loses 81 8D 8F 90 9D, leaving U+FFFD or "?": inside
 * a word of a line read this way, each of the five is tried in the lost byte's place
 * and the letter pairs choose, as a guess ("÷îâåê �å" → "човек ќе"). A byte dropped
 * without a mark is searched for in the words a reading changes (legacy-dropped-byte.ts)
 * and, for Shift_JIS, whose lost bytes are leads, in the whole token (legacy-lost-lead.ts).
 */
import { decodeBytes } from "../../decode/decode.js";
import { charClass, scriptGroup } from "../../plausibility/char-class.js";
import { isCommonCjk } from "../../plausibility/common-cjk.js";
import { isKnownCharacter, textCost } from "../../plausibility/index.js";
import { bestLanguageCost, knownLanguagesForScriptOf, languageTextCost } from "../../plausibility/language-bigrams.js";
import { MOJIBAKE_PRIOR_BITS, type Repair, applyRepairs, wholeTextGain } from "./candidate.js";
import { bytesChangedBy, mayReadOtherwiseIn, singleByteRepertoire, writtenInNoLegacyEncoding } from "./legacy-screen.js";
import { fillLostLetter, restoreDroppedLetter } from "./legacy-dropped-byte.js";
import { frequentWordWithDroppedLetter, untouchedWordsWithDroppedLetters } from "./dropped-byte-frequent-word.js";
import { languageOfMostFrequentWords } from "./dropped-letter-word-end.js";
import { type Judge, LOST_LEAD_ENCODINGS, kanjiFrequencyBits, readsAsJapanese, restoreDroppedLeads } from "./legacy-lost-lead.js";
import { wrongDecoder } from "./wrong-decoders.js";
import { surelyCostsMoreThan } from "./legacy-reading-limit.js";
import { withoutLatinWords } from "./latin-words-beside-reading.js";
import { frequentCjkWordAdvantage } from "./frequent-cjk-words.js";
import { FREQUENT_WORD_BITS } from "../../plausibility/frequent-words.js";
import { commonCjkText, legacyWordsBesideEnglishTerms, wordsSpeakBesideTerms } from "./legacy-words-beside-terms.js";
import { latinReadingHasEvidence } from "./latin-legacy-gate.js";
import { everydayWordsSpeakForReading } from "./legacy-everyday-words.js";
import { accentedCapitalsOnly, rowsOfLetterVariants } from "./letter-rows.js";
import { ownCopy } from "../../plausibility/own-copy.js";
import { unitTable, withoutLetters } from "./quick-line-tests.js";
import { CJK_TEXT_AT_LENGTH, isCjkPunctuationAmongAscii } from "./cjk-text-with-latin-terms.js";

/** The legacy encodings whose files are commonly misread as Windows-1252. */
export const LEGACY_ENCODINGS: readonly string[] = [
  "windows-1251",
  "koi8-r",
  "windows-1250",
  "windows-1253",
  "windows-1254",
  "windows-1255",
  "windows-1256",
  "windows-1257",
  "windows-874",
  "gbk",
  "big5",
  "shift_jis",
  "euc-jp",
  "euc-kr",
];

const READ_AS = "windows-1252";
/**
 * A legacy reading needs a word of at least three letters in a row (with the letters
 * either side of a changed piece, which in Thai sits between letters): any two
 * upper-half characters read as some pair of letters in some code page ("ÉÑ" in a
 * kaomoji is "ЙС" in Windows-1251), and two letters say too little to tell a language
 * from chance.
 */
const LEGACY_WORD = /[\p{L}\p{M}]{3}/u;
const UTF8 = new TextDecoder("utf-8");

/** Characters a legacy byte 80–FF can show as: the upper half of Windows-1252/Latin-1. */
const HIGH_LATIN1 = /[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/;

/** Letters among the upper-half characters: a legacy file's words show mostly as letters ("Ïðèâåò"), punctuation ("«É»") does not. */
const HIGH_LATIN1_LETTER = /[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192]/g;
const HIGH_LATIN1_ALL = new RegExp(HIGH_LATIN1.source, "g");
const ASCII_LETTER = /[A-Za-z]/;

/** Typographic quotes, dashes and the ellipsis, which most legacy code pages keep at the same bytes. */
const QUOTES_AND_DASHES = /[\u2013\u2014\u2018-\u201e\u2026\u00ab\u00bb]/g;
/** Upper-half characters that are neither letters nor common punctuation. */
const LATIN1_SYMBOL = /[\u00a2-\u00aa\u00ac-\u00b6\u00b8-\u00ba\u00bc-\u00be\u00d7\u00f7\u02c6\u02dc\u2020\u2021\u2030\u20ac\u2122]/;

/**
 * A legacy reading must make the line read as a language: real text costs 3–6 bits
 * per character under its language's letter pairs, a row of letters in code-page
 * order ("ÀÁÂÃ…" read as KOI8-R: "юабц…") costs 7.6. Judged only on lines long enough
 * for the figure to mean something.
 */
const READS_AS_LANGUAGE_MAX_BITS = 7;
/** A legacy reading that the per-letter model finds this much worse is not looked at again. */
const UNIGRAM_GATE_BITS = 5;
const READS_AS_LANGUAGE_MIN_LETTERS = 12;
/**
 * A Latin-script legacy reading must also gain this much under the per-letter model
 * before the letter pairs are asked: real Baltic or Central European lines gain tens
 * of bits ("Izglîtîbai" → "Izglītībai": every letter then Latvian), French or Spanish
 * lines re-read so lose; at 0, a twentieth of clean Latin paragraphs reach the dear
 * model, at 5 one in five hundred, with the same repairs.
 */
const LATIN_UNIGRAM_GATE_BITS = 5;
/**
 * Bits the changed words of a Latin-script reading must gain together under their
 * letter pairs when the per-letter model cannot speak for the line (see
 * changedWordsReadBetterInPairs). The line's own letter pairs must then agree too.
 */
const LATIN_PAIR_EVIDENCE_BITS = 10;
/**
 * A line the screen passed over (see quietLineSpeaksForItself) must gain this much
 * beyond the prior: Slovene or Croatian lines with one "è" for "č" gain 4–13, lines of
 * languages the model does not know with an "è" or "à" of their own 0–1.
 */
const QUIET_LINE_GAIN_BITS = 3;
/** Letters such a line needs for its language to show: correct one-to-three-word headings have 6–17, corpus lines with one changed word 25 and more. */
const QUIET_LINE_MIN_LETTERS = 20;
/** See changedWordsGain: at 0 the corpus loses a few Latvian lines, at −5 none; it halves the scoring of clean Latin lines. */
const CHANGED_WORDS_GATE_BITS = 5;
/**
 * A line this short may show a legacy file's damage as one upper-half letter in each
 * of two words ("Nevienu nedrîkst piespiest piederçt"); a longer one has a word with
 * two. Set on the corpus (at 200 a few more Central European lines, at the price of
 * scoring a sixth more clean Latin text).
 */
const SHORT_LINE_CHARS = 120;
/**
 * Chinese and Japanese pack more into a character: real text costs 6–10.5 bits
 * (Traditional Chinese the most: its training text is short), technical text (GNOME's
 * help in Chinese and Japanese, read so from GBK, Big5 and EUC-JP) up to 13.9; rows of
 * characters in code-page order read as GBK, Big5, Shift_JIS or EUC-KR 16–29, and
 * UTF-8 mojibake of Cyrillic or Greek read as GBK from 14.5.
 */
const READS_AS_LANGUAGE_MAX_BITS_CJK = 14;

/**
 * A word whose own repair makes it this much less plausible is left alone even when
 * the line as a whole is repaired ("café" on a line of Windows-1251 mojibake), unless
 * the line's letter pairs take it back (see keepWordsTheLineSupports).
 */
const WORD_VETO_BITS = 4;

const C1_CONTROL = /[\u0080-\u009f]/;

/** C1 controls and U+FFFD in a decoding mean the bytes were not that encoding. */
const IMPOSSIBLE = /[\u0080-\u009f\ufffd]/;

/** A stretch of the line that Windows-1252 could have shown a legacy file's bytes as. */
interface Piece {
  start: number;
  end: number;
  /** Characters from the upper half of Windows-1252 (what legacy bytes 80–FF show as). */
  high: number;
  /** Letters among those. */
  letters: number;
  /** Quotes and dashes among those (‘è’: they say nothing of the word between them). */
  quotes: number;
  /** Line offsets of the marks a strict decoder left for lost bytes (U+FFFD, or "?" inside the word). */
  lost: number[];
}

interface Token extends Piece {
  /** The Windows-1252 bytes, with a "?" (3F) standing where a byte was lost. */
  bytes: Uint8Array;
  /** A one-character token that is repaired only along with the words of its line. */
  companion: boolean;
  /** The mark at each lost offset, as the line shows it ("\ufffd" or "?"). */
  marks: string[];
  /**
   * Its bytes are UTF-8 through and through, of known characters: UTF-8 read as
   * Windows-1252 ("ãƒ„" is E3 83 84, "ツ"), the UTF-8 repair's to take. Any byte string
   * reads as some legacy text ("гѓ„" in Windows-1251); one that is whole UTF-8 with a
   * character of three or more bytes is rare by chance in a legacy file, so the legacy
   * readings leave such a word alone.
   */
  wholeUtf8: boolean;
  /** Offsets in `bytes` of every "?" of the token, a lost byte's mark or not (a double-byte reading may take any for one). */
  questions: number[];
  /** The token as the line writes it, once sliced (each legacy encoding looks its verdict up by it). */
  text: string | undefined;
}

/**
 * Inside a word, characters that Central European, Turkish and Baltic text shows as
 * when read as Windows-1252: Icelandic ð þ for Turkish ğ ş and Lithuanian š ž,
 * superscripts and ¿ for Polish ą ł ż. Rare inside words of the languages that really
 * use them (Icelandic aside), so such a line is judged as a whole by its letter pairs.
 * (õ, û, ý, æ would catch Hungarian and more, but are everyday letters elsewhere.)
 */
const LATIN_LEGACY_SIGN = /\p{L}[ðþÐÞ¹³¿ºª¾¼¥¦]|[ðþÐÞ¹³¿ºª¾¼¥¦]\p{L}/u;
/** One of those characters, wherever it stands: a line with none shows no such sign (a cheap test first). */
const LATIN_LEGACY_SIGN_CHARACTER = /[ðþÐÞ¹³¿ºª¾¼¥¦]/;

/** Legacy encodings whose text is in Latin script: only these can hide behind plausible Latin text. */
const LATIN_SCRIPT_LEGACY: readonly string[] = ["windows-1250", "windows-1254", "windows-1257"];
/**
 * Bits per character below which a line reads as real text: clean Latin-script lines
 * cost 4.5–7, legacy Cyrillic, Greek or Hebrew read as Windows-1252 14–19, and
 * Central European 1250 read so 5–10 (it stays in the Latin-script list above).
 */
const READS_LIKE_TEXT_BITS = 9;

/**
 * Bits the changed words of a Latin-script line must gain together, each under its
 * best language's letter pairs: "til að láta" beside Lithuanian words would read as
 * one language as "til aš lįta", but "að" and "láta" are good Icelandic words.
 */
const LATIN_WORDS_MIN_GAIN_BITS = 0;

/**
 * Bits a character the words a legacy reading changes may cost alone, under the language
 * of their script they read best in: real words cost 3–5 ("основата на власта" 3.4, "као
 * члан има" 3.2, "лучше" 4.9), rows of Latin letters read as Cyrillic or Greek 6.4–6.6
 * ("ДЦЬ дцьЯ", "ΔΦά δφόί ΖΨΕ").
 */
const CHANGED_WORDS_MAX_BITS = 6;
/**
 * The legacies whose capitals and small letters sit where Latin-1 has its accented ones,
 * so that rows of accented letters read as their letters (Cyrillic, Greek). The CJK and
 * Thai legacies are left out: their words cost more a character under the letter pairs.
 */
const ALPHABET_LEGACY = new Set(["windows-1251", "koi8-r", "windows-1253"]);

function changedWordsReadAsALanguage(repairs: readonly Repair[]): boolean {
  const words = repairs.map((r) => r.after).join(" ");
  return letterPairCost(words) / [...words].length <= CHANGED_WORDS_MAX_BITS;
}

/** A letter of a script other than Latin (Cyrillic, Greek, Hebrew, CJK…): never a Windows-1252 reading. */
const OTHER_SCRIPT_LETTER = /(?![\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}])\p{L}/gu;
/** OTHER_SCRIPT_LETTER per UTF-16 unit, for lines that hold none (quick-line-tests.ts). */
const OTHER_SCRIPT_LETTER_UNITS = unitTable(OTHER_SCRIPT_LETTER);

/**
 * A Latin-script legacy reading that changes one and the same character this often,
 * and no other, is another orthography, not a legacy file: Turkmen writes "ý" where
 * Windows-1254 would read Turkish "ı" ("ýanalmalardan gaýry ýurtlarda peýdalanmaga",
 * four times). Real lines change several characters ("Ka¿dy pracuj¹cy": ¿ and ¹;
 * "Izglîtîbai ... jâsekmç"). At 3, corpus lines of Czech with "è" (č) thrice and
 * nothing else are lost too; at 4 none.
 */
const SAME_CHANGE_MAX_TIMES = 4;

/** Double-byte legacy encodings: their words show as pairs of upper-half characters, often symbols ("¤¤¤å"). */
const DOUBLE_BYTE_LEGACY = new Set(["gbk", "big5", "shift_jis", "euc-jp", "euc-kr"]);

/** A decoding of a double-byte word must be East Asian text (with ASCII), nothing else. */
const EAST_ASIAN_TEXT = /^[\x21-\x7e\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff01-\uff65\u30fc\u2010-\u2027]*$/u;

/**
 * Characters of the scripts written without spaces (Han, kana, Thai) and CJK
 * punctuation: a broken stretch may stand right against them ("本宣言的ÈÎºÎÌõÎÄ").
 * Any other character Windows-1252 cannot show makes its word real text ("Příliš",
 * "пІ"), not a legacy reading.
 */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\u3000-\u303f\uff00-\uffef]/u;

/**
 * The stretches Windows-1252 can produce, with some characters from its upper half:
 * whitespace-separated words, cut at characters of the unspaced scripts — a partly
 * broken line of Chinese or Thai ("本宣言的ÈÎºÎÌõÎÄ" gives "ÈÎºÎÌõÎÄ"). A word with
 * any other character Windows-1252 lacks ("Příliš") is real text and gives none. A
 * U+FFFD (a byte a strict decoder lost) stays inside its word ("ïîäëå�è"), and the
 * word is a stretch even with no other upper-half character ("a�", Slovak "ať");
 * with `cutAtLost` false it cuts the word instead (for the layer below, which cannot
 * show it). Counting only: the bytes are worked out once a line passes the screen
 * (see `tokensOf`).
 */
function latin1Pieces(line: string, keepLost = true): Piece[] {
  const decoder = wrongDecoder(READ_AS);
  const flags = pieceFlags();
  const pieces: Piece[] = [];
  const add = (start: number, end: number) => {
    let high = 0;
    let letters = 0;
    let quotes = 0;
    let mayHoldLostMark = false;
    for (let i = start; i < end; i++) {
      const unit = line.charCodeAt(i);
      const f = flags[unit]!;
      if (f & PIECE_HIGH) high++;
      if (f & PIECE_LETTER) letters++;
      if (f & PIECE_QUOTE) quotes++;
      if (unit === 0xfffd || unit === 0x3f) mayHoldLostMark = true;
    }
    const lost = keepLost && mayHoldLostMark ? lostMarks(line.slice(start, end)).map((i) => start + i) : [];
    if (high > 0 || lost.length > 0) pieces.push({ start, end, high, letters, quotes, lost });
  };
  // Words end at ASCII white space only: NBSP (A0) is a byte of the legacy text (Shift_JIS 8C A0 is 権).
  for (let wordStart = 0; wordStart < line.length; ) {
    if (isAsciiSpace(line.charCodeAt(wordStart))) {
      wordStart++;
      continue;
    }
    let end = wordStart + 1;
    while (end < line.length && !isAsciiSpace(line.charCodeAt(end))) end++;
    const wordBegins = wordStart;
    wordStart = end;
    let cuts: number[] | undefined;
    let realText = false;
    for (let i = wordBegins; i < end && !realText; i++) {
      const cp = line.charCodeAt(i);
      if (cp < 0x80 || (cp !== 0xfffd && decoder.bytesOf(cp) !== undefined)) continue;
      if (cp === 0xfffd) {
        if (!keepLost) (cuts ??= []).push(i);
      } else if (UNSPACED_SCRIPT.test(line[i]!)) (cuts ??= []).push(i);
      else realText = true;
    }
    if (realText) continue;
    let start = wordBegins;
    for (const cut of cuts ?? []) {
      if (cut > start) add(start, cut);
      start = cut + 1;
    }
    if (end > start) add(start, end);
  }
  return pieces;
}

/** The white space that ends a word: ASCII " \t\n\r\f\v" only (not NBSP, see below). */
function isAsciiSpace(unit: number): boolean {
  return unit === 0x20 || (unit >= 0x09 && unit <= 0x0d);
}

/** Per UTF-16 unit, what a piece counts it as (the classes above, one unit at a time, as those regexes match). */
const PIECE_HIGH = 1;
const PIECE_LETTER = 2;
const PIECE_QUOTE = 4;
let pieceFlagTable: Uint8Array | undefined;

function pieceFlags(): Uint8Array {
  if (pieceFlagTable) return pieceFlagTable;
  const table = new Uint8Array(0x10000);
  const letter = new RegExp(HIGH_LATIN1_LETTER.source);
  const quote = new RegExp(QUOTES_AND_DASHES.source);
  for (let unit = 0x80; unit < 0x10000; unit++) {
    const ch = String.fromCharCode(unit);
    if (!HIGH_LATIN1.test(ch)) continue;
    table[unit] = PIECE_HIGH | (letter.test(ch) ? PIECE_LETTER : 0) | (quote.test(ch) ? PIECE_QUOTE : 0);
  }
  pieceFlagTable = table;
  return table;
}

/** Upper-half characters that can stand for a letter's byte (not quotes, dashes or the ellipsis). */
const HIGH_LATIN1_NOT_PUNCTUATION = /[\u0080-\u00aa\u00ac-\u00ba\u00bc-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2020-\u2022\u2030\u20ac\u2122]/;

/**
 * Offsets in `word` of the marks a strict Windows-1252 decoder left for a lost byte:
 * every U+FFFD, and a "?" inside the word after an upper-half character ("ïðå?ó¼å";
 * Shift_JIS "‚Ä?l", where 90 of 人 was lost, "‹?—L") or before one at the word's start
 * ("?å", Macedonian "ќе"). Never a "?" that ends a word ("äåëà?" is a question, "by?"
 * too) or one after an ASCII letter or digit ("Is it?Yes"); a single-byte reading
 * also wants a letter after it (see fillSingleByte: "äåëà?»" stays a question).
 */
function lostMarks(word: string): number[] {
  const marks: number[] = [];
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    if (ch === "\ufffd") {
      marks.push(i);
      continue;
    }
    if (ch !== "?" || i + 1 >= word.length) continue;
    const prev = i > 0 ? word[i - 1]! : "";
    const next = word[i + 1]!;
    const highBefore = prev !== "" && HIGH_LATIN1_NOT_PUNCTUATION.test(prev);
    const highAfter = HIGH_LATIN1_NOT_PUNCTUATION.test(next);
    if (highBefore || (highAfter && !/[0-9A-Za-z?]/.test(prev))) marks.push(i);
  }
  return marks;
}

/**
 * The pieces with their Windows-1252 bytes. A lone upper-half character that is no
 * letter ("×" for KOI8-R "в") only joins a line whose words are repaired (a
 * companion); a longer piece is a word even when most of it shows as symbols (Thai
 * "ºØ¤¤Åã´" is "บุคคลใด"), and its own gain and its line judge it. Quotes round a word
 * and upper-half symbols between ASCII letters ("ma³¿eñskie") do not make it one.
 */
function tokensOf(line: string, pieces: readonly Piece[]): Token[] {
  const decoder = wrongDecoder(READ_AS);
  const tokens: Token[] = [];
  for (const { start, end, high, letters, quotes, lost } of pieces) {
    const companion = letters === 0 && high - quotes === 1 && lost.length === 0 && !ASCII_LETTER.test(line.slice(start, end));
    const bytes = new Uint8Array(end - start);
    for (let i = start; i < end; i++) {
      const cp = line.charCodeAt(i);
      bytes[i - start] = cp < 0x80 ? cp : cp === 0xfffd ? LOST_PLACEHOLDER : decoder.bytesOf(cp)!;
    }
    const wholeUtf8 = lost.length === 0 && isUtf8WithNonAscii(bytes) && isLongUtf8OfKnownCharacters(UTF8.decode(bytes));
    const questions: number[] = [];
    for (let i = start; i < end; i++) if (line.charCodeAt(i) === 0x3f) questions.push(i - start);
    tokens.push({ start, end, high, letters, quotes, lost, bytes, companion, marks: lost.map((offset) => line[offset]!), wholeUtf8, questions, text: undefined });
  }
  return tokens;
}

/** Known characters, one of them of three or four UTF-8 bytes (a two-byte one happens by chance: Thai "Ñ¡" is D1 A1). */
function isLongUtf8OfKnownCharacters(text: string): boolean {
  let long = false;
  for (const ch of text) {
    if (ch < "\x80") continue;
    if (!isKnownCharacter(ch)) return false;
    if (ch.codePointAt(0)! >= 0x800) long = true;
  }
  return long;
}

/**
 * A cheap first per-letter gate for a Latin-script reading, on the changed words only:
 * a French line re-read as Windows-1250 changes a few words ("à" → "ŕ", "è" → "č"),
 * which then read far worse, and the whole line need not be scored. Lenient (the
 * line's other words can still tip the balance): it must not lose more than
 * CHANGED_WORDS_GATE_BITS.
 */
function changedWordsGain(line: string, repairs: readonly Repair[], legacy: string): boolean {
  const before = repairs.map((r) => line.slice(r.start, r.end)).join(" ");
  // The verdict depends on the words and their readings alone, so it is remembered by
  // them: lines share their changed words ("à" alone, often), and Latin-script legacies
  // often read them alike.
  const after = repairs.map((r) => r.after).join(" ");
  const key = `${before}\u0000${after}`;
  let passes = changedWordsVerdicts.get(key);
  if (passes === undefined) {
    passes = textCost(before) - textCost(after) >= -CHANGED_WORDS_GATE_BITS;
    if (changedWordsVerdicts.size >= WORD_CACHE_SIZE) changedWordsVerdicts.clear();
    changedWordsVerdicts.set(ownCopy(key), passes);
  }
  return passes;
}

/** changedWordsGain's verdicts, by changed words and their readings. */
const changedWordsVerdicts = new Map<string, boolean>();

/**
 * Whether text could have been written in the legacy encoding: a line that came from
 * one legacy file holds only characters of that encoding, its correct words too (the
 * words no reading changes are checked). Turkmen "ýurtdan, şol … öňünde" is no
 * Turkish line (Windows-1254 has "ı" for "ý", but no "ň"); French "cœur" no Central
 * European one. C1 controls and U+FFFD (damage left over) pass.
 */
function encodableIn(text: string, legacy: string): boolean {
  const doubleByte = DOUBLE_BYTE_LEGACY.has(legacy);
  const chars = doubleByte ? undefined : singleByteRepertoire(legacy);
  const decoder = doubleByte ? wrongDecoder(legacy) : undefined;
  for (let i = 0; i < text.length; i++) {
    const cp = text.charCodeAt(i);
    if (cp < 0xa0 || cp === 0xfffd) continue;
    if (decoder ? decoder.bytesOf(cp) === undefined : !chars!.has(cp)) return false;
  }
  return true;
}

/** Whether the repaired words change only one character, and that one at least SAME_CHANGE_MAX_TIMES times. */
function oneCharacterOverAndOver(line: string, repairs: readonly Repair[], changed: Uint8Array): boolean {
  const decoder = wrongDecoder(READ_AS);
  let only: number | undefined;
  let times = 0;
  for (const r of repairs) {
    for (let i = r.start; i < r.end; i++) {
      const cp = line.charCodeAt(i);
      if (cp < 0x80) continue;
      const b = decoder.bytesOf(cp);
      if (b === undefined || !(changed[b] || cp <= 0x9f)) continue;
      if (only !== undefined && cp !== only) return false;
      only = cp;
      times++;
    }
  }
  return times >= SAME_CHANGE_MAX_TIMES;
}

/** Whether bytes[i] (80–BF) continues a UTF-8 sequence that is complete and valid in `bytes`. */
function continuesUtf8(bytes: Uint8Array, i: number): boolean {
  for (let lead = i - 1; lead >= Math.max(0, i - 3); lead--) {
    const b = bytes[lead]!;
    if (b >= 0x80 && b <= 0xbf) continue;
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (lead + length <= i || lead + length > bytes.length) return false;
    for (let k = lead + 1; k < lead + length; k++) if ((bytes[k]! & 0xc0) !== 0x80) return false;
    return true;
  }
  return false;
}

/** The byte standing in a token's bytes where one was lost, until a reading fills it in. */
const LOST_PLACEHOLDER = 0x3f;
/** The bytes a strict Windows-1252 decoder has no character for: a lost byte was one of these. */
const LOST_BYTES: readonly number[] = wrongDecoder(READ_AS).lostBytes;
/** Sweeps over a word's lost bytes, each choosing its best byte with the others fixed: two settle every corpus line. */
const FILL_SWEEPS = 3;
/** Weight of the per-letter cost beside the letter pairs when guessing a double-byte lost byte: a tie-break only. */
const TIE_BREAK_WEIGHT = 1e-3;
/** Zero-width (non-)joiners: Persian writes one inside a word ("بهره‌مند"), Windows-1256 keeps it at 9D. */
const JOINER = /[\u200c\u200d]/;
const JOINERS = new RegExp(JOINER.source, "g");
const ANY_IMPOSSIBLE = new RegExp(IMPOSSIBLE.source, "g");

/** A legacy reading of one token: the text, and whether a lost byte was guessed in it. */
interface TokenReading {
  after: string;
  guess: boolean;
  /**
   * A single-byte word with its lost bytes guessed, where `after` keeps their marks:
   * the line is judged without the guesses (a letter in place of a U+FFFD reads
   * better whatever the line is), and they are put in once it is read this way.
   */
  filled?: string;
}

/**
 * The token read as the legacy encoding, undefined when its bytes cannot be that
 * encoding. Where a byte was lost, each of the five bytes Windows-1252 lacks is tried
 * in its place and the language model chooses (see fillSingleByte, fillDoubleByte).
 */
function readToken(token: Token, legacy: string, doubleByte: boolean): TokenReading | undefined {
  if (doubleByte && (token.lost.length > 0 || (token.questions.length > 0 && questionsMayBeLostLeads(token, legacy)))) return fillDoubleByte(token, legacy);
  if (token.lost.length === 0) {
    const after = doubleByte ? decodeBytes(token.bytes, legacy) : decodeSingleBytes(token.bytes, legacy);
    if (doubleByte && LOST_LEAD_ENCODINGS.has(legacy)) {
      // A lead byte dropped without a mark leaves its trail alone (see legacy-lost-lead.ts).
      const restored = restoreDroppedLeads(token.bytes, legacy, LOST_BYTES, doubleByteJudge(legacy));
      if (restored !== undefined) return { after: restored, guess: true };
    }
    return IMPOSSIBLE.test(after) ? undefined : { after, guess: false };
  }
  return doubleByte ? fillDoubleByte(token, legacy) : fillSingleByte(token, legacy);
}

/** Each byte's character (one UTF-16 unit) under a single-byte encoding, by encoding; null where decoding is not byte by byte. */
const byteUnits = new Map<string, Uint16Array | null>();
/** Longer words are decoded as before (the units go to String.fromCharCode as arguments). */
const TABLE_DECODE_MAX_BYTES = 1024;

/**
 * `decodeBytes(bytes, legacy)` for a single-byte encoding, from a table of its 256
 * characters (speed only: each word of a line is decoded under every legacy encoding;
 * about twice as fast as the codec). The table is used only when decoding the 256 bytes
 * at once gives the same characters, one UTF-16 unit per byte, as decoding each alone.
 */
function decodeSingleBytes(bytes: Uint8Array, legacy: string): string {
  let table = byteUnits.get(legacy);
  if (table === undefined) {
    const each = Array.from({ length: 256 }, (_, b) => decodeBytes(Uint8Array.of(b), legacy));
    const all = decodeBytes(Uint8Array.from({ length: 256 }, (_, b) => b), legacy);
    table = each.every((c) => c.length === 1) && each.join("") === all ? Uint16Array.from(each, (c) => c.charCodeAt(0)) : null;
    byteUnits.set(legacy, table);
  }
  if (table === null || bytes.length > TABLE_DECODE_MAX_BYTES) return decodeBytes(bytes, legacy);
  const units = new Array<number>(bytes.length);
  for (let i = 0; i < bytes.length; i++) units[i] = table[bytes[i]!]!;
  return String.fromCharCode.apply(null, units);
}

/** A character a double-byte word's decoding must not hold (see EAST_ASIAN_TEXT): "∈" for 81 B8 is no 精 = 90 B8. */
const NOT_EAST_ASIAN = new RegExp(`[^${EAST_ASIAN_TEXT.source.slice(2, -3)}]`, "gu");

/**
 * Whether every "?" of a double-byte token may be a lost lead, not only those after an
 * upper-half letter: for Shift_JIS, whose leads the strict decoder loses, and only a
 * token that reads as Japanese with its "?" as they stand (random or Latin text with
 * question marks is not searched).
 */
function questionsMayBeLostLeads(token: Token, legacy: string): boolean {
  return token.questions.length > 0 && LOST_LEAD_ENCODINGS.has(legacy) && readsAsJapanese(decodeBytes(token.bytes, legacy));
}

/**
 * How a double-byte reading is judged: impossible characters and characters no East
 * Asian word holds first, then the letter pairs, kanji by frequency (see
 * legacy-lost-lead.ts), and the per-letter model (which knows common from rare hanzi)
 * to break ties.
 */
function doubleByteJudge(legacy: string): Judge {
  return (text) => [badCharacters(text), doubleByteCost(text, legacy)];
}

/** The first of a double-byte judgement: impossible characters and characters no East Asian word holds. */
const badCharacters = (text: string) => (text.match(ANY_IMPOSSIBLE)?.length ?? 0) + (text.match(NOT_EAST_ASIAN)?.length ?? 0);
/** The second, dear one (letter pairs, kanji frequency, per-letter tie-break): needed only among readings equally bad. */
const doubleByteCost = (text: string, legacy: string) => letterPairCost(text) + kanjiFrequencyBits(text, legacy) + textCost(text) * TIE_BREAK_WEIGHT;

/**
 * A single-byte legacy word with lost bytes: each lost byte becomes the one of the
 * five that gives a letter of the word's own script and makes the word read best
 * under its language's letter pairs ("÷îâåê �å" as Windows-1251: 9D, "ќе"; Slovak
 * "by�" as Windows-1250: 9D, "byť"). Where none gives such a letter (Windows-1251
 * offers only Cyrillic to a Latin word; KOI8-R only box drawing) the mark stays.
 */
function fillSingleByte(token: Token, legacy: string): TokenReading | undefined {
  const chars = [...decodeBytes(token.bytes, legacy)];
  if (chars.length !== token.bytes.length) return undefined;
  const lostAt = token.lost.map((offset) => offset - token.start);
  const isLost = new Set(lostAt);
  let group = -1;
  for (let i = 0; i < chars.length; i++) {
    if (isLost.has(i)) continue;
    if (IMPOSSIBLE.test(chars[i]!)) return undefined;
    const g = scriptGroup(charClass(chars[i]!.codePointAt(0)!));
    if (g >= 0 && group < 0) group = g;
  }
  const ofWord = (c: string) => /^[\p{L}\p{M}]$/u.test(c) && scriptGroup(charClass(c.codePointAt(0)!)) === group;
  // A lost letter stands among letters of its word, or at its edge ("by�,"): not beside a
  // symbol or another mark, as a lost UTF-8 continuation byte does ("ma�€�" for "ma…").
  const besideLetters = (i: number) => [chars[i - 1], chars[i + 1]].every((c) => c === undefined || ofWord(c) || /^[\s\p{P}]$/u.test(c));
  const options = lostAt.map((i, k) =>
    group < 0 || !besideLetters(i) || (token.marks[k] === "?" && !ofWord(chars[i + 1] ?? "")) || isLost.has(i - 1) || isLost.has(i + 1)
      ? []
      : LOST_BYTES.map((b) => decodeBytes(Uint8Array.of(b), legacy)).filter((c) => (JOINER.test(c) ? i > 0 && i < chars.length - 1 && ofWord(chars[i - 1]!) && ofWord(chars[i + 1]!) : ofWord(c))),
  );
  lostAt.forEach((i, k) => {
    chars[i] = token.marks[k]!;
  });
  const plain = chars.join("");
  if (options.every((o) => o.length === 0)) return { after: plain, guess: false };
  lostAt.forEach((i, k) => {
    chars[i] = options[k]![0] ?? token.marks[k]!;
  });
  for (let sweep = 0; sweep < FILL_SWEEPS; sweep++) {
    let moved = false;
    lostAt.forEach((i, k) => {
      if (options[k]!.length < 2) return;
      let best = chars[i]!;
      let bestCost = filledWordCost(chars.join(""));
      for (const option of options[k]!) {
        if (option === best) continue;
        chars[i] = option;
        const cost = filledWordCost(chars.join(""));
        if (cost[0] < bestCost[0] || (cost[0] === bestCost[0] && cost[1] < bestCost[1])) {
          bestCost = cost;
          best = option;
          moved = true;
        }
      }
      chars[i] = best;
    });
    if (!moved) break;
  }
  return { after: plain, guess: false, filled: chars.join("") };
}

/**
 * A word with a guessed letter, under its language's letter pairs, then (to break
 * ties, as the pairs do not see case) under the per-letter model: "ќе", not "Ќе". A
 * joiner is scored as the boundary it marks: Persian "بهره‌مند" is "بهره" and "مند".
 */
function filledWordCost(word: string): [number, number] {
  return [wordLetterPairCost(word.replace(JOINERS, " ")), textCost(word)];
}

/**
 * A double-byte legacy token with lost bytes: the byte lost may have been a lead or a
 * trail, so the token is read whole with each of the five in each place, keeping the
 * reading with the fewest impossible characters and then the cheapest under the
 * letter pairs (Shift_JIS "‚·‚×‚Ä�l‚Í" → "すべて人は": 90 before "l"). A "?" may also
 * stay. A token no choice makes readable is none of this encoding's.
 */
function fillDoubleByte(token: Token, legacy: string): TokenReading | undefined {
  const bytes = token.bytes.slice();
  // Every "?" may be a lost byte in a double-byte token: it stands for a lead whose
  // trail follows, after any character ("‹?—L" is 享有 with 9D lost), and may stay.
  const questions = questionsMayBeLostLeads(token, legacy) ? token.questions : [];
  const lostAt = [...new Set([...token.lost.map((offset) => offset - token.start), ...questions])].sort((a, b) => a - b);
  const options = lostAt.map((i) => (token.questions.includes(i) ? [...LOST_BYTES, LOST_PLACEHOLDER] : LOST_BYTES));
  // (A reading worse in bad characters loses whatever its cost: that is not worked out.)
  const judge = (worstKept: number): [number, number, string] => {
    const text = decodeBytes(bytes, legacy);
    const b = badCharacters(text);
    return [b, b > worstKept ? Infinity : doubleByteCost(text, legacy), text];
  };
  for (let k = 0; k < lostAt.length; k++) bytes[lostAt[k]!] = options[k]![0]!;
  let [bad, cost, text] = judge(Infinity);
  for (let sweep = 0; sweep < FILL_SWEEPS; sweep++) {
    let moved = false;
    lostAt.forEach((i, k) => {
      const kept = bytes[i]!;
      let best = kept;
      for (const option of options[k]!) {
        if (option === kept) continue;
        bytes[i] = option;
        const [b, c, t] = judge(bad);
        // (A frequent word over the stretch the choice changes counts too, FREQUENT_WORD_BITS either way: frequent-cjk-words.ts;
        // looked for only where it can turn the choice.)
        if (b < bad || (b === bad && (c + FREQUENT_WORD_BITS < cost || (c - FREQUENT_WORD_BITS < cost && c - frequentCjkWordAdvantage(t, text) < cost)))) {
          [bad, cost, text, best] = [b, c, t, option];
          moved = true;
        }
      }
      bytes[i] = best;
    });
    if (!moved) break;
  }
  if (bad > 0) return undefined;
  return { after: text, guess: lostAt.some((i) => bytes[i] !== LOST_PLACEHOLDER) };
}

/** Whether the legacy encoding reads the token otherwise than it stands: a changed byte, or a C1 control (Latin-1's reading of 80–9F) where it counts. */
function readsOtherwise(line: string, token: Token, changed: Uint8Array, doubleByte: boolean): boolean {
  if (token.lost.length > 0) return true;
  for (let i = 0; i < token.bytes.length; i++) {
    const b = token.bytes[i]!;
    if (b < 0x80) continue;
    if (changed[b]) return true;
    // A C1 control is Latin-1's view of 80–9F, which the legacy encoding shows as a letter
    // or punctuation — unless it continues a UTF-8 sequence: "â\u0080\u0098" is the UTF-8
    // of "‘" read as Latin-1 (the other mistake), and Windows-1254 would only give "â€˜".
    if (line.charCodeAt(token.start + i) <= 0x9f && (token.companion || doubleByte || !continuesUtf8(token.bytes, i))) return true;
  }
  return false;
}

/**
 * A screen: a line of legacy text read as Latin-1 has words made mostly of upper-half
 * characters ("Ïðèâåò"), symbols among letters ("³ódŸ"), several upper-half letters
 * in all ("Izglîtîbai ... nedrîkst"), or, when short, upper-half letters in two words;
 * a French line with one "é" needs no look.
 */
function worthALook(line: string, pieces: readonly Piece[]): boolean {
  let high = 0;
  let words = 0;
  let spread = 0;
  for (const piece of pieces) {
    if (piece.letters > 0) spread++;
    if (piece.high < 2) {
      high += piece.high;
      continue;
    }
    if (piece.high * 2 >= piece.end - piece.start || LATIN1_SYMBOL.test(line.slice(piece.start, piece.end))) return true;
    high += piece.high;
    words++;
  }
  return (words > 0 && high >= 3) || (line.length <= SHORT_LINE_CHARS && spread >= 2);
}

/**
 * The line under the per-language letter-pair model: whether "Izglîtîbai" or
 * "Izglītībai" is Latvian is a matter of which letters stand next to which.
 */
function letterPairCost(text: string): number {
  return bestLanguageCost(text, knownLanguagesForScriptOf(text)).bits;
}

/** Letter-pair costs of single words already judged: text repeats its words. */
const wordCosts = new Map<string, number>();

/** Quotes round a word: what they cost depends on whether a language's training text happened to use them. */
const EDGE_QUOTES = /^[\u2018-\u201f\u00ab\u00bb\u2039\u203a"']+|[\u2018-\u201f\u00ab\u00bb\u2039\u203a"']+$/g;
/** Whether a UTF-16 unit is one of those quotes: a word that neither starts nor ends with one has none to take off. */
const isEdgeQuote = (unit: number): boolean => (unit >= 0x2018 && unit <= 0x201f) || unit === 0xab || unit === 0xbb || unit === 0x2039 || unit === 0x203a || unit === 0x22 || unit === 0x27;

/**
 * A word under the language whose letter pairs suit it best ("maður" is Icelandic,
 * "Ka¿dy" nothing), without the quotes round it: they cost more than the letters
 * between them and would drown one changed letter ("‘plaèila’" → "‘plačila’").
 */
function wordLetterPairCost(token: string): number {
  const word = wordWithoutQuotes(token);
  let cost = wordCosts.get(word);
  if (cost === undefined) {
    cost = letterPairCost(word);
    if (wordCosts.size >= WORD_CACHE_SIZE) wordCosts.clear();
    wordCosts.set(ownCopy(word), cost);
  }
  return cost;
}

/** The word wordLetterPairCost scores: `token` without the quotes round it (itself when that leaves nothing). */
function wordWithoutQuotes(token: string): string {
  const bare = isEdgeQuote(token.charCodeAt(0)) || isEdgeQuote(token.charCodeAt(token.length - 1)) ? token.replace(EDGE_QUOTES, "") : token;
  return bare === "" ? token : bare;
}

/** What a legacy encoding makes of a word with no lost byte: its reading, and the gain or companion flag it is judged by. */
interface WordVerdict {
  after: string;
  gain: number;
  companion: boolean;
}

/** Verdicts already reached, by encoding and word (null: the word is not read otherwise). */
const wordVerdicts = new Map<string, Map<string, WordVerdict | null>>();

/**
 * A word's verdict under `legacy` (a token with no lost byte, so everything below
 * depends on the word alone): undefined when the reading changes nothing or is none
 * of this encoding's, else its reading — a companion's to go with the line's words,
 * or a word's with the bits it gains on its own.
 */
function wordVerdict(line: string, token: Token, legacy: string, changed: Uint8Array, doubleByte: boolean): WordVerdict | undefined {
  let known = wordVerdicts.get(legacy);
  if (!known) wordVerdicts.set(legacy, (known = new Map()));
  const before = (token.text ??= line.slice(token.start, token.end));
  const knownVerdict = known.get(before);
  if (knownVerdict !== undefined) return knownVerdict ?? undefined;
  const verdict = judgeWord(line, token, before, legacy, changed, doubleByte);
  if (known.size >= WORD_CACHE_SIZE) known.clear();
  known.set(ownCopy(before), verdict ?? null);
  return verdict;
}

function judgeWord(line: string, token: Token, before: string, legacy: string, changed: Uint8Array, doubleByte: boolean): WordVerdict | undefined {
  if (!readsOtherwise(line, token, changed, doubleByte)) return undefined;
  const reading = readToken(token, legacy, doubleByte);
  if (!reading) return undefined;
  const { after } = reading;
  if (after === before) return undefined;
  // (The text's own punctuation, alone or glued to a Latin term, "wireless¡¢WLAN" → "wireless、WLAN": cjk-text-with-latin-terms.ts.)
  if (doubleByte && isCjkPunctuationAmongAscii(after)) return { after, gain: 0, companion: true };
  if (readingRefused(before, after, doubleByte)) return undefined;
  // A companion must become a letter (or a letter-like mark) of the legacy text, unless
  // it was a C1 control (Latin-1's reading of a dash or quote: "\u0097" → "—"); a
  // double-byte one is a single CJK character ("ÀÏ" → "일"), too short to judge alone.
  if (doubleByte ? cjkCount(after) === 1 : token.companion) {
    if (letterCount(after) === 0 && !C1_CONTROL.test(before)) return undefined;
    return { after, gain: 0, companion: true };
  }
  return { after, gain: wordGain(before, after, legacy), companion: false };
}

/**
 * Whether a word's legacy reading is refused outright: double-byte, when it is no East
 * Asian text of common characters (or a Latin word re-read, or a row of accented
 * capitals); single-byte, when it has fewer letters than the word.
 */
function readingRefused(before: string, after: string, doubleByte: boolean): boolean {
  return doubleByte ? !EAST_ASIAN_TEXT.test(after) || cjkCount(after) === 0 || mostlyRare(after) || CJK_IN_LATIN_WORD.test(after) || accentedCapitalsOnly(before, after) : letterCount(after) < letterCount(before);
}

/** Gains of words already judged, by word and reading: text repeats its words. */
const wordGains = new Map<string, number>();
/** Entries per cache before it starts again (wordVerdicts: per encoding; each repair thread holds its own; 100,000 held ~10 MB for the same speed). */
const WORD_CACHE_SIZE = 20_000;

/** Bits gained by reading `before` as `after`, judged on the word alone (so it can be remembered). */
function wordGain(before: string, after: string, legacy: string): number {
  // By both words, not by encoding: the gain depends on them alone, and Latin-script
  // legacies often agree on a word ("très" → "trčs" in Windows-1250 and 1257 alike).
  const key = `${before}\u0000${after}`;
  let gain = wordGains.get(key);
  if (gain === undefined) {
    gain = wholeTextGain(before, after);
    if (wordGains.size >= WORD_CACHE_SIZE) wordGains.clear();
    wordGains.set(ownCopy(key), gain);
  }
  return gain;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/** A double-byte word decodes to at least two CJK characters ("°C" is not one Hangul syllable). */
function cjkCount(text: string): number {
  return text.match(CJK)?.length ?? 0;
}

/**
 * Whether more than half the CJK characters of a double-byte decoding are outside the
 * frequent levels: real text keeps to them (GB2312 level 1 alone covers 99.7% of
 * running Chinese), while UTF-8 read as Latin-1 and then as GBK lands on the rare
 * ones ("芒聙聵" for a curly quote), which is the other mistake, not this one.
 */
const HAN_OR_HANGUL = /[\p{Script=Han}\p{Script=Hangul}]/gu;

/**
 * CJK characters inside a Latin word, Latin letters on both sides, or a lone Latin
 * letter between them: what Latin words re-read as GBK look like ("inf脙垄ncia" from
 * "infÃ¢ncia", "t脙陋m", "挢W萊" from "ÞØWÈR"), not East Asian text — which glues
 * Latin words to its own on one side ("按 CtrlS打开", "USB接口").
 */
const CJK_IN_LATIN_WORD = /[A-Za-z][\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]+[A-Za-z]|[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}][A-Za-z][\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;

function mostlyRare(text: string): boolean {
  let cjk = 0;
  let rare = 0;
  for (const ch of text.match(HAN_OR_HANGUL) ?? []) {
    cjk++;
    if (!isCommonCjk(ch.codePointAt(0)!)) rare++;
  }
  return rare * 2 > cjk;
}

/**
 * Whether at least half the letters of a line are East Asian: a double-byte reading
 * makes a Chinese, Japanese or Korean line, not a few hanzi among Latin words
 * ("direito 脙聽 – liberdade" is "à" read as GBK, the other mistake).
 */
function mostlyEastAsian(text: string): boolean {
  return cjkCount(text) * 2 >= letterCount(text);
}

const LETTER = /[\p{L}\p{M}]/gu;

/** Letters and marks: a single-byte legacy word keeps (at least) its letters as letters ("ódy" is not "๓dy"). */
function letterCount(text: string): number {
  return text.match(LETTER)?.length ?? 0;
}

/** One legacy reading of a line: its repairs (gains shared out by word) and what the line then costs. */
interface Reading {
  repairs: Repair[];
  repairedCost: number;
  /** A Latin-script legacy encoding's reading. */
  latin: boolean;
}

/**
 * Reverse damage is whole-document: for each legacy encoding, the line is judged as
 * a whole (its words share a language), and single words whose repair reads worse,
 * alone and within the repaired line, are vetoed. Returns one reading per legacy
 * encoding that helps.
 */
function legacyReadings(line: string): Reading[] {
  if (!HIGH_LATIN1.test(line)) return [];
  const pieces = latin1Pieces(line);
  if (pieces.length === 0) return [];
  const latinSuspect = LATIN_LEGACY_SIGN_CHARACTER.test(line) && LATIN_LEGACY_SIGN.test(line);
  // A line the screen passes over may still be Central European, Turkish or Baltic text
  // with one changed letter in a word or two ("do praviènih in zadovoljivih"): only the
  // Latin-script legacies look at it, and only their words' letter pairs can speak for it.
  const quiet = !latinSuspect && !worthALook(line, pieces);
  const tokens = tokensOf(line, pieces);
  // The rest of the line, which no reading changes: it must be writable in the legacy encoding.
  let outside = "";
  let cursor = 0;
  for (const token of tokens) {
    outside += line.slice(cursor, token.start);
    cursor = token.end;
  }
  outside += line.slice(cursor);
  let lineCost: number | undefined;
  let lineUnigramCost: number | undefined = quiet ? undefined : textCost(line);
  // A line that already reads like Latin-script text can only be a Latin-script legacy
  // file (Central European, Turkish, Baltic) read as Windows-1252: Cyrillic, Greek,
  // Hebrew or CJK read that way is far less plausible than this. (Judged without the
  // letters of other scripts: those are correct text beside the junk, "Свако, êàî ÷ëàí"
  // is Serbian whose broken words are Cyrillic read as Windows-1252.)
  const latinPart = withoutLetters(line, OTHER_SCRIPT_LETTER_UNITS, OTHER_SCRIPT_LETTER);
  const lineReadsLikeText = quiet || (latinPart.length === line.length ? lineUnigramCost! : textCost(latinPart)) / [...latinPart].length < READS_LIKE_TEXT_BITS;
  // (Unless only its ASCII words make it read so: legacy words beside English terms, legacy-words-beside-terms.ts.)
  const besideEnglishTerms = lineReadsLikeText && !quiet && legacyWordsBesideEnglishTerms(tokens.filter((t) => !t.wholeUtf8).map((t) => ({ text: line.slice(t.start, t.end), letters: t.letters })), READS_LIKE_TEXT_BITS);
  const readsLikeText = lineReadsLikeText && !besideEnglishTerms;
  // Such a line, which reads like text as a whole, needs more than a word or two read
  // otherwise: "Буквы ÄÖÜ и äöü" is Russian naming German letters, not "ДЦЬ и дць".
  const besideOtherScript = !readsLikeText && latinPart.length !== line.length && lineUnigramCost! / [...line].length < READS_LIKE_TEXT_BITS;
  const readings: Reading[] = [];
  for (const legacy of readsLikeText ? LATIN_SCRIPT_LEGACY : LEGACY_ENCODINGS) {
    const doubleByte = DOUBLE_BYTE_LEGACY.has(legacy);
    if (!mayReadOtherwiseIn(line, legacy, doubleByte) || !encodableIn(outside, legacy)) continue;
    const encodingPair = { encoding: legacy, readAs: READ_AS };
    const repairs: Repair[] = [];
    const vetoed: Repair[] = [];
    // Lost bytes guessed, by token start, and words that only the guesses change ("a�" → "ať").
    const fills = new Map<number, string>();
    const fillOnly: Repair[] = [];
    const changed = bytesChangedBy(legacy, DOUBLE_BYTE_LEGACY.has(legacy));
    for (const token of tokens) {
      if (token.wholeUtf8) continue;
      if (token.lost.length === 0) {
        // A word with no lost byte is judged on its own, and words repeat: its verdict is remembered.
        const verdict = wordVerdict(line, token, legacy, changed, doubleByte);
        if (verdict === undefined) continue;
        const { after, gain, companion } = verdict;
        if (companion) repairs.push({ start: token.start, end: token.end, after, gain: 0, guess: false, encodingPair });
        else (gain > -WORD_VETO_BITS ? repairs : vetoed).push({ start: token.start, end: token.end, after, gain, guess: false, encodingPair });
        continue;
      }
      if (!readsOtherwise(line, token, changed, doubleByte)) continue;
      const reading = readToken(token, legacy, doubleByte);
      if (!reading) continue;
      const { after, guess, filled } = reading;
      const before = line.slice(token.start, token.end);
      if (filled !== undefined && after === before) fillOnly.push({ start: token.start, end: token.end, after: filled, gain: 0, guess: true, encodingPair });
      else if (filled !== undefined) fills.set(token.start, filled);
      if (after === before) continue;
      if (doubleByte && isCjkPunctuationAmongAscii(after)) {
        repairs.push({ start: token.start, end: token.end, after, gain: 0, guess, encodingPair });
        continue;
      }
      if (readingRefused(before, after, doubleByte)) continue;
      // A companion must become a letter (or a letter-like mark) of the legacy text, unless
      // it was a C1 control (Latin-1's reading of a dash or quote: "\u0097" → "—"); a
      // double-byte one is a single CJK character ("ÀÏ" → "일"), too short to judge alone.
      if (doubleByte ? cjkCount(after) === 1 : token.companion) {
        if (letterCount(after) === 0 && !C1_CONTROL.test(before)) continue;
        repairs.push({ start: token.start, end: token.end, after, gain: 0, guess, encodingPair });
        continue;
      }
      const gain = wordGain(before, after, legacy);
      const repair = { start: token.start, end: token.end, after, gain, guess, encodingPair };
      (gain > -WORD_VETO_BITS ? repairs : vetoed).push(repair);
    }
    // At least one word of two or more upper-half characters must read better on its own —
    // or, for a Latin-script legacy (whose words read alike letter by letter), the line
    // and then its words by their letter pairs (below).
    const latinLegacy = LATIN_SCRIPT_LEGACY.includes(legacy);
    if (!latinLegacy && !repairs.some((r) => r.gain > 0 && (line.slice(r.start, r.end).match(HIGH_LATIN1_ALL)?.length ?? 0) >= 2)) continue;
    if (besideOtherScript && !latinLegacy && letterCount(repairs.map((r) => r.after).join("")) < READS_AS_LANGUAGE_MIN_LETTERS) continue;
    // Beside English terms, a reading in another script must give words that speak for it (legacy-words-beside-terms.ts).
    // (Asked once per reading: weighing the line without the terms, below, asks it too.)
    let wordsSpeak: boolean | undefined;
    const speaks = () => (wordsSpeak ??= wordsSpeakBesideTerms(repairs.map((r) => r.after)));
    if (besideEnglishTerms && !latinLegacy && !speaks()) continue;
    // Beside correct letters of other scripts, the words read otherwise must themselves read
    // as a language: "ÄÖÜ äöüß" named in a Greek or Russian sentence is no "ΔΦά δφόί".
    if (latinPart.length !== line.length && ALPHABET_LEGACY.has(legacy) && !changedWordsReadAsALanguage(repairs)) continue;
    // (The rest of the line is writable in the legacy encoding: asked before its words, above.)
    // Rows of accented letters are text about letters: "áàâ éèê íìî" is no "бав йик нмо" (letter-rows.ts).
    if (rowsOfLetterVariants(repairs.map((r) => line.slice(r.start, r.end)))) continue;
    // Latin read as Latin: a word the per-letter model would veto may be the line's own
    // ("dostluðu" → Turkish "dostluğu" reads worse letter by letter, far better pair by pair).
    if (latinLegacy && vetoed.length > 0) takeBackWordsTheirPairsSupport(line, repairs, vetoed);
    // The letter-pair model is dear: only a reading the per-letter model does not
    // already rule out gets it — or, for a Latin-script legacy, one whose changed words
    // read far better pair by pair ("praviènih" → "pravičnih", one letter: the per-letter
    // model hardly sees it). The cheap gates go first (the words' letter pairs are
    // remembered, the line's per-letter cost is not); the verdict is the same.
    const perLetterGate = latinLegacy && !latinSuspect ? LATIN_UNIGRAM_GATE_BITS : -UNIGRAM_GATE_BITS;
    // Nothing changed: the line's per-letter gain is 0, which passes only a negative gate.
    if (repairs.length === 0 && (quiet || perLetterGate > 0)) continue;
    // (Before the letter pairs: a verdict remembered by the changed words, and a gate of its own.)
    // (Or a line of one language's everyday words speaks for a Latin-script reading: legacy-everyday-words.ts.)
    let everydayWords: boolean | undefined;
    const everyday = () => (everydayWords ??= latinLegacy && everydayWordsSpeakForReading(line, repairs, legacy));
    if (latinLegacy && !changedWordsGain(line, repairs, legacy) && !everyday()) continue;
    const pairsSpeak = latinLegacy && (changedWordsReadBetterInPairs(line, repairs) || everyday());
    // A quiet line has no per-letter say: its words' letter pairs must speak for it.
    if (quiet && !pairsSpeak) continue;
    if (!repairs.some((r) => LEGACY_WORD.test((line[r.start - 1] ?? "") + r.after + (line[r.end] ?? ""))) && !everyday()) continue;
    const repaired = applyRepairs(line, repairs);
    if (!pairsSpeak && (quiet || (lineUnigramCost ??= textCost(line)) - textCost(repaired) < perLetterGate)) continue;
    // Quotes and dashes round the words are no letters of the reading: a language whose training text seldom
    // wrote "‘" prices "Ka¿dy ‘ma’ ‘prawo’" past the limit below, "Ka¿dy “ma” “prawo”" not. They are left out of it.
    const quoted = QUOTE_OR_DASH.test(line);
    // (A reading surely past the limit below is dropped before it is scored in full: legacy-reading-limit.ts.)
    // (Nor are the Latin words a reading of another script leaves as they stand: latin-words-beside-reading.ts.)
    const fullReading = fills.size === 0 && fillOnly.length === 0 ? repaired : applyRepairs(line, withLostBytes(repairs, fills, fillOnly));
    const judged = latinLegacy ? fullReading : withoutLatinWords(fullReading);
    // (Judged with the Latin words: a few hanzi among them are the other mistake, "Thank you 發鏝發鏝" is "❤️❤️".)
    // (Or, at length, without them: English terms in a Chinese line, cjk-text-with-latin-terms.ts.)
    // (Or, shorter, without them when they are common CJK characters: legacy-words-beside-terms.ts.)
    const commonCjkBesideTerms = doubleByte && judged !== fullReading && commonCjkText(judged);
    if (doubleByte && !mostlyEastAsian(repaired) && !(cjkCount(repaired) >= CJK_TEXT_AT_LENGTH && mostlyEastAsian(judged)) && !commonCjkBesideTerms) continue;
    // (Their frequent words speak for them: no letter-pair bound, which the declaration's hanzi pairs set too low for technical words.)
    const limit = commonCjkBesideTerms ? Infinity : doubleByte ? READS_AS_LANGUAGE_MAX_BITS_CJK : READS_AS_LANGUAGE_MAX_BITS;
    if (!quoted && vetoed.length === 0 && letterCount(repaired) >= READS_AS_LANGUAGE_MIN_LETTERS) {
      if (judged === fullReading ? surelyCostsMoreThan(fullReading, limit * [...repaired].length) : surelyCostsMoreThan(judged, limit * [...judged].length)) continue;
    }
    lineCost ??= letterPairCost(line);
    let repairedCost = letterPairCost(repaired);
    if (vetoed.length > 0) repairedCost = keepWordsTheLineSupports(line, repairs, vetoed, repairedCost);
    if (letterCount(repaired) >= READS_AS_LANGUAGE_MIN_LETTERS) {
      const perCharacter =
        judged !== fullReading
          ? (quoted ? quotedReadingCostPerCharacter(judged) : letterPairCost(judged) / Math.max(1, [...judged].length))
          : quoted
            ? quotedReadingCostPerCharacter(fullReading)
            : readingCostWithLostBytes(line, repairs, fills, fillOnly, repairedCost) / [...repaired].length;
      if (perCharacter > limit) continue;
    }
    // Beside English terms the reading leaves as they stand ("URL WebDAV ×ÙÇÌÑÄÉÔ ÔÁË:"), the line may also be weighed
    // without them: the line's best Latin language prices the terms as its own words, the reading's language as junk,
    // and they are the same on both sides. Only when no changed word has an ASCII letter, and the changed words
    // speak for the reading (legacy-words-beside-terms.ts).
    let lineGain = lineCost - repairedCost - MOJIBAKE_PRIOR_BITS;
    if (lineGain <= 0 && judged !== fullReading && !latinLegacy && vetoed.length === 0 && repairs.every((r) => !ASCII_LETTER.test(line.slice(r.start, r.end))) && speaks()) {
      lineGain = letterPairCost(withoutLatinWords(line)) - letterPairCost(judged) - MOJIBAKE_PRIOR_BITS;
    }
    if (lineGain <= 0) continue;
    if (!latinLegacy && shortReadingSaysTooLittle(repaired, lineGain)) continue;
    if (quiet && !quietLineSpeaksForItself(line, repairs, changed, lineGain) && !everyday()) continue;
    if (latinLegacy && oneCharacterOverAndOver(line, repairs, changed) && !everyday()) continue;
    if (latinLegacy) {
      // Latin read as Latin: the per-letter word gains say little ("Ka¿dy" and "Każdy"
      // cost alike letter by letter), so each word is judged by its letter pairs, under
      // whichever language suits it best — and the words together must gain.
      const judged = repairs.map((r) => ({ ...r, gain: r.gain === 0 && r.after.length === 1 ? 0 : wordLetterPairCost(line.slice(r.start, r.end)) - wordLetterPairCost(r.after) }));
      if (judged.reduce((sum, r) => sum + r.gain, 0) <= LATIN_WORDS_MIN_GAIN_BITS) continue;
      // A short line whose reading only swaps letters needs evidence beyond its letter pairs (latin-legacy-gate.ts).
      if (!latinReadingHasEvidence(line, repairs, legacy) && !everyday()) continue;
      readings.push({ repairs: withDroppedBytes(line, withLostBytes(shareOut(judged, lineGain), fills, fillOnly), legacy), repairedCost, latin: true });
      continue;
    }
    readings.push({ repairs: withDroppedBytes(line, withLostBytes(shareOut(repairs, lineGain), fills, fillOnly), legacy), repairedCost, latin: false });
  }
  // Latin-script readings of one line differ in a few letters ("być" from Windows-1250,
  // "byę" from 1257): their letter pairs settle it here, and only the best goes on (the
  // rounds would weigh them letter by letter, which cannot tell them apart).
  const latin = readings.filter((r) => r.latin);
  if (latin.length < 2) return readings;
  const best = latin.reduce((a, b) => (b.repairedCost < a.repairedCost ? b : a));
  return readings.filter((r) => !r.latin || r === best);
}

/**
 * Gain per letter a reading of a short line (under READS_AS_LANGUAGE_MIN_LETTERS
 * letters: a word or two, a row of letters) must show. Real words gain 7.5–10.5 bits a
 * letter ("Ïðèâåò" → "Привет", "Ìîñêâà" → "Москва", "ÊáëçìÝñá" → "Καλημέρα"); rows of
 * clean accented letters read as Cyrillic, Greek or Hebrew gain 1–6 ("âêîôû" →
 * "вкофы", "ÀÉÎÕÜ" → "юинуэ", "äöüß" → "δφόί", "àèìòù" → "אטלעש"). Too short for the
 * letter pairs to tell, such a line is left alone; a short Hebrew word ("ùìåí",
 * 4.6 a letter) is left with them.
 */
const SHORT_READING_MIN_BITS_PER_LETTER = 6;
/** Fewer letters than this say nothing of a language at all ("ãõñ" reads as Greek "γυρ", 7 bits a letter). */
const SHORT_READING_MIN_LETTERS = 4;

function shortReadingSaysTooLittle(repaired: string, lineGain: number): boolean {
  const letters = letterCount(repaired);
  return letters < READS_AS_LANGUAGE_MIN_LETTERS && (letters < SHORT_READING_MIN_LETTERS || lineGain < SHORT_READING_MIN_BITS_PER_LETTER * letters);
}

/**
 * What a repaired line costs with its lost bytes guessed in, for the reads-as-a-language
 * limit only: each mark left for a lost byte costs some 40 bits, and two in a short
 * Persian line ("و �ÑæÑÔ ÈåÑå�ãäÏ") would push it over the limit, whatever the words.
 * The gain is still judged with the marks on both sides (see TokenReading.filled).
 */
const QUOTE_OR_DASH = new RegExp(QUOTES_AND_DASHES.source);

/** A reading's letter-pair cost per character, its quotes and dashes left out (see legacyReadings). */
function quotedReadingCostPerCharacter(read: string): number {
  const bare = read.replace(QUOTES_AND_DASHES, "");
  return letterPairCost(bare) / Math.max(1, [...bare].length);
}

function readingCostWithLostBytes(line: string, repairs: readonly Repair[], fills: ReadonlyMap<number, string>, fillOnly: readonly Repair[], repairedCost: number): number {
  if (fills.size === 0 && fillOnly.length === 0) return repairedCost;
  return letterPairCost(applyRepairs(line, withLostBytes(repairs, fills, fillOnly)));
}

/**
 * A reading's repairs with the lost bytes of its words guessed in (marked as guesses),
 * and the words only those guesses change: Slovak "by�" beside "Rodièia" → "byť".
 */
function withLostBytes(repairs: readonly Repair[], fills: ReadonlyMap<number, string>, fillOnly: readonly Repair[]): Repair[] {
  if (fills.size === 0 && fillOnly.length === 0) return [...repairs];
  const filled = repairs.map((r) => {
    const after = fills.get(r.start);
    return after === undefined ? r : { ...r, after, guess: true };
  });
  return [...filled, ...fillOnly].sort((a, b) => a.start - b.start);
}

/**
 * A reading's words with a byte the strict decoder dropped without a mark put back
 * where their letter trigrams call for it (see legacy-dropped-byte.ts), and a "?" it
 * left for a lost letter at a word's end or inside it given its letter ("by? nútený"
 * → "byť nútený"), as guesses: Serbian "меународни" → "међународни". Single-byte
 * encodings only.
 */
function withDroppedBytes(line: string, repairs: Repair[], legacy: string): Repair[] {
  if (DOUBLE_BYTE_LEGACY.has(legacy) || repairs.length === 0) return repairs;
  // The languages are told from the reading's words (cheaper than the whole line, and they carry its language).
  const languages = languagesTheLineMayBeIn(repairs.map((r) => r.after).join(" "));
  // (A letter at a word's end is judged under the language of the whole line as read, told once and only when asked: dropped-letter-word-end.ts.)
  let language: string | undefined | null = null;
  const lineLanguage = () => {
    if (language === null) {
      const read = applyRepairs(line, repairs);
      language = languageOfMostFrequentWords(read, languagesTheLineMayBeIn(read));
    }
    return language;
  };
  const out = repairs.map((r) => {
    const restored = restoreInOwnLanguage(r.after, legacy, languages, lineLanguage) ?? frequentWordWithDroppedLetter(r.after, legacy, languages, LOST_BYTES, lineLanguage);
    return restored === undefined ? r : { ...r, after: restored, guess: true };
  });
  // Words the trigrams cannot judge, made frequent words by a dropped letter (dropped-byte-frequent-word.ts).
  const untouched = untouchedWordsWithDroppedLetters(line, repairs, legacy, languages, LOST_BYTES, lineLanguage);
  if (untouched.length > 0) out.push(...untouched), out.sort((a, b) => a.start - b.start);
  if (!line.includes("?")) return out;
  const encodingPair = repairs[0]!.encodingPair;
  for (const q of questionMarksForLostLetters(line)) {
    const inside = out.findIndex((r) => r.start <= q && q < r.end);
    if (inside >= 0) {
      const r = out[inside]!;
      if (r.after.length !== r.end - r.start || r.after[q - r.start] !== "?") continue;
      const after = fillLostLetter(r.after, q - r.start, legacy, languages, LOST_BYTES, true);
      if (after !== undefined) out[inside] = { ...r, after, guess: true };
      continue;
    }
    let start = q;
    let end = q + 1;
    while (start > 0 && !isAsciiSpace(line.charCodeAt(start - 1))) start--;
    while (end < line.length && !isAsciiSpace(line.charCodeAt(end))) end++;
    if (out.some((r) => r.start < end && start < r.end)) continue;
    const after = fillLostLetter(line.slice(start, end), q - start, legacy, languages, LOST_BYTES, true);
    if (after !== undefined) out.push({ start, end, after, gain: 0, guess: true, encodingPair });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * A dropped letter put back as the line's own language has it, when its frequent words
 * tell the language: Serbian "батерији" is whole, though Macedonian's trigrams would
 * have a "ќ" in it ("батеријќи"). (Asked again only when some language has a letter to
 * put back: the line's language is dearer to tell than the trigrams.)
 */
function restoreInOwnLanguage(word: string, legacy: string, languages: readonly string[], lineLanguage: () => string | undefined): string | undefined {
  const restored = restoreDroppedLetter(word, legacy, languages, LOST_BYTES);
  if (restored === undefined || languages.length < 2) return restored;
  const own = lineLanguage();
  return own !== undefined && languages.includes(own) ? restoreDroppedLetter(word, legacy, [own], LOST_BYTES) : restored;
}

/**
 * A Central European line that no legacy reading changes but for a U+FFFD inside a
 * word ("‘Vzdelanie má’ smerova� k plnému rozvoju"), or a "?" where a question does
 * not end (see questionMarksForLostLetters: "vstúpi? za"): its other upper-half letters
 * came through (a UTF-8 decoder would have left U+FFFD for "á" and "é" too), so the
 * mark is a byte a strict Windows-1252 decoder lost, and a Latin-script legacy may
 * have a letter there (Windows-1250: ť Ť Ź). The letter goes in where the word
 * then reads at most QUESTION_FILL_MAX_LOSS_BITS worse than without it under the
 * line's letter trigrams (French "caf�" would lose far more as "cafť"), and the line
 * gains under its letter pairs. One option per legacy encoding that fills a mark.
 */
function lostLettersOfAQuietLine(line: string): Repair[][] {
  const marks: number[] = [];
  for (let q = line.indexOf("\ufffd"); q >= 0; q = line.indexOf("\ufffd", q + 1)) if (q > 0 && LETTER_ONLY.test(line[q - 1]!)) marks.push(q);
  if (line.includes("?")) marks.push(...questionMarksForLostLetters(line));
  if (marks.length === 0) return [];
  // A line that is correct but for its marks reads like text letter by letter.
  if (textCost(line) / [...line].length >= READS_LIKE_TEXT_BITS) return [];
  const options: Repair[][] = [];
  let languages: string[] | undefined;
  for (const legacy of LATIN_SCRIPT_LEGACY) {
    if (!encodableIn(line, legacy)) continue;
    const repairs: Repair[] = [];
    for (const q of marks) {
      let start = q;
      let end = q + 1;
      while (start > 0 && !isAsciiSpace(line.charCodeAt(start - 1))) start--;
      while (end < line.length && !isAsciiSpace(line.charCodeAt(end))) end++;
      if (repairs.some((r) => r.start === start)) continue;
      languages ??= languagesTheLineMayBeIn(line);
      const after = fillLostLetter(line.slice(start, end), q - start, legacy, languages, LOST_BYTES);
      if (after !== undefined && !after.includes("\ufffd")) repairs.push({ start, end, after, gain: 0, guess: true, encodingPair: { encoding: legacy, readAs: READ_AS } });
    }
    if (repairs.length === 0) continue;
    const gain = letterPairCost(line) - letterPairCost(applyRepairs(line, repairs)) - MOJIBAKE_PRIOR_BITS;
    if (gain > 0) options.push(repairs.map((r) => ({ ...r, gain: gain / repairs.length })));
  }
  return options;
}

/**
 * Offsets of the "?" of a line that may stand for a lost letter rather than end a
 * question: after a letter, before a space and a lower-case letter ("by? nútený"),
 * between two lower-case letters ("zais?ovala"), or before punctuation that never
 * follows a question mark ("spoločnos?." for "spoločnosť.").
 */
function questionMarksForLostLetters(line: string): number[] {
  const found: number[] = [];
  for (let q = line.indexOf("?"); q > 0; q = line.indexOf("?", q + 1)) {
    if (!LETTER_ONLY.test(line[q - 1]!)) continue;
    const next = line[q + 1] ?? "";
    if ((next === " " && LOWER_CASE.test(line[q + 2] ?? "")) || (LOWER_CASE.test(next) && LOWER_CASE.test(line[q - 1]!)) || NOT_AFTER_A_QUESTION.test(next)) found.push(q);
  }
  return found;
}

/**
 * A line's language is not always the best under its letter pairs: a short Serbian
 * line reads 8 bits better as Macedonian. Languages this close to the best are kept.
 */
const NEAR_LANGUAGE_BITS = 20;

/** The languages (of the line's script) whose letter pairs read `text` within NEAR_LANGUAGE_BITS of the best, the best first. */
function languagesTheLineMayBeIn(text: string): string[] {
  const costs = knownLanguagesForScriptOf(text)
    .map((language) => ({ language, bits: languageTextCost(text, language) }))
    .filter((c): c is { language: string; bits: number } => c.bits !== undefined);
  const best = Math.min(...costs.map((c) => c.bits));
  return costs.filter((c) => c.bits - best <= NEAR_LANGUAGE_BITS).sort((a, b) => a.bits - b.bits).map((c) => c.language);
}

/**
 * Share a line's gain out by word, so rounds compare mistakes fairly. A line none of
 * whose words reads better on its own gains nothing ("til að láta" → "til aš lįta":
 * the Lithuanian beside it makes the line read better, not the words).
 */
function shareOut(repairs: readonly Repair[], lineGain: number): Repair[] {
  const total = repairs.reduce((sum, r) => sum + Math.max(r.gain, 0), 0);
  return repairs.map((r) => ({ ...r, gain: total > 0 ? (lineGain * Math.max(r.gain, 0)) / total : 0 }));
}

/**
 * A word vetoed on its own is taken back when the repaired line reads better, letter
 * pair by letter pair, with it repaired too: a one-letter word ("Ç" → Greek "Η",
 * "æ" → Thai "ๆ") or a word that looks Latin alone ("péèi" → Czech "péči") belongs to
 * its line. Only a word whose letters then keep to one script: "café" on a line of
 * Windows-1251 mojibake stays "café", never "cafй". Adds to `repairs` (kept in
 * order) and returns the line's cost with them.
 */
function keepWordsTheLineSupports(line: string, repairs: Repair[], vetoed: readonly Repair[], repairedCost: number): number {
  let cost = repairedCost;
  for (const word of vetoed) {
    if (!oneScript(word.after)) continue;
    const trial = [...repairs, word].sort((a, b) => a.start - b.start);
    const trialCost = letterPairCost(applyRepairs(line, trial));
    if (trialCost >= cost) continue;
    cost = trialCost;
    repairs.splice(0, repairs.length, ...trial);
  }
  return cost;
}

/** Whether the letters of `text` are all of one script group (see char-class.ts). */
function oneScript(text: string): boolean {
  let group = -1;
  for (const ch of text) {
    const g = scriptGroup(charClass(ch.codePointAt(0)!));
    if (g < 0) continue;
    if (group >= 0 && g !== group) return false;
    group = g;
  }
  return true;
}

/** Bits a changed word gains under the letter pairs of whichever language suits each reading best. */
function wordPairGain(line: string, repair: Repair): number {
  return wordLetterPairCost(line.slice(repair.start, repair.end)) - wordLetterPairCost(repair.after);
}

/**
 * Words of a Latin-script reading vetoed letter by letter, taken back when their letter
 * pairs speak for them: Turkish "dostluðu" → "dostluğu" (ğ is a rarer letter than ð,
 * but "uğu" is Turkish and "uðu" nothing). Adds to `repairs`, kept in order.
 */
function takeBackWordsTheirPairsSupport(line: string, repairs: Repair[], vetoed: Repair[]): void {
  const supported = vetoed.filter((r) => lettersForLetters(line, r) && wordPairGain(line, r) > 0);
  if (supported.length === 0) return;
  repairs.push(...supported);
  repairs.sort((a, b) => a.start - b.start);
  vetoed.splice(0, vetoed.length, ...vetoed.filter((r) => !supported.includes(r)));
}

/**
 * Whether the changed words of a Latin-script reading read better, letter pair by
 * letter pair, by at least LATIN_PAIR_EVIDENCE_BITS together: "praviènih" → "pravičnih"
 * (one letter, which the per-letter model hardly sees) gains 17 bits; French "très"
 * → "trčs" or Danish "søster" → "sřster" lose.
 */
function changedWordsReadBetterInPairs(line: string, repairs: readonly Repair[]): boolean {
  let total = 0;
  for (const r of repairs) if (!(r.gain === 0 && r.after.length === 1) && lettersForLetters(line, r)) total += wordPairGain(line, r);
  return total >= LATIN_PAIR_EVIDENCE_BITS;
}

/**
 * Whether a repair changes letters into letters only: a C1 control read as a quote
 * ("\u0091til\u0092" → "‘til’", or a double-byte reading's leftovers "€˜") gains
 * whatever the line's language, and says nothing for a Latin-script reading.
 */
function lettersForLetters(line: string, repair: Repair): boolean {
  const before = line.slice(repair.start, repair.end);
  if (before.length !== repair.after.length) return false;
  for (let i = 0; i < before.length; i++) {
    if (before[i] === repair.after[i]) continue;
    if (!LETTER_ONLY.test(before[i]!) || !LETTER_ONLY.test(repair.after[i]!)) return false;
  }
  return true;
}

const LETTER_ONLY = /^\p{L}$/u;

/**
 * A line whose words are themselves UTF-8 read as Windows-1252 once more ("Ã¤HÃ¤H"):
 * the line one layer down ("¤H¤H"), and where each of its offsets stands in the line.
 * Only words whose bytes are valid UTF-8 with a non-ASCII character, all of which
 * Windows-1252 can show, are taken down; undefined when there is none.
 */
function oneLayerDown(line: string): { inner: string; outerOffset: (i: number) => number | undefined } | undefined {
  const decoder = wrongDecoder(READ_AS);
  // [outer start, outer end, inner start, inner end] of each word taken down.
  const segments: [number, number, number, number][] = [];
  let inner = "";
  let cursor = 0;
  for (const token of tokensOf(line, latin1Pieces(line, false))) {
    if (!isUtf8WithNonAscii(token.bytes)) continue;
    const down = decodeBytes(token.bytes, "utf-8");
    let showable = true;
    for (let i = 0; i < down.length && showable; i++) {
      const cp = down.charCodeAt(i);
      showable = cp < 0x80 || decoder.bytesOf(cp) !== undefined;
    }
    if (!showable) continue;
    inner += line.slice(cursor, token.start);
    segments.push([token.start, token.end, inner.length, inner.length + down.length]);
    inner += down;
    cursor = token.end;
  }
  if (segments.length === 0) return undefined;
  inner += line.slice(cursor);
  const outerOffset = (i: number): number | undefined => {
    let delta = 0;
    for (const [outerStart, outerEnd, innerStart, innerEnd] of segments) {
      if (i < innerStart) break;
      if (i === innerStart) return outerStart;
      if (i < innerEnd) return undefined;
      delta = outerEnd - innerEnd;
    }
    return i + delta;
  };
  return { inner, outerOffset };
}

/** Whether `bytes` are valid UTF-8 and hold at least one multi-byte sequence (a cheap check, no decoder). */
function isUtf8WithNonAscii(bytes: Uint8Array): boolean {
  let multiByte = false;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return false;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return false;
    if ((b === 0xe0 && bytes[i + 1]! < 0xa0) || (b === 0xed && bytes[i + 1]! > 0x9f) || (b === 0xf0 && bytes[i + 1]! < 0x90) || (b === 0xf4 && bytes[i + 1]! > 0x8f)) return false;
    multiByte = true;
    i += length;
  }
  return multiByte;
}

/**
 * Every legacy reading of the line, as one set of repairs each: of the line as it
 * stands ("Ïðèâåò" → "Привет"), and of the line one layer down when its words are
 * UTF-8 read as Windows-1252 again ("ÃÃ°Ã¨Ã¢Ã¥Ã²" → "Привет" in one step: taking
 * the outer layer off alone gives no more plausible text, so rounds could not).
 */
export function repairsForLegacyReadAsLatin1(line: string): Repair[][] {
  if (writtenInNoLegacyEncoding(line, LEGACY_ENCODINGS, DOUBLE_BYTE_LEGACY)) return [];
  const options = legacyReadings(line).map((r) => r.repairs);
  if (options.length === 0 && (line.includes("\ufffd") || line.includes("?"))) options.push(...lostLettersOfAQuietLine(line));
  // A cheap screen first: some character must stand for a UTF-8 lead byte and the next for a continuation byte.
  const layer = wrongDecoder(READ_AS).mayHoldUtf8(line) ? oneLayerDown(line) : undefined;
  if (!layer) return options;
  let outerCost: number | undefined;
  for (const reading of legacyReadings(layer.inner)) {
    const repairs: Repair[] = [];
    for (const r of reading.repairs) {
      const start = layer.outerOffset(r.start);
      const end = layer.outerOffset(r.end);
      if (start === undefined || end === undefined) continue;
      const pair = r.encodingPair;
      repairs.push({ ...r, start, end, encodingPair: { encoding: `utf-8 → ${pair.encoding}`, readAs: `${pair.readAs} → ${READ_AS}` } });
    }
    if (repairs.length === 0) continue;
    // The gain counts both layers, to weigh against taking the outer layer off alone.
    outerCost ??= letterPairCost(line);
    const gain = outerCost - letterPairCost(applyRepairs(line, repairs)) - MOJIBAKE_PRIOR_BITS;
    if (gain > 0) options.push(shareOut(repairs, gain));
  }
  return options;
}

/** Whether a lower-case letter is among the characters the legacy encoding reads otherwise in the repaired words. */
function changesALowerCaseLetter(line: string, repairs: readonly Repair[], changed: Uint8Array): boolean {
  const decoder = wrongDecoder(READ_AS);
  for (const r of repairs) {
    for (let i = r.start; i < r.end; i++) {
      const cp = line.charCodeAt(i);
      if (cp < 0x80) continue;
      const b = decoder.bytesOf(cp);
      if (b !== undefined && changed[b] && LOWER_CASE.test(line[i]!)) return true;
    }
  }
  return false;
}

const LOWER_CASE = /\p{Ll}/u;
/** Punctuation that does not follow a question mark in real text. */
const NOT_AFTER_A_QUESTION = /^[.,;:]$/;

/**
 * A line the screen passed over changes a letter or two: it is read otherwise only
 * when it holds enough text for its language to show (a heading "Artikle dodzè (12)"
 * in Francoprovençal reads as Slovak "dodzč" for want of any other word), its letter
 * pairs gain clearly, and a lower-case letter changes — the letter pairs do not see
 * case, and capitals are where headings and names keep foreign letters (Aromanian
 * "UNIVERSALÃ" is no Romanian "UNIVERSALĂ").
 */
function quietLineSpeaksForItself(line: string, repairs: readonly Repair[], changed: Uint8Array, lineGain: number): boolean {
  if (lineGain < QUIET_LINE_GAIN_BITS || letterCount(line) < QUIET_LINE_MIN_LETTERS) return false;
  return changesALowerCaseLetter(line, repairs, changed);
}
