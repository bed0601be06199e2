/**
 * One stand-in for two lost bytes of two characters: the last byte of one UTF-8
 * sequence and the lead of the next. A double-byte decoder pairs a last byte that is
 * one of its lead bytes with the byte after it; when that pair is no character, both
 * become one U+FFFD (or "?"), and the continuation bytes of the second sequence are
 * read on their own. Shift_JIS: "χε" (CF 87 CE B5) → "ﾏ◆ｵ" (87 CE is no character:
 * the lead CE of "ε" went with the last byte of "χ"); Big5 loses A3 with C2–F4 so,
 * EUC-KR and EUC-JP some rows of theirs. The slot of the first character (its last
 * byte lost) is then followed by a second slot: a sequence whose lead was lost without
 * a trace of its own, its candidates the leads this decoder loses after such a last
 * byte; the words around choose both (utf8-read-as.ts). Before → after (Shift_JIS, with
 * the survivors ﾏ and ｵ): "ἔﾏ◆ｵι" → "ἔχει".
 */
import { CJK_SCRIPT_GROUP, scriptOf } from "./span-guards.js";
import type { LostSlot } from "./utf8-spans.js";
import { knownCharacterOf } from "./known-character.js";

/** A decoder that may lose a last byte and the next lead as one stand-in (see `pairsLostAcross`). */
export interface PairLosingDecoder {
  /** Per last byte 80–BF: the leads C2–F4 it is lost with, as one U+FFFD. */
  pairsLostAcross?: ReadonlyMap<number, readonly number[]>;
}

/** The pairs (last byte 80–BF, lead C2–F4) this browser decoder reads as one U+FFFD, asked of the decoder itself; undefined when none. */
export function pairsLostAcross(name: string): ReadonlyMap<number, readonly number[]> | undefined {
  const browser = new TextDecoder(name);
  const out = new Map<number, number[]>();
  for (let last = 0x80; last <= 0xbf; last++) {
    for (let lead = 0xc2; lead <= 0xf4; lead++) {
      if (browser.decode(Uint8Array.of(0x41, last, lead, 0x41)) !== "A\ufffdA") continue;
      let leads = out.get(last);
      if (!leads) out.set(last, (leads = []));
      leads.push(lead);
    }
  }
  return out.size > 0 ? out : undefined;
}

const isContinuation = (b: number) => b >= 0x80 && b <= 0xbf;

/** The alphabets two letters lost together may share (the script groups of span-guards.ts join Hebrew and Arabic). */
const ALPHABETS = ["Latin", "Greek", "Cyrillic", "Armenian", "Hebrew", "Arabic", "Syriac", "Thaana", "Devanagari", "Bengali", "Gurmukhi", "Gujarati", "Oriya", "Tamil", "Telugu", "Kannada", "Malayalam", "Sinhala", "Thai", "Lao", "Tibetan", "Myanmar", "Georgian", "Ethiopic", "Khmer"].map((name) => new RegExp(`^\\p{Script=${name}}$`, "u"));

/** Whether two letters (or a letter and a combining mark after it) are of one alphabet. */
function sameAlphabet(one: string, two: string): boolean {
  const alphabet = ALPHABETS.find((re) => re.test(one));
  return alphabet !== undefined && (alphabet.test(two) || /^\p{Script=Inherited}$/u.test(two));
}

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;

/** The last byte of a character's UTF-8. */
function lastByte(ch: string): number {
  const b = Buffer.from(ch, "utf8");
  return b[b.length - 1]!;
}

/** The first slot's letters whose last byte is lost with some lead, and those leads, remembered by the candidate list (callers pass the same list again). */
const narrowedByFirst = new WeakMap<readonly string[], { narrowed: string[]; leads: Set<number> }>();

function narrowedFirst(first: readonly string[], table: ReadonlyMap<number, readonly number[]>): { narrowed: string[]; leads: Set<number> } {
  let known = narrowedByFirst.get(first);
  if (!known) {
    // First characters whose last byte is lost with some lead: letters only (punctuation keeps its own slot).
    const narrowed = first.filter((c) => LETTER_OR_MARK.test(c) && table.has(lastByte(c)));
    known = { narrowed, leads: new Set(narrowed.flatMap((c) => table.get(lastByte(c))!)) };
    narrowedByFirst.set(first, known);
  }
  return known;
}

/**
 * After a slot whose last byte stood behind a stand-in (`first` = its candidates), at
 * byte `q`: the continuation bytes of a sequence whose lead the same stand-in took.
 * Returns the first slot's candidates narrowed to last bytes lost so, the slot of the
 * second character, and where it ends; undefined when no such reading exists.
 */
export function leadLostAcrossSlot(
  bytes: Uint8Array,
  q: number,
  first: readonly string[],
  decoder: PairLosingDecoder,
  isMarkerAt: (b: number) => boolean,
): { first: string[]; second: LostSlot; end: number } | undefined {
  const table = decoder.pairsLostAcross;
  if (!table || q >= bytes.length || !isContinuation(bytes[q]!) || isMarkerAt(q)) return undefined;
  const { narrowed, leads } = narrowedFirst(first, table);
  if (narrowed.length === 0) return undefined;
  const survivors: number[] = [];
  for (let b = q; survivors.length < 3 && b < bytes.length && isContinuation(bytes[b]!) && !isMarkerAt(b); b++) survivors.push(bytes[b]!);
  // The longest run of survivors that makes a letter with a lost lead (it may end inside a
  // double-byte character whose trail is the next sequence's lead: "ств" → "ﾑ◆ひｲ").
  for (let count = survivors.length; count >= 1; count--) {
    const candidates: string[] = [];
    for (const lead of leads) {
      const ch = knownCharacterOf(Uint8Array.from([lead, ...survivors.slice(0, count)]));
      if (ch !== undefined && LETTER_OR_MARK.test(ch)) candidates.push(ch);
    }
    // Two letters of one alphabet (not hanzi, kana or Hangul: a lost pair of those is left
    // to the slot before): each kept when the other slot can match its script and bytes.
    const fits = (one: string, two: string) => scriptOf(one) !== CJK_SCRIPT_GROUP && sameAlphabet(one, two) && table.get(lastByte(one))!.includes(Buffer.from(two, "utf8")[0]!);
    const firstKept = narrowed.filter((one) => candidates.some((two) => fits(one, two)));
    const secondKept = candidates.filter((two) => firstKept.some((one) => fits(one, two)));
    if (secondKept.length === 0) continue;
    return { first: firstKept, second: { candidates: secondKept, standIn: "dropped", survivors: survivors.slice(0, count), lostLead: true }, end: q + count };
  }
  return undefined;
}
