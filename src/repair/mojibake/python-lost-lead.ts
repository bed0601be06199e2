/**
 * A three-byte UTF-8 sequence whose LEAD Python's double-byte decoder lost alone, its two
 * continuation bytes read on as characters of their own. Python's shift_jis knows only
 * JIS X 0208: no pair starts with EB, EC, ED, EE or EF (nor EA after A4), so the lead of
 * every Hangul syllable and of the fullwidth forms becomes one U+FFFD or "?", and the
 * two bytes after it read as halfwidth katakana or a kanji: "사" (EC 82 AC) → "?ぎ",
 * "보" (EB B3 B4) → "?ｳｴ". Which lead it was is a guess among those the decoder loses
 * before the first survivor that make a known character with both; the words around the
 * slot choose (utf8-read-as.ts). Before → after (Python's shift_jis, "?"): "?ぎ?梃?捩"
 * → "사람은". The browsers' decoders keep these leads (lost-lead.ts has theirs).
 */
import { type ByteRun, QUESTION_MARK } from "./byte-run.js";
import { characterOf, knownCharacterOf } from "./known-character.js";
import type { LostSlot } from "./utf8-spans.js";

/** A double-byte decoder that knows which leads Python's decoder of its name loses alone. */
export interface PythonLeadLosingDecoder {
  doubleByte?: boolean;
  lostBytes: readonly number[];
  pythonLosesBefore?(lead: number, next: number): boolean;
}

const isContinuation = (b: number) => b >= 0x80 && b <= 0xbf;
/** Letters, marks and punctuation (the fullwidth "，" and "：" of Chinese text): what a line of words holds. */
const WORD_OR_PUNCTUATION = /^[\p{L}\p{M}\p{P}]$/u;
/** Three-byte leads (two-byte ones are single characters to these decoders: Shift_JIS's halfwidth katakana). */
const FIRST_THREE_BYTE_LEAD = 0xe0;
const LAST_THREE_BYTE_LEAD = 0xef;

const UTF8 = new TextDecoder("utf-8", { fatal: true });

/**
 * At character `first` of the run: a stand-in, then two continuation bytes (one character
 * of the decoder's or two, the second of which may pair with the byte after it), or one
 * and a second stand-in for the last byte. Returns
 * the slot and the byte it ends at; undefined when no lost lead makes a character of them.
 */
export function pythonLostLeadSlotAt(run: ByteRun, first: number, decoder: PythonLeadLosingDecoder): { slot: LostSlot; end: number } | undefined {
  const loses = decoder.pythonLosesBefore;
  if (!loses || !losesThreeByteLeads(decoder)) return undefined;
  const { bytes, charByte, marker } = run;
  const at = charByte[first]!;
  const standsIn = (k: number) => k < charByte.length - 1 && (marker[k] || bytes[charByte[k]!] === QUESTION_MARK);
  if (at === undefined || first + 1 >= charByte.length - 1 || !standsIn(first)) return undefined;
  const q = charByte[first + 1]!;
  if (marker[first + 1] || !isContinuation(bytes[q]!)) return undefined;
  let lasts: number[];
  let end: number;
  if (q + 1 < bytes.length && isContinuation(bytes[q + 1]!)) {
    lasts = [bytes[q + 1]!];
    end = q + 2;
  } else if (charByte[first + 2] === q + 1 && standsIn(first + 2)) {
    // The last byte lost too, behind a second stand-in ("가" EA B0 80 → "?ｰ?"): one the decoder loses before what follows.
    end = charByte[first + 3]!;
    const next = end < bytes.length ? bytes[end]! : undefined;
    lasts = decoder.lostBytes.filter((b) => isContinuation(b) && (next === undefined || loses(b, next)));
  } else return undefined;
  const survivor = bytes[q]!;
  let candidates: string[] = [];
  for (let lead = FIRST_THREE_BYTE_LEAD; lead <= LAST_THREE_BYTE_LEAD; lead++) {
    if (!loses(lead, survivor)) continue;
    for (const last of lasts) {
      const ch = knownCharacterOf(Uint8Array.of(lead, survivor, last));
      if (ch !== undefined && WORD_OR_PUNCTUATION.test(ch) && !HAN.test(ch)) candidates.push(ch);
    }
  }
  // Between hanzi or kana, no Hangul syllable: the fullwidth punctuation of their text ("自由?ｼ帶" is "自由；此", not "自由뼛此").
  // Hangul only in a row of lost leads (a word's syllables); fullwidth punctuation only beside hanzi or kana.
  const besideHan = besideHanOrKana(bytes, at, end);
  if (besideHan || !inRowOfLostLeads(run, first, end, standsIn)) candidates = candidates.filter((c) => !HANGUL.test(c));
  if (!besideHan) candidates = candidates.filter((c) => HANGUL.test(c));
  if (candidates.length === 0) return undefined;
  return { slot: { candidates, standIn: "marker", survivors: lasts.length === 1 ? [survivor, lasts[0]!] : [survivor] }, end };
}

/**
 * Whether the slot at character `first` (ending at byte `end`) is one of two or more lost
 * leads in a row: a stand-in and a continuation byte right after it, or the survivors of
 * another one right before it ("?ぎ?梃"). One alone is too little to go on: a U+FFFD
 * in clean Japanese before a kanji of two continuation bytes ("は◆漢") is no Hangul.
 */
function inRowOfLostLeads(run: ByteRun, first: number, end: number, standsIn: (k: number) => boolean): boolean {
  const { bytes, charByte } = run;
  if (!rowStartsOnItsOwn(run, first, standsIn)) return false;
  const nextChar = charByte.indexOf(end, first);
  if (nextChar > 0 && standsIn(nextChar) && nextChar + 1 < charByte.length - 1 && isContinuation(bytes[charByte[nextChar + 1]!]!)) return true;
  // Before: one or two characters of continuation bytes only, then a stand-in.
  for (let k = first - 1, seen = 0; k >= 0 && seen <= MAX_SURVIVOR_CHARACTERS; k--, seen++) {
    if (standsIn(k)) return seen > 0;
    for (let b = charByte[k]!; b < charByte[k + 1]!; b++) if (!isContinuation(bytes[b]!)) return false;
  }
  return false;
}

/** Whether the character at k is made of continuation bytes only (what a lost lead leaves, or halfwidth katakana ｡–ｿ). */
function continuationOnly(run: ByteRun, k: number): boolean {
  for (let b = run.charByte[k]!; b < run.charByte[k + 1]!; b++) if (!isContinuation(run.bytes[b]!)) return false;
  return true;
}

/**
 * Whether the row of lost leads that holds the stand-in at `first` starts after something
 * other than a character of continuation bytes: a row of syllables starts a word (or
 * follows a whole UTF-8 character, or ASCII), while halfwidth katakana before it say the
 * "?" are clean text's ("ｱｲ?ｳｴ?ｵｶ" is no "ｱｲ보굶").
 */
function rowStartsOnItsOwn(run: ByteRun, first: number, standsIn: (k: number) => boolean): boolean {
  let start = first;
  for (;;) {
    let k = start - 1;
    let seen = 0;
    while (k >= 0 && seen < MAX_SURVIVOR_CHARACTERS && !standsIn(k) && continuationOnly(run, k)) k--, seen++;
    if (seen > 0 && k >= 0 && standsIn(k)) start = k;
    else return start === 0 || standsIn(start - 1) || endsUtf8Character(run.bytes, run.charByte[start]!);
  }
}

/** Whether the bytes just before `at` end a whole UTF-8 character (ASCII included). */
function endsUtf8Character(bytes: Uint8Array, at: number): boolean {
  for (let n = 1; n <= 4 && n <= at; n++) {
    const lead = bytes[at - n]!;
    if (isContinuation(lead)) continue;
    try {
      return [...UTF8.decode(bytes.subarray(at - n, at))].length === 1;
    } catch {
      return false;
    }
  }
  return false;
}

/** Two continuation bytes read as one character or two. */
const MAX_SURVIVOR_CHARACTERS = 2;

/** Not hanzi (Shift_JIS's EF A4–AB: compatibility ideographs no one writes). */
const HAN = /^\p{Script=Han}$/u;
const HANGUL = /^\p{Script=Hangul}$/u;
const HAN_OR_KANA = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u;

/** Whether the whole UTF-8 character just before byte `start` or just after byte `end` is a hanzi or kana. */
function besideHanOrKana(bytes: Uint8Array, start: number, end: number): boolean {
  // (Only one three-byte character can be a hanzi or kana: anything else reads as no match.)
  const read = (from: number, to: number) => (from < 0 || to > bytes.length ? undefined : characterOf(bytes.subarray(from, to)));
  const before = read(start - 3, start);
  const after = read(end, end + 3);
  return (before !== undefined && HAN_OR_KANA.test(before)) || (after !== undefined && HAN_OR_KANA.test(after));
}

/** The continuation bytes 80–BF. */
const CONTINUATION_BYTES = 0x40;

const losingDecoders = new WeakMap<PythonLeadLosingDecoder, boolean>();

/**
 * Whether Python's decoder of this name loses some three-byte lead alone before EVERY
 * continuation byte (Shift_JIS: EB–EF): then a stand-in followed by such a byte is worth
 * a look (wrong-decoders.ts screens lines so). Not where it loses leads only before some
 * (EUC-JP before 8E, whose pair 8E B1 is the everyday halfwidth "ｱ": "?ｱ" is no "Ꮁ").
 */
export function losesThreeByteLeads(decoder: PythonLeadLosingDecoder): boolean {
  let answer = losingDecoders.get(decoder);
  if (answer === undefined) {
    answer = false;
    const loses = decoder.pythonLosesBefore;
    for (let lead = FIRST_THREE_BYTE_LEAD; lead <= LAST_THREE_BYTE_LEAD && !answer && decoder.doubleByte === true && loses; lead++) {
      let before = 0;
      for (let next = 0x80; next <= 0xbf; next++) if (loses(lead, next)) before++;
      answer = before === CONTINUATION_BYTES;
    }
    losingDecoders.set(decoder, answer);
  }
  return answer;
}
