/**
 * The decoders that break text: for each encoding that UTF-8 (or a legacy file) is
 * wrongly read as, the table to undo it — which bytes each character came from.
 * Built from iconv-lite's own tables, not typed. Example: Windows-1252 "€" came from
 * byte 80; GBK "鈥" from bytes E2 80.
 *
 * Windows-1252 leaves 81 8D 8F 90 9D undefined; browsers and Windows decode them as
 * the C1 controls U+0081…, so those controls map back to their bytes ("sloppy"
 * decoding, as ftfy calls it). The same holds for any single-byte code page with holes.
 */
import iconv from "iconv-lite";
import { iconvCodec } from "../../decode/encodings.js";
import { PUNCTUATION_LEAD } from "./lone-punctuation-lead.js";
import { pairsLostAcross } from "./lost-pair-across.js";
import { continuationPairsLost } from "./two-bytes-one-stand-in.js";
import { pythonLosesLead } from "./reread-after-stand-in.js";
import { losesThreeByteLeads } from "./python-lost-lead.js";
import { pythonLostSingleBytes } from "./python-lost-single-bytes.js";
import { PUNCTUATION_BY_POSITION, type WholeCharacterLosses, lettersSwallowedAfter, punctuationAfterLostPair, wholeCharacterLosses } from "./lost-lead.js";
import { punctuationBeforePunctuation } from "./punctuation-before-punctuation.js";

export interface WrongDecoder {
  /** Canonical name of the encoding the bytes were wrongly decoded as. */
  name: string;
  /** Bytes (1 or 2) the character came from, packed as `b1 << 8 | b2` for pairs; undefined if none. */
  bytesOf(cp: number): number | undefined;
  /** True for two-byte codes (East Asian). */
  doubleByte: boolean;
  /**
   * Bytes in 80–BF this decoder loses: undefined single bytes it drops or replaces,
   * and for double-byte decoders the lead bytes that a following invalid trail orphans.
   */
  lostBytes: readonly number[];
  /**
   * Lead bytes (C2–F4) of three- and four-byte sequences that this decoder's strict
   * form loses: MacRoman F0, the lead of every emoji, which iconv-lite's table lacks
   * ("😀" = F0 9F 98 80 → "�üòÄ"). Empty for most.
   */
  lostLeads: readonly number[];
  /**
   * The continuation byte (80–BF) this decoder reads as NBSP — A0 in most code pages,
   * 9A in KOI8 — so a plain space may stand for it; undefined when there is none.
   */
  nbspByte: number | undefined;
  /**
   * Whether the decoder can drop `lost` when `next` follows it (undefined: end of text).
   * A single-byte decoder drops an undefined byte anywhere; a double-byte decoder drops
   * a lead byte only when what follows is no valid trail for it.
   */
  canDrop(lost: number, next: number | undefined): boolean;
  /** Whether Python's decoder of this name loses `lead` (one byte) when `next` follows it (reread-after-stand-in.ts). */
  pythonLosesBefore?(lead: number, next: number): boolean;
  /**
   * For decoders that lose a lead byte alone and read the byte after it again (the
   * browsers' EUC-KR and EUC-JP: E2 80 99 → U+FFFD U+0080 U+0099): whether `lead`
   * is lost so when `next` follows it. Undefined for the others.
   */
  leadLostBefore?(lead: number, next: number): boolean;
  /** For double-byte decoders: the two-byte letters they lose whole, by stand-ins left (lost-lead.ts). */
  wholeCharacterLosses?: WholeCharacterLosses;
  /** For double-byte decoders: letters lost with a byte 80–BF into one U+FFFD (lost-lead.ts). */
  lettersSwallowedAfter?: ReadonlyMap<number, string>;
  /** For double-byte decoders: punctuation whose first two bytes they lose as one U+FFFD, by its last byte (lost-lead.ts). */
  punctuationAfterLostPair?: ReadonlyMap<number, string>;
  /** The same for last bytes A0–BF, before more punctuation only (punctuation-before-punctuation.ts). */
  punctuationBeforePunctuation?: ReadonlyMap<number, string>;
  /** For double-byte decoders: the leads lost with a last byte 80–BF as one U+FFFD (lost-pair-across.ts). */
  pairsLostAcross?: ReadonlyMap<number, readonly number[]>;
  /** For double-byte decoders: pairs of continuation bytes lost as one U+FFFD (two-bytes-one-stand-in.ts). */
  continuationPairsLost?: ReadonlySet<number>;
  /**
   * An exact screen: false when this decoder's repair can find nothing in `line`. A
   * repair needs a whole UTF-8 sequence, or a broken one of which the lead and at least
   * one continuation byte survive (a lone lead byte is believed alone only before a
   * space that stood for its NBSP byte, see `isWeak`): so a character mapping to a lead
   * byte C2–F4 followed by one mapping to a continuation byte, directly or across one
   * stand-in for a lost byte, or a lead that makes a letter with A0 followed by a space
   * — or, for a decoder that loses lead bytes, a stand-in followed by a continuation byte.
   */
  mayHoldUtf8(line: string): boolean;
  /** The per-character flags behind `mayHoldUtf8` (for the all-decoders screen). */
  screenFlags: Uint8Array;
}

/** Per-character screen flags, for characters of the Basic Multilingual Plane. */
const STARTS_SEQUENCE = 1; // the character's bytes hold a lead byte that a continuation follows inside it
/**
 * It is one byte, a lead byte C2–F4. (A lead that is the second byte of a double-byte
 * character cannot begin a span: spans begin at character boundaries.)
 */
const IS_LEAD = 2;
const STARTS_WITH_CONTINUATION = 4; // its first byte is a continuation byte 80–BF
const STANDS_IN = 8; // it may stand for a lost byte: U+FFFD, "?", and (where A0 is NBSP) a space
/**
 * It is a two-byte lead whose sequence with A0 is a Latin, Greek or Cyrillic letter:
 * followed by a space that stood for the NBSP byte, it is a letter on its own
 * ("Ã " → "à", the commonest lost byte of all; see `isLoneLeadBeforeLostNbsp`).
 */
const LEADS_LETTER_WITH_NBSP = 16;
/**
 * It is "â" (E2) where the decoder loses 80–9F: before anything but a letter (or at the
 * line's end) it may be a dash or closing quote that lost both continuation bytes
 * (lone-punctuation-lead.ts). Before a letter it is left to that quote's partner, so
 * clean "pâte", "âmbito", "când" are not looked at.
 */
const LEADS_LONE_PUNCTUATION = 32;
/** Not a letter: what may follow a dash or closing quote (ASCII other than letters, Latin-1 punctuation and symbols). */
const notLetter = (cp: number) => cp < 0x41 || (cp > 0x5a && cp < 0x61) || (cp > 0x7a && cp < 0xc0 && cp !== 0xaa && cp !== 0xb5 && cp !== 0xba) || cp === 0xd7 || cp === 0xf7 || cp === 0xfffd;
const SPACE = 0x20;
const LATIN_GREEK_CYRILLIC_LETTER = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]$/u;

function screenFlags(table: Map<number, number>, nbspByte: number | undefined, losesLeads = false, pairLeads?: ReadonlyMap<number, string>, pairLeadsBeforePunctuation?: ReadonlyMap<number, string>): Uint8Array {
  const flags = new Uint8Array(0x10000);
  for (const [cp, code] of table) {
    if (cp > 0xffff) continue;
    const first = code > 0xff ? code >> 8 : code;
    let f = 0;
    if (code > 0xff && first >= 0xc2 && first <= 0xf4 && (code & 0xff) >= 0x80 && (code & 0xff) <= 0xbf) f |= STARTS_SEQUENCE;
    if (code >= 0xc2 && code <= 0xf4) f |= IS_LEAD;
    // A lone continuation byte where the decoder loses leads alone: what survives of a sequence (lost-lead.ts).
    if (losesLeads && code >= 0x80 && code <= 0xbf) f |= STARTS_SEQUENCE;
    // A pair led by the last byte of a quote the decoder lost the rest of (lost-lead.ts).
    if (code > 0xff && pairLeads?.has(first)) f |= STARTS_SEQUENCE;
    // Such a pair that swallowed the lead of more punctuation: a lead, its middle byte alone after it (punctuation-before-punctuation.ts).
    if (code > 0xff && (code & 0xff) >= 0xc2 && (code & 0xff) <= 0xf4 && pairLeadsBeforePunctuation?.has(first)) f |= IS_LEAD;
    if (first >= 0x80 && first <= 0xbf) f |= STARTS_WITH_CONTINUATION;
    if (nbspByte !== undefined && code >= 0xc2 && code <= 0xdf && LATIN_GREEK_CYRILLIC_LETTER.test(Buffer.from([code, nbspByte]).toString("utf8"))) f |= LEADS_LETTER_WITH_NBSP;
    flags[cp] = f;
  }
  flags[0xfffd] |= STANDS_IN;
  flags[0x3f] |= STANDS_IN;
  if (nbspByte !== undefined) flags[0x20] |= STANDS_IN;
  return flags;
}

interface CombinedFlags {
  starts: Uint32Array;
  isLead: Uint32Array;
  startsWithContinuation: Uint32Array;
  standsIn: Uint32Array;
  leadsLetterWithNbsp: Uint32Array;
  leadsLonePunctuation: Uint32Array;
  /** The decoders that lose a lead byte (see `lostLeads`): a stand-in then a continuation byte is worth a look. */
  losesLead: number;
}
let combined: CombinedFlags | undefined;

function combinedFlags(): CombinedFlags {
  if (combined) return combined;
  const starts = new Uint32Array(0x10000);
  const isLead = new Uint32Array(0x10000);
  const startsWithContinuation = new Uint32Array(0x10000);
  const standsIn = new Uint32Array(0x10000);
  const leadsLetterWithNbsp = new Uint32Array(0x10000);
  const leadsLonePunctuation = new Uint32Array(0x10000);
  WRONG_DECODER_NAMES.forEach((name, i) => {
    const flags = wrongDecoder(name).screenFlags;
    const bit = 1 << i;
    for (let cp = 0; cp < 0x10000; cp++) {
      const f = flags[cp]!;
      if (f === 0) continue;
      if (f & STARTS_SEQUENCE) starts[cp] |= bit;
      if (f & IS_LEAD) isLead[cp] |= bit;
      if (f & STARTS_WITH_CONTINUATION) startsWithContinuation[cp] |= bit;
      if (f & STANDS_IN) standsIn[cp] |= bit;
      if (f & LEADS_LETTER_WITH_NBSP) leadsLetterWithNbsp[cp] |= bit;
      if (f & LEADS_LONE_PUNCTUATION) leadsLonePunctuation[cp] |= bit;
    }
  });
  const losesLead = WRONG_DECODER_NAMES.reduce((mask, name, i) => (wrongDecoder(name).lostLeads.length > 0 || losesThreeByteLeads(wrongDecoder(name)) ? mask | (1 << i) : mask), 0);
  combined = { starts, isLead, startsWithContinuation, standsIn, leadsLetterWithNbsp, leadsLonePunctuation, losesLead };
  return combined;
}

/**
 * The wrong decoders (as bits, by index in WRONG_DECODER_NAMES) whose repair may find
 * something in `line` (see `mayHoldUtf8`) — one pass over the line for all of them.
 * Example: "cafÃ©" → the bits of windows-1252, iso-8859-1, iso-8859-15, …; "привет" → 0;
 * "déjà vu" → 0 (a lead byte "é" followed by a letter, "à" by a space: nothing survives to repair).
 * Without `withLonePunctuation`, a lone "â" (LEADS_LONE_PUNCTUATION) is no reason to look;
 * without `withLeadsBeforeSpace`, nor is a lead before a space (LEADS_LETTER_WITH_NBSP).
 */
export function decodersThatMayHoldUtf8(line: string, withLonePunctuation = true, withLeadsBeforeSpace = true): number {
  const { starts, isLead, startsWithContinuation, standsIn, leadsLetterWithNbsp, leadsLonePunctuation, losesLead } = combinedFlags();
  let mask = 0;
  let afterStandIn = 0; // decoders that lose a lead byte, when the previous character is a stand-in
  let previous = 0; // decoders under which the previous character ends with a lead byte
  let beforeStandIn = 0; // the same for the character before a stand-in
  let previousLeadsLetter = 0; // decoders under which the previous character leads a letter with A0
  let previousLonePunctuation = 0; // decoders under which the previous character may be a lone "â" (see LEADS_LONE_PUNCTUATION)
  for (let i = 0; i < line.length; i++) {
    const cp = line.charCodeAt(i);
    mask |= starts[cp]! | ((previous | beforeStandIn | afterStandIn) & startsWithContinuation[cp]!);
    if (cp === SPACE && withLeadsBeforeSpace) mask |= previousLeadsLetter;
    if (previousLonePunctuation !== 0 && notLetter(cp)) mask |= previousLonePunctuation;
    previousLonePunctuation = withLonePunctuation ? leadsLonePunctuation[cp]! : 0;
    const standIn = standsIn[cp]!;
    mask |= beforeStandIn & standIn; // a lead and a row of stand-ins: an emoji that lost two or three bytes (emoji-lost-bytes.ts)
    afterStandIn = standIn & losesLead;
    beforeStandIn = previous & standIn;
    previous = isLead[cp]!;
    previousLeadsLetter = leadsLetterWithNbsp[cp]!;
  }
  return mask | previousLonePunctuation;
}

let nbspElsewhere: number | undefined;

/** The decoders (as bits) that read a byte other than A0 as NBSP (KOI8: 9A). */
export function decodersWithNbspElsewhere(): number {
  return (nbspElsewhere ??= WRONG_DECODER_NAMES.reduce((mask, name, i) => {
    const byte = wrongDecoder(name).nbspByte;
    return byte !== undefined && byte !== 0xa0 ? mask | (1 << i) : mask;
  }, 0));
}

function screen(flags: Uint8Array, losesLead = false): (line: string) => boolean {
  return (line) => {
    let previous = 0;
    let beforeStandIn = 0;
    for (let i = 0; i < line.length; i++) {
      const cp = line.charCodeAt(i);
      const f = flags[cp]!;
      if (f & STARTS_SEQUENCE || ((previous | beforeStandIn) & IS_LEAD && f & STARTS_WITH_CONTINUATION)) return true;
      if (losesLead && previous & STANDS_IN && f & STARTS_WITH_CONTINUATION) return true;
      if (cp === SPACE && previous & LEADS_LETTER_WITH_NBSP) return true;
      if (previous & LEADS_LONE_PUNCTUATION && notLetter(cp)) return true;
      // (Through a row of stand-ins: an emoji that lost two or three bytes, emoji-lost-bytes.ts.)
      if ((beforeStandIn & IS_LEAD) !== 0 && previous & STANDS_IN && f & STANDS_IN) return true;
      beforeStandIn = f & STANDS_IN ? previous : 0;
      previous = f;
    }
    return (previous & LEADS_LONE_PUNCTUATION) !== 0;
  };
}

const SINGLE_BYTE = [
  "windows-1252",
  "iso-8859-1",
  "iso-8859-15",
  "windows-1250",
  "iso-8859-2",
  "windows-1251",
  "koi8-r",
  "koi8-u",
  "windows-1253",
  "windows-1254",
  "windows-1257",
  "macintosh",
  "ibm437",
  "ibm850",
] as const;

/**
 * Less common wrong decoders: Arabic and Hebrew Windows ("ط§ظ„ط¹ط±ط¨ظٹط©", "׳©׳œ׳•׳"),
 * and DOS Cyrillic (the Windows console's "╨Я╤А╨╕╨▓╨╡╤В"). Their mistakes are repaired
 * alone, not looked for as the inner layer under another (real Chinese "植路" is GBK
 * D6 B2 C2 B7, "ֲ·", which is Windows-1255 for "·"). Not Thai Windows-874: its letters
 * are both lead and continuation bytes, so every Thai text is full of well-formed pairs.
 */
const LESS_COMMON_SINGLE_BYTE = ["windows-1256", "windows-1255", "ibm866"] as const;

/** Whether `name` is one of the less common wrong decoders, whose lone spans are guarded more (see span-guards.ts, wordEndThenPunctuation). */
export function isLessCommonDecoder(name: string): boolean {
  return (LESS_COMMON_SINGLE_BYTE as readonly string[]).includes(name);
}

/** The single-byte decoders whose mistake may lie under another one (see utf8-read-as.ts, moreLikelyUnderAnother). */
export const STACKED_SINGLE_BYTE_NAMES: readonly string[] = SINGLE_BYTE;

const DOUBLE_BYTE = ["gbk", "big5", "shift_jis", "euc-kr", "euc-jp"] as const;

/** The double-byte wrong decoders by name. */
export const DOUBLE_BYTE_NAMES: readonly string[] = DOUBLE_BYTE;

export const WRONG_DECODER_NAMES: readonly string[] = [...SINGLE_BYTE, ...LESS_COMMON_SINGLE_BYTE, ...DOUBLE_BYTE];

/** The double-byte decoders as bits of a `decodersThatMayHoldUtf8` mask. */
export const DOUBLE_BYTE_DECODERS = DOUBLE_BYTE.reduce((mask, _, i) => mask | (1 << (SINGLE_BYTE.length + LESS_COMMON_SINGLE_BYTE.length + i)), 0);

/** Bytes iconv-lite leaves undefined that the vendor's table maps (and real text shows). */
const VENDOR_CHARACTER: Record<string, Record<number, number>> = {
  macintosh: { 0xf0: 0xf8ff },
};

/**
 * Code pages whose long-sequence leads (E0–F4) are everyday letters: in DOS Cyrillic they
 * are "р"–"я" and "Ё", and the letters after them "а"–"п", so clean Russian would be read
 * as three-byte sequences all the time. Only the two-byte leads there (box drawing:
 * "╨Я" is D0 9F) begin a span: the Cyrillic, Greek and Latin letters of UTF-8.
 */
const TWO_BYTE_LEADS_ONLY = new Set(["ibm866"]);

function buildSingleByte(name: string): WrongDecoder {
  const table = new Map<number, number>();
  const lost: number[] = [];
  const lostLeads: number[] = [];
  const all = iconv.decode(Buffer.from(Array.from({ length: 256 }, (_, i) => i)), iconvCodec(name));
  let nbspByte: number | undefined;
  for (let byte = 0; byte < 256; byte++) {
    let cp = all.codePointAt(byte)!;
    if (cp === 0xfffd) {
      // An undefined byte: the vendor's own character where it has one (Apple's logo
      // at MacRoman F0), else the C1 control of the same number, as browsers decode it.
      cp = VENDOR_CHARACTER[name]?.[byte] ?? byte;
      if (byte >= 0x80 && byte <= 0xbf) lost.push(byte);
      if (byte >= 0xe0 && byte <= 0xf4) lostLeads.push(byte);
    }
    if (TWO_BYTE_LEADS_ONLY.has(name) && byte >= 0xe0) continue;
    if (!table.has(cp)) table.set(cp, byte);
    if (byte >= 0x80 && byte <= 0xbf && cp === 0xa0) nbspByte = byte;
  }
  // Where the browsers' (WHATWG) table reads a byte otherwise than iconv-lite's, both
  // characters map back to it: MacRoman BD is "Ω" U+03A9 there (U+2126 in iconv-lite), DB
  // "€" (the old "¤"), as Apple's table has read them since 1998 and Python reads them too.
  for (const [cp, byte] of browserOnlyCharacters(name)) if (!table.has(cp)) table.set(cp, byte);
  // ISO-8859 decoders map 80–9F to C1 controls, which later steps often strip.
  if (name.startsWith("iso-8859")) for (let b = 0x80; b <= 0x9f; b++) lost.push(b);
  // Text read as Latin-1 shows 80–9F as C1 controls where Windows-1252 has € ‚ ƒ …:
  // the Windows-1252 table takes both spellings back to the same byte.
  if (name === "windows-1252") for (let b = 0x80; b <= 0x9f; b++) if (!table.has(b)) table.set(b, b);
  const flags = screenFlags(table, nbspByte);
  // A lone "â" where the decoder loses 80–9F: a dash or quote that lost both continuation bytes (lone-punctuation-lead.ts).
  if (lost.includes(0x80)) flags[all.charCodeAt(PUNCTUATION_LEAD)]! |= LEADS_LONE_PUNCTUATION;
  const mayHoldUtf8 = screen(flags, lostLeads.length > 0);
  // Windows code pages drop their undefined bytes; ISO-8859 decoders keep 80–9F as C1
  // controls, and a later step that strips control characters leaves nothing in their
  // place ("ł" = C5 82 → "Å" + U+0082 → "Å"): a gap too.
  const drops = true;
  return { name, bytesOf: (cp) => table.get(cp), doubleByte: false, lostBytes: lost, lostLeads, nbspByte, canDrop: () => drops, mayHoldUtf8, screenFlags: flags };
}

/**
 * The characters the browsers' decoder gives for bytes 80–FF that iconv-lite reads
 * otherwise, with their bytes. Not for Windows-1252, which Node's own decoder reads as
 * Latin-1 (its C1 controls are mapped above), nor for code pages Node does not know.
 */
function browserOnlyCharacters(name: string): [number, number][] {
  if (name === "windows-1252") return [];
  let browser: { decode(bytes: Uint8Array): string };
  try {
    browser = new TextDecoder(name);
  } catch {
    return [];
  }
  const out: [number, number][] = [];
  for (let byte = 0x80; byte <= 0xff; byte++) {
    const shown = browser.decode(Uint8Array.of(byte));
    if (shown === "\ufffd" || [...shown].length !== 1 || shown === iconv.decode(Buffer.from([byte]), iconvCodec(name))) continue;
    out.push([shown.codePointAt(0)!, byte]);
  }
  return out;
}

const within = (b: number, lo: number, hi: number) => b >= lo && b <= hi;

/** The pairs each standard itself defines, narrower than the Microsoft supersets. */
const STRICT_PAIR: Record<string, (lead: number, trail: number) => boolean> = {
  "euc-kr": (lead, trail) => within(lead, 0xa1, 0xfe) && within(trail, 0xa1, 0xfe),
  big5: (lead, trail) => within(lead, 0xa1, 0xf9) && (within(trail, 0x40, 0x7e) || within(trail, 0xa1, 0xfe)),
  // (JIS X 0208 alone: its rows stop at EA A4; NEC's row 13 (87) and IBM's ED–EE are CP932's, not Python's shift_jis.)
  shift_jis: (lead, trail) => (within(lead, 0x81, 0x84) || within(lead, 0x88, 0x9f) || within(lead, 0xe0, 0xea)) && within(trail, 0x40, 0xfc) && trail !== 0x7f,
  "euc-jp": (lead, trail) => (within(lead, 0xa1, 0xfe) && within(trail, 0xa1, 0xfe)) || (lead === 0x8e && within(trail, 0xa1, 0xdf)),
};

/** Lead bytes of each double-byte encoding that fall in UTF-8's continuation range 80–BF. */
const DOUBLE_BYTE_LEADS: Record<string, [number, number][]> = {
  gbk: [[0x81, 0xfe]],
  big5: [[0x81, 0xfe]],
  shift_jis: [[0x81, 0x9f], [0xe0, 0xfc]],
  "euc-kr": [[0x81, 0xfe]],
  "euc-jp": [[0x8e, 0x8f], [0xa1, 0xfe]],
};

/** `[...ch].length === 1`, without the array (the tables are built from some 30,000 pairs per decoder). */
function isOneCodePoint(ch: string): boolean {
  if (ch.length === 1) return true;
  if (ch.length !== 2) return false;
  const high = ch.charCodeAt(0);
  const low = ch.charCodeAt(1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}

/** `/[\ue000-\uf8ff]/u.test(ch)` for one code point `ch`. */
function isPrivateUseUnit(ch: string): boolean {
  const unit = ch.charCodeAt(0);
  return ch.length === 1 && unit >= 0xe000 && unit <= 0xf8ff;
}

function buildDoubleByte(name: string): WrongDecoder {
  const codec = iconvCodec(name);
  const table = new Map<number, number>();
  // Single bytes first (ASCII, halfwidth katakana in Shift_JIS, € in GBK).
  for (let byte = 0; byte < 256; byte++) {
    const ch = iconv.decode(Buffer.from([byte]), codec);
    if (ch.length > 0 && ch !== "\ufffd" && [...ch].length === 1) {
      const cp = ch.codePointAt(0)!;
      if (!table.has(cp)) table.set(cp, byte);
    }
  }
  const leads = DOUBLE_BYTE_LEADS[name]!;
  const pairs: number[] = [];
  const codes: number[] = [];
  for (const [lo, hi] of leads) {
    for (let lead = lo; lead <= hi; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        pairs.push(lead, trail, 0x0a);
        codes.push((lead << 8) | trail);
      }
    }
  }
  const decoded = iconv.decode(Buffer.from(pairs), codec).split("\n");
  const validPairs = new Set<number>();
  const privateUsePairs = new Set<number>();
  codes.forEach((code, i) => {
    const ch = decoded[i];
    if (!ch || ch.includes("\ufffd") || !isOneCodePoint(ch)) return;
    validPairs.add(code);
    if (isPrivateUseUnit(ch)) privateUsePairs.add(code);
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) return;
    if (!table.has(cp)) table.set(cp, code);
  });
  // Browsers decode with the WHATWG tables, wider than iconv-lite's for Big5 (the 6,000
  // Hong Kong pairs: "1️⃣" read as Big5 shows as 儭 U+E42E U+F033): their pairs map back too.
  const browserDecoded = new TextDecoder(name).decode(Buffer.from(pairs)).split("\n");
  codes.forEach((code, i) => {
    const ch = browserDecoded[i];
    if (!ch || ch.includes("\ufffd") || !isOneCodePoint(ch)) return;
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x80 && !table.has(cp)) table.set(cp, code);
  });
  const lost: number[] = [];
  for (const [lo, hi] of leads) for (let b = Math.max(lo, 0x80); b <= Math.min(hi, 0xbf); b++) if (!table.has(b) || table.get(b) !== b) lost.push(b);
  // And bytes no lead that the browser still loses alone, giving the next byte back: Shift_JIS's
  // 80 and A0 ("…" E2 80 A6 after "’" → "窶吮◆ｦ"), EUC-JP's A0.
  const browser = new TextDecoder(name);
  for (let b = 0x80; b <= 0xbf; b++) if (!lost.includes(b) && browser.decode(Uint8Array.of(b, 0x41)) === "\ufffdA") lost.push(b);
  for (const b of pythonLostSingleBytes(name)) if (!lost.includes(b)) lost.push(b);
  // Dropped when the pair is invalid for the superset iconv-lite decodes (CP949, CP950,
  // CP932) or for the strict standard other decoders use (Python's euc_kr, big5, …).
  const strict = STRICT_PAIR[name];
  const canDrop = (b: number, next: number | undefined) =>
    next === undefined || !validPairs.has((b << 8) | next) || (strict !== undefined && !strict(b, next));
  // (After the lost bytes are known.) WHATWG decoders pass a lone byte 80–9F through as the C1 control of the same
  // number ("梨\u0098" is EUC-KR for EC B1 98): map those controls back to their byte.
  for (let b = 0x80; b <= 0x9f; b++) if (!table.has(b)) table.set(b, b);
  const leadLostBefore = leadsLostAlone(name);
  const pythonLosesBefore = pythonLosesLead(name, (lead, trail) => validPairs.has((lead << 8) | trail), (lead, trail) => privateUsePairs.has((lead << 8) | trail), strict);
  const pairLost = punctuationAfterLostPair(name);
  const beforePunctuation = pairLost && punctuationBeforePunctuation(name, PUNCTUATION_BY_POSITION);
  const flags = screenFlags(table, undefined, leadLostBefore !== undefined, pairLost, beforePunctuation);
  const mayHoldUtf8 = screen(flags, losesThreeByteLeads({ doubleByte: true, lostBytes: lost, pythonLosesBefore }));
  const wholeLosses = wholeCharacterLosses(name, strict);
  return { name, bytesOf: (cp) => table.get(cp), doubleByte: true, lostBytes: lost, lostLeads: [], nbspByte: undefined, canDrop, pythonLosesBefore, leadLostBefore, wholeCharacterLosses: wholeLosses, lettersSwallowedAfter: lettersSwallowedAfter(name), punctuationAfterLostPair: pairLost, punctuationBeforePunctuation: beforePunctuation, pairsLostAcross: pairsLostAcross(name), continuationPairsLost: continuationPairsLost(name), mayHoldUtf8, screenFlags: flags };
}

/**
 * The UTF-8 lead bytes (C2–F4) the browser's decoder loses alone before a continuation
 * byte (80–BF), reading that byte again (see `leadLostBefore`), as a lookup; undefined
 * when it loses none so. Asked of the decoder itself: EUC-KR and EUC-JP do, GBK and
 * Shift_JIS take the pair, Big5 loses both bytes.
 */
function leadsLostAlone(name: string): ((lead: number, next: number) => boolean) | undefined {
  const browser = new TextDecoder(name);
  const lostAlone = new Set<number>();
  for (let lead = 0xc2; lead <= 0xf4; lead++) {
    for (let next = 0x80; next <= 0xbf; next++) {
      // (Before an ASCII letter, or a byte A1–DF: EUC-JP's 8E pairs with the lead of the next letter, "ю" D1 8E then "б" D0 B1 → "◆ﾐ…".)
      for (const third of LETTER_AFTER) {
        const after = browser.decode(Uint8Array.of(next, third));
        if (browser.decode(Uint8Array.of(lead, next, third)) === `\ufffd${after}` && !after.startsWith("\ufffd")) lostAlone.add((lead << 8) | next);
      }
    }
  }
  return lostAlone.size === 0 ? undefined : (lead, next) => lostAlone.has((lead << 8) | next);
}

/** Bytes tried after a lead and its next byte: an ASCII "A", and a Cyrillic lead (D0) that EUC-JP's 8E takes as halfwidth katakana. */
const LETTER_AFTER = [0x41, 0xd0];

const cache = new Map<string, WrongDecoder>();

export function wrongDecoder(name: string): WrongDecoder {
  let decoder = cache.get(name);
  if (!decoder) {
    decoder = (DOUBLE_BYTE as readonly string[]).includes(name) ? buildDoubleByte(name) : buildSingleByte(name);
    cache.set(name, decoder);
  }
  return decoder;
}
