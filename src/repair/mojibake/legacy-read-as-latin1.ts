/**
 * A legacy file read as Windows-1252 (or Latin-1) and saved as UTF-8: every byte of
 * the legacy encoding became one Latin-1-range character. Re-encode each word as
 * Windows-1252 and decode it as the legacy encoding; keep it when the word then reads
 * as real text. Whole-word script coherence is the guard: "été" re-read as
 * Windows-1251 gives "йтй", a word no language writes, so it stays.
 * Examples: "Ïðèâåò" → "Привет" (Windows-1251); "ÖÐÎÄ" → "中文" (GBK);
 * "Pøíliš" → "Příliš" (Windows-1250).
 */
import { decodeBytes } from "../../decode/decode.js";
import { textCost } from "../../plausibility/index.js";
import { bestLanguageCost, knownLanguagesForScriptOf } from "../../plausibility/language-bigrams.js";
import { MOJIBAKE_PRIOR_BITS, type Repair, applyRepairs, plausibilityGain } from "./candidate.js";
import { wrongDecoder } from "./wrong-decoders.js";

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

/** Characters a legacy byte 80–FF can show as: the upper half of Windows-1252/Latin-1. */
const HIGH_LATIN1 = /[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/;

/** Letters among the upper-half characters: a legacy file's words show mostly as letters ("Ïðèâåò"), punctuation ("«É»") does not. */
const HIGH_LATIN1_LETTER = /[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192]/g;
const HIGH_LATIN1_ALL = new RegExp(HIGH_LATIN1.source, "g");
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
/** Chinese and Japanese pack more into a character: real text 6–8 bits, code-page rows of hanzi more. */
const READS_AS_LANGUAGE_MAX_BITS_CJK = 10;

/**
 * A word whose own repair makes it this much less plausible is left alone even when
 * the line as a whole is repaired ("café" on a line of Windows-1251 mojibake).
 */
const WORD_VETO_BITS = 4;

/** C1 controls and U+FFFD in a decoding mean the bytes were not that encoding. */
const IMPOSSIBLE = /[\u0080-\u009f\ufffd]/;

interface Token {
  start: number;
  end: number;
  bytes: Uint8Array;
  /** A one-character token that is repaired only along with the words of its line. */
  companion: boolean;
}

/**
 * Inside a word, characters that Central European, Turkish and Baltic text shows as
 * when read as Windows-1252: Icelandic ð þ for Turkish ğ ş and Lithuanian š ž,
 * superscripts and ¿ for Polish ą ł ż. Rare inside words of the languages that really
 * use them (Icelandic aside), so such a line is judged as a whole by its letter pairs.
 * (õ, û, ý, æ would catch Hungarian and more, but are everyday letters elsewhere.)
 */
const LATIN_LEGACY_SIGN = /\p{L}[ðþÐÞ¹³¿ºª¾¼¥¦]|[ðþÐÞ¹³¿ºª¾¼¥¦]\p{L}/u;

/** Legacy encodings whose text is in Latin script: only these can hide behind plausible Latin text. */
const LATIN_SCRIPT_LEGACY: readonly string[] = ["windows-1250", "windows-1254", "windows-1257"];
/**
 * Bits per character below which a line reads as real text: clean Latin-script lines
 * cost 4.5–7, legacy Cyrillic, Greek or Hebrew read as Windows-1252 14–19, and
 * Central European 1250 read so 5–10 (it stays in the Latin-script list above).
 */
const READS_LIKE_TEXT_BITS = 9;

/** Double-byte legacy encodings: their words show as pairs of upper-half characters, often symbols ("¤¤¤å"). */
const DOUBLE_BYTE_LEGACY = new Set(["gbk", "big5", "shift_jis", "euc-jp", "euc-kr"]);

/** A decoding of a double-byte word must be East Asian text (with ASCII), nothing else. */
const EAST_ASIAN_TEXT = /^[\x21-\x7e\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff01-\uff65\u30fc\u2010-\u2027]*$/u;

/**
 * The whitespace-separated words Windows-1252 can produce, with some characters from
 * its upper half (U+FFFD, left by a lossy decoder, splits a word). For a single-byte
 * legacy encoding at least half of those must be letters: a legacy file's words
 * show as letters ("Ïðèâåò"), while punctuation such as "«É»" is not a word.
 */
function latin1Tokens(line: string, doubleByte: boolean): Token[] {
  const decoder = wrongDecoder(READ_AS);
  const tokens: Token[] = [];
  const add = (start: number, end: number) => {
    const word = line.slice(start, end);
    const high = word.match(HIGH_LATIN1_ALL)?.length ?? 0;
    const letters = word.match(HIGH_LATIN1_LETTER)?.length ?? 0;
    if (high === 0) return;
    // A lone upper-half character that is no letter ("×" for KOI8-R "в") only joins
    // a line whose words are repaired (see companion below).
    const companion = !doubleByte && letters * 2 < high;
    if (companion && high > 1) return;

    const bytes: number[] = [];
    for (let i = start; i < end; i++) {
      const cp = line.charCodeAt(i);
      bytes.push(cp < 0x80 ? cp : decoder.bytesOf(cp)!);
    }
    tokens.push({ start, end, bytes: Uint8Array.from(bytes), companion });
  };
  // Words end at ASCII white space only: NBSP (A0) is a byte of the legacy text (Shift_JIS 8C A0 is 権).
  for (const m of line.matchAll(/[^ \t\n\r\f\v]+/g)) {
    const word = m[0];
    let encodable = true;
    for (let i = 0; i < word.length && encodable; i++) {
      const cp = word.charCodeAt(i);
      encodable = cp < 0x80 || cp === 0xfffd || decoder.bytesOf(cp) !== undefined;
    }
    if (!encodable) continue;
    let start = m.index;
    for (let i = m.index; i <= m.index + word.length; i++) {
      if (i === m.index + word.length || line.charCodeAt(i) === 0xfffd) {
        if (i > start) add(start, i);
        start = i + 1;
      }
    }
  }
  return tokens;
}

/**
 * A screen: a line of legacy text read as Latin-1 has words made mostly of upper-half
 * characters ("Ïðèâåò"), symbols among letters ("³ódŸ"), or several upper-half
 * letters in all ("Izglîtîbai ... nedrîkst"); a French line with one "é" needs no look.
 */
function worthALook(line: string, tokens: readonly Token[]): boolean {
  let high = 0;
  let words = 0;
  for (const token of tokens) {
    const word = line.slice(token.start, token.end);
    const inWord = word.match(HIGH_LATIN1_ALL)?.length ?? 0;
    if (inWord < 2) {
      high += inWord;
      continue;
    }
    if (inWord * 2 >= word.length || LATIN1_SYMBOL.test(word)) return true;
    high += inWord;
    words++;
  }
  return words > 0 && high >= 3;
}

/**
 * The line under the per-language letter-pair model: whether "Izglîtîbai" or
 * "Izglītībai" is Latvian is a matter of which letters stand next to which.
 */
function letterPairCost(text: string): number {
  return bestLanguageCost(text, knownLanguagesForScriptOf(text)).bits;
}

/** Gains of words already judged, by encoding and word: text repeats its words. */
const wordGains = new Map<string, number>();
const WORD_CACHE_SIZE = 100_000;

/** Bits gained by reading `before` as `after`, judged on the word alone (so it can be remembered). */
function wordGain(before: string, after: string, legacy: string): number {
  const key = `${legacy}\u0000${before}`;
  let gain = wordGains.get(key);
  if (gain === undefined) {
    gain = plausibilityGain(before, 0, before.length, after);
    if (wordGains.size >= WORD_CACHE_SIZE) wordGains.clear();
    wordGains.set(key, gain);
  }
  return gain;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/** A double-byte word decodes to at least two CJK characters ("°C" is not one Hangul syllable). */
function cjkCount(text: string): number {
  return text.match(CJK)?.length ?? 0;
}

const LETTER = /[\p{L}\p{M}]/gu;

/** Letters and marks: a single-byte legacy word keeps (at least) its letters as letters ("ódy" is not "๓dy"). */
function letterCount(text: string): number {
  return text.match(LETTER)?.length ?? 0;
}

/**
 * Reverse damage is whole-document: for each legacy encoding, the line is judged as
 * a whole (its words share a language), and single words whose own repair reads
 * worse are vetoed. Returns one set of repairs per legacy encoding that helps.
 */
export function repairsForLegacyReadAsLatin1(line: string): Repair[][] {
  if (!HIGH_LATIN1.test(line)) return [];
  const singleByteTokens = latin1Tokens(line, false);
  const doubleByteTokens = latin1Tokens(line, true);
  const latinSuspect = LATIN_LEGACY_SIGN.test(line);
  if (!latinSuspect && !worthALook(line, doubleByteTokens)) return [];
  let lineCost: number | undefined;
  let lineUnigramCost: number | undefined = textCost(line);
  // A line that already reads like Latin-script text can only be a Latin-script legacy
  // file (Central European, Turkish, Baltic) read as Windows-1252: Cyrillic, Greek,
  // Hebrew or CJK read that way is far less plausible than this.
  const readsLikeText = lineUnigramCost / [...line].length < READS_LIKE_TEXT_BITS;
  const options: Repair[][] = [];
  for (const legacy of readsLikeText ? LATIN_SCRIPT_LEGACY : LEGACY_ENCODINGS) {
    const doubleByte = DOUBLE_BYTE_LEGACY.has(legacy);
    const encodingPair = { encoding: legacy, readAs: READ_AS };
    const repairs: Repair[] = [];
    for (const token of doubleByte ? doubleByteTokens : singleByteTokens) {
      const after = decodeBytes(token.bytes, legacy);
      const before = line.slice(token.start, token.end);
      if (IMPOSSIBLE.test(after) || after === before) continue;
      if (doubleByte ? !EAST_ASIAN_TEXT.test(after) || cjkCount(after) < 2 : letterCount(after) < letterCount(before)) continue;
      if (token.companion) {
        // A companion must become a letter (or a letter-like mark) of the legacy text.
        if (letterCount(after) === 0) continue;
        repairs.push({ start: token.start, end: token.end, after, gain: 0, guess: false, encodingPair });
        continue;
      }
      const gain = wordGain(before, after, legacy);
      if (gain > -WORD_VETO_BITS) repairs.push({ start: token.start, end: token.end, after, gain, guess: false, encodingPair });
    }
    // At least one word of two or more upper-half characters must read better on its own —
    // or, for a Latin-script legacy with its tell-tale letters, the line as a whole (below).
    const latinLine = latinSuspect && LATIN_SCRIPT_LEGACY.includes(legacy);
    if (!latinLine && !repairs.some((r) => r.gain > 0 && (line.slice(r.start, r.end).match(HIGH_LATIN1_ALL)?.length ?? 0) >= 2)) continue;
    const repaired = applyRepairs(line, repairs);
    // The letter-pair model is dear: only a reading the per-letter model does not
    // already rule out gets it.
    lineUnigramCost ??= textCost(line);
    if (lineUnigramCost - textCost(repaired) < -UNIGRAM_GATE_BITS) continue;
    lineCost ??= letterPairCost(line);
    const repairedCost = letterPairCost(repaired);
    const limit = doubleByte ? READS_AS_LANGUAGE_MAX_BITS_CJK : READS_AS_LANGUAGE_MAX_BITS;
    if (letterCount(repaired) >= READS_AS_LANGUAGE_MIN_LETTERS && repairedCost / [...repaired].length > limit) continue;
    const lineGain = lineCost - repairedCost - MOJIBAKE_PRIOR_BITS;
    if (lineGain <= 0) continue;
    // Share the line's gain out by word, so rounds compare mistakes fairly.
    const total = repairs.reduce((sum, r) => sum + Math.max(r.gain, 0), 0) || 1;
    options.push(repairs.map((r) => ({ ...r, gain: (lineGain * Math.max(r.gain, 0)) / total })));
  }
  return options;
}
