/**
 * Shift_JIS text read by a strict Windows-1252 decoder, which loses 81 8D 8F 90 9D:
 * in Shift_JIS these are LEAD bytes (81 of most Japanese punctuation 、。「」・, the
 * others of common kanji), so a lost byte takes the first half of a character away
 * and its trail byte stands alone — as ASCII ("A" for 、 = 81 41, "l" for 人 = 90 6C),
 * as halfwidth katakana ("ﾚ" for 接 = 90 DA), or as a lead that pairs with the next
 * byte. Where the decoder dropped the byte without a mark, the reading is searched:
 * at the first character that does not fit, each of the five bytes is tried in its
 * place and a byte or two before, and the language model (with kanji weighed by how
 * often Japanese uses them) chooses; the result is a guess. The same kanji weights
 * choose between the leads where a mark shows the place ("�e" → 親, not 稿 or 銃:
 * 8D 65, 8F 65 and 90 65 are all common kanji, which the letter pairs cannot tell apart).
 * Example: "‚·‚×‚Äl‚ÍA" (90 and 81 dropped) → "すべて人は、".
 */
import { decodeBytes } from "../../decode/decode.js";
import { KANJI_BY_FREQUENCY } from "./kanji-frequency.js";

/** The legacy encodings whose lost lead bytes are searched for here (their byte structure is walked below). */
export const LOST_LEAD_ENCODINGS: ReadonlySet<string> = new Set(["shift_jis"]);
/** Japanese legacy encodings: their kanji are weighed by frequency. */
const JAPANESE_LEGACY: ReadonlySet<string> = new Set(["shift_jis", "euc-jp"]);

let kanjiBits: Map<string, number> | undefined;
/**
 * A kanji outside the ranked list counts as this rank: rarer than the last ranked one
 * (2,501), about where the everyday set of some 3,000 ends.
 */
const UNRANKED_KANJI_RANK = 4000;

/**
 * Bits for the kanji of `text` under a Zipf prior (a kanji of rank r has probability
 * ∝ 1/r), counted against the even share the letter pairs give every common kanji
 * they have not seen: 親 (rank 406) and 稿 (rank 1,400) cost them the same, and here
 * 親 costs 0.5 bits and 稿 2.3 more than an even share; 日 (rank 1) 8 bits less. Other
 * characters cost nothing here ("‘" for 81 65 is judged by the letter pairs alone).
 * 0 for a non-Japanese legacy encoding.
 */
export function kanjiFrequencyBits(text: string, legacy: string): number {
  if (!JAPANESE_LEGACY.has(legacy)) return 0;
  kanjiBits ??= zipfBits();
  let bits = 0;
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x3400) continue;
    const b = kanjiBits.get(ch);
    if (b !== undefined) bits += b;
    else if (HAN.test(ch)) bits += kanjiBits.get("")!;
  }
  return bits;
}

/** Bits per ranked kanji, and for any other (under ""): log2 of its rank over the rank whose Zipf share is an even one. */
function zipfBits(): Map<string, number> {
  const ranked = [...KANJI_BY_FREQUENCY];
  let harmonic = 0;
  for (let r = 1; r <= ranked.length; r++) harmonic += 1 / r;
  const evenShareRank = ranked.length / harmonic;
  const bits = new Map<string, number>();
  ranked.forEach((k, i) => bits.set(k, Math.log2((i + 1) / evenShareRank)));
  bits.set("", Math.log2(UNRANKED_KANJI_RANK / evenShareRank));
  return bits;
}

const HAN = /^\p{Script=Han}$/u;

/** Shift_JIS lead bytes (81–9F, E0–FC) and the trail bytes that may follow one. */
function isLead(b: number): boolean {
  return (b >= 0x81 && b <= 0x9f) || (b >= 0xe0 && b <= 0xfc);
}
function isTrail(b: number): boolean {
  return b >= 0x40 && b <= 0xfc && b !== 0x7f;
}
/** Halfwidth katakana take one byte, A1–DF. */
function isHalfwidth(b: number): boolean {
  return b >= 0xa1 && b <= 0xdf;
}
/** An ASCII byte that is also a trail byte: what a trail left alone shows as. */
function isAsciiTrail(b: number): boolean {
  return b >= 0x40 && b <= 0x7e;
}

/**
 * Byte offsets of the characters that may be a trail left alone: an ASCII trail byte
 * next to a double-byte character, a halfwidth katakana that is not one of a run, a
 * lead without a trail, and a pair in the user-defined area. Real Japanese text has few ("Tシャツ"): the language model
 * keeps those, and every insertion must pay for itself (see DROPPED_LEAD_MIN_GAIN_BITS).
 */
function suspects(bytes: Uint8Array, from: number): number[] {
  // Per byte offset: 0 ASCII, 1 halfwidth, 2 first byte of a pair, 3 second byte, 4 broken.
  const kind = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) kind[i++] = 0;
    else if (isHalfwidth(b)) kind[i++] = 1;
    else if (isLead(b) && i + 1 < bytes.length && isTrail(bytes[i + 1]!)) {
      kind[i] = 2;
      kind[i + 1] = 3;
      i += 2;
    } else kind[i++] = 4;
  }
  const found: number[] = [];
  for (let i = from; i < bytes.length; i++) {
    const k = kind[i]!;
    if (k === 4 || (k === 2 && bytes[i]! >= USER_DEFINED_LEADS)) found.push(i);
    else if (k === 0 && isAsciiTrail(bytes[i]!) && ((i > 0 && kind[i - 1]! >= 1 && kind[i - 1]! !== 4) || (i + 1 < bytes.length && kind[i + 1]! === 2))) found.push(i);
    else if (k === 1 && halfwidthRun(kind, i) <= MAX_SUSPECT_HALFWIDTH_RUN) found.push(i);
  }
  return found;
}

/**
 * Leads from F0 on are the user-defined and vendor areas, which text does not use:
 * such a pair is a byte that lost its partner ("‚Ì—‰ðA": 理 = 97 9D lost its
 * trail 9D, and F0 paired off with the "A" of 、).
 */
const USER_DEFINED_LEADS = 0xf0;

/** The length of the run of halfwidth katakana (kind 1) that holds offset i. */
function halfwidthRun(kind: Uint8Array, i: number): number {
  let start = i;
  let end = i + 1;
  while (start > 0 && kind[start - 1] === 1) start--;
  while (end < kind.length && kind[end] === 1) end++;
  return end - start;
}

/**
 * Halfwidth katakana in a run this short may be trails left alone (two lost leads
 * close together: 国の政 with 8D and 90 lost shows "ﾌｭ" in its middle); a longer run
 * is a halfwidth word ("ﾃｽﾄ").
 */
const MAX_SUSPECT_HALFWIDTH_RUN = 2;

/**
 * Bits an inserted lead must gain, under the judge the caller gives: real text with
 * a Latin letter beside kana ("Aさん") must not gain a 、 before it by chance. Set on
 * the corpus's lossless Shift_JIS lines, which keep their ASCII.
 */
const DROPPED_LEAD_MIN_GAIN_BITS = 8;
/** How far before a suspect character the lost lead may have stood: it is the trail itself, or it paired the trail off with the byte after. */
const LEAD_WINDOW = 4;
/** At most this many leads are put back in one token (a bound on the search, not a verdict). */
const MAX_DROPPED_LEADS = 64;
/**
 * Hiragana must make up at least this share of a token's characters for the search
 * to run: every Japanese sentence is full of it, while other text read as Shift_JIS
 * (Cyrillic, Greek, Latin) gives almost none.
 */
const MIN_HIRAGANA_SHARE = 0.2;
const HIRAGANA = /\p{Script=Hiragana}/gu;

/** Whether enough of `text` is hiragana (MIN_HIRAGANA_SHARE) for it to be a Japanese sentence worth searching. */
export function readsAsJapanese(text: string): boolean {
  return (text.match(HIRAGANA)?.length ?? 0) >= [...text].length * MIN_HIRAGANA_SHARE;
}

/** How one reading of a token is judged: impossible characters first, then bits (lower is better). */
export type Judge = (text: string) => [number, number];

/**
 * The token's bytes with the leads a strict decoder dropped put back, one at a time
 * at the first suspect character, while an insertion gains; undefined when none does
 * or the token does not read as Japanese enough to look.
 */
export function restoreDroppedLeads(bytes: Uint8Array, legacy: string, lostBytes: readonly number[], judge: Judge): string | undefined {
  if (!LOST_LEAD_ENCODINGS.has(legacy)) return undefined;
  const plain = decodeBytes(bytes, legacy);
  if (!readsAsJapanese(plain)) return undefined;
  let current = bytes;
  let [bad, cost] = judge(plain);
  let text = plain;
  let inserted = 0;
  let from = 0;
  while (inserted < MAX_DROPPED_LEADS) {
    const suspect = suspects(current, from)[0];
    if (suspect === undefined) break;
    let best: { bytes: Uint8Array; bad: number; cost: number; text: string } | undefined;
    for (let at = Math.max(0, suspect - LEAD_WINDOW); at <= suspect; at++) {
      for (const lead of lostBytes) {
        const trial = new Uint8Array(current.length + 1);
        trial.set(current.subarray(0, at));
        trial[at] = lead;
        trial.set(current.subarray(at), at + 1);
        const trialText = decodeBytes(trial, legacy);
        const [b, c] = judge(trialText);
        if (!best || b < best.bad || (b === best.bad && c < best.cost)) best = { bytes: trial, bad: b, cost: c, text: trialText };
      }
    }
    if (best && (best.bad < bad || (best.bad === bad && cost - best.cost >= DROPPED_LEAD_MIN_GAIN_BITS))) {
      ({ bytes: current, bad, cost, text } = best);
      inserted++;
      from = Math.max(0, suspect - LEAD_WINDOW);
    } else from = suspect + 1;
  }
  return inserted > 0 && bad === 0 ? text : undefined;
}
