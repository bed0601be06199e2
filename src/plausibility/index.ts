/**
 * One model of how much a string looks like human text in some language, used by
 * the repair engine (is the repaired span more plausible than the broken one?) and
 * by detection (which decoding reads most like a language?). The cost is in bits:
 * lower is more plausible. It adds three things, all learned from real text
 * (tables/udhr.ts, generated from the Universal Declaration of Human Rights in ~450
 * languages):
 *  - letters of alphabetic scripts, scored by the single language that explains all
 *    the letters of the string best ("Ïðèâåò" mixes Icelandic ð, French è, Danish å:
 *    no language has all three; "Привет" is plain Russian);
 *  - other characters (punctuation, symbols, Han, kana, Hangul) by their frequency
 *    within their class, with CJK characters not seen in the training text ranked by
 *    the national standards' frequency levels (common-cjk.ts);
 *  - transitions between character classes ("Ã©": an uppercase accented letter, then
 *    a Latin-1 symbol inside a word, is rare; "é" between lowercase letters is not).
 * Example: textCost("cafÃ©") ≫ textCost("café").
 */
import { CLASS_COUNT, CharClass, charClass, isAlphabetic, scriptGroup } from "./char-class.js";
import { isCommonCjk } from "./common-cjk.js";
import { CHAR_COSTS, COST_SCALE, LANGUAGE_LETTER_COSTS, LETTERS, TRANSITION_COSTS } from "./tables/udhr.js";
import { ownCopy } from "./own-copy.js";

/** A letter the language never uses (e.g. "ø" in Russian): about one in 60,000 letters. */
const LETTER_UNSEEN_IN_LANGUAGE_BITS = 16;
/** A letter no training language uses at all (e.g. IPA "ɻ"): rarer still. */
const LETTER_NEVER_SEEN_BITS = 26;
/**
 * Frequent hanzi/kanji/Hangul missing from the (short) training text, which holds the
 * most frequent few hundred: uniform over the ~4,000 common ones would be 12 bits;
 * these are the less frequent of them.
 */
const COMMON_CJK_UNSEEN_BITS = 15;
/** CJK outside the frequent levels: what GBK/Big5/Shift_JIS mojibake of UTF-8 lands on. */
const RARE_CJK_BITS = 18;
/** Unseen characters of the other classes, by how normal the class is in running text. */
const UNSEEN_BITS_BY_CLASS: Partial<Record<number, number>> = {
  [CharClass.SPACE]: 6,
  [CharClass.DIGIT]: 4,
  [CharClass.PUNCT_ASCII]: 8,
  [CharClass.PUNCT_OTHER]: 9,
  [CharClass.SYMBOL]: 10,
  [CharClass.SYMBOL_LATIN1]: 8,
  [CharClass.EMOJI]: 8,
  [CharClass.MARK]: 14,
  [CharClass.KANA]: 10,
  [CharClass.HALFWIDTH_KANA]: 9,
  [CharClass.CJK_PUNCT]: 8,
  [CharClass.BOX_DRAWING]: 6,
  [CharClass.MODIFIER_LETTER]: 14,
  [CharClass.CONTROL]: 20,
  [CharClass.REPLACEMENT]: 20,
  [CharClass.PRIVATE_OR_UNASSIGNED]: 20,
};
const UNSEEN_DEFAULT_BITS = 12;
/**
 * A change of script between neighbouring letters (ignoring spaces, digits and
 * punctuation): real text keeps to one script for long stretches, mojibake hops
 * (a rare hanzi between two English words, Latin letters inside a Chinese phrase).
 * Kana, Han and Hangul count as one script. Set so that an isolated GBK-mojibake
 * character between English words costs more than the punctuation it hides.
 */
const SCRIPT_SWITCH_BITS = 8;
/**
 * Typographic punctuation (‘ ’ “ ” « » – — … • and kin) is common in real text but
 * nearly absent from the declarations the model learns from; left at its learned
 * cost (~30 bits with its neighbours), a repair that swallows a real dash or quote as
 * if it were a stray byte would look like a gain ("comunità — nella" → "comunitࠗ").
 * It costs this much, and its transitions at most TYPOGRAPHIC_TRANSITION_BITS.
 */
const TYPOGRAPHIC_PUNCT_BITS = 5;
/** ‘ ’ “ ” « » – — … • and kin (a code unit). */
function isTypographicUnit(unit: number): boolean {
  return unit === 0x2013 || unit === 0x2014 || (unit >= 0x2018 && unit <= 0x201e) || unit === 0x2022 || unit === 0x2026 || unit === 0x2039 || unit === 0x203a || unit === 0xab || unit === 0xbb;
}
/** Punctuation next to spaces, digits and other punctuation: where real text puts it. */
const PUNCTUATION_AT_WORD_EDGE_BITS = 4;
/** Punctuation touching a letter: a closing quote or an apostrophe, but also the continuation characters of mojibake ("Ã‚"). */
const PUNCTUATION_BY_LETTER_BITS = 8;

/**
 * Runs of one kind of symbol — a box-drawing table, a row of currency signs,
 * halfwidth katakana — are how such characters are used; the declarations hold none,
 * so their repetition would otherwise cost the maximum and look like mojibake.
 */
const SYMBOL_RUN_BITS = 3;
const SYMBOL_RUN_CLASSES = [
  CharClass.BOX_DRAWING,
  CharClass.SYMBOL,
  CharClass.SYMBOL_LATIN1,
  CharClass.HALFWIDTH_KANA,
  CharClass.KANA,
  CharClass.CJK_PUNCT,
  CharClass.EMOJI,
];

/**
 * An accented capital standing alone as a word right after a lower-case word ("direito
 * Ã  educação"): no language writes one there (a sentence-initial "À" follows
 * a full stop; an initial "Á." has its full stop), but UTF-8's lead byte read as
 * Windows-1252 is exactly that, once its NBSP became a space. Set on the repair
 * corpus's NBSP-to-space cases.
 */
const LONE_CAPITAL_BITS = 6;
const LONE_CAPITAL = /\p{Ll} +(?![A-Z])\p{Lu}(?![\p{L}\p{M}\p{N}.'’])/gu;

function countMatches(pattern: RegExp, text: string): number {
  let n = 0;
  pattern.lastIndex = 0;
  while (pattern.exec(text) !== null) n++;
  return n;
}

/** Transition costs are capped: a single odd neighbour must not outweigh everything else. */
const MAX_TRANSITION_BITS = 14;

interface Tables {
  letterIndex: Map<string, number>;
  /** languages × letters, cost × COST_SCALE; 255 = unseen in that language. */
  letterCosts: Uint8Array;
  languages: string[];
  charCosts: Map<number, number>;
  transitions: Float32Array;
  /** For each letter, the languages that use it (an inverted index, to skip the others). */
  languagesOfLetter: Int32Array[];
}

let tables: Tables | undefined;

/**
 * A letter a language's (short) training text lacks, but which is a letter it has with
 * a mark it writes on several other letters (Vietnamese "ỉ": "i" with the hook above of "ả"),
 * costs its base letter's bits plus this: rarer than the base, far from unseen.
 */
const MARK_VARIANT_BITS = 6;
/**
 * A mark counts as the language's own when it writes it on at least this many letters
 * (Vietnamese puts the hook above on a dozen vowels; Swedish the ring on "å" alone, so
 * "ů" is no Swedish letter).
 */
const PRODUCTIVE_MARK_LETTERS = 3;
/**
 * Blocks of precomposed letters that may be such variants even if no training text has
 * them. Not Latin-1's letters: every language that writes one of them shows it in its
 * training text, so one missing is one the language does not use (no "å" in Italian) —
 * and they are what legacy text read as Windows-1252 is made of ("ìå" for Greek "με").
 */
const PRECOMPOSED_LETTER_BLOCKS: readonly [number, number][] = [
  [0x0100, 0x024f],
  [0x0386, 0x03ce],
  [0x0400, 0x04ff],
  [0x1e00, 0x1eff],
  [0x1f00, 0x1fff],
];

/** Lower-case letters that decompose into a letter and marks, with their base (NFD's first code point) and marks. */
function markVariants(seen: readonly string[]): { letter: string; base: string; marks: string[] }[] {
  const candidates = new Set(seen);
  for (const [lo, hi] of PRECOMPOSED_LETTER_BLOCKS) {
    for (let cp = lo; cp <= hi; cp++) {
      const ch = String.fromCodePoint(cp);
      if (/^\p{Ll}$/u.test(ch)) candidates.add(ch);
    }
  }
  const variants: { letter: string; base: string; marks: string[] }[] = [];
  for (const letter of candidates) {
    if (letter.codePointAt(0)! < 0x100) continue;
    const parts = Array.from(letter.normalize("NFD"));
    if (parts.length < 2 || !parts.slice(1).every((p) => /^\p{M}$/u.test(p))) continue;
    variants.push({ letter, base: parts[0]!, marks: parts.slice(1) });
  }
  return variants;
}

function loadTables(): Tables {
  const seenLetters = LETTERS.split("\u0001");
  const seen = new Set(seenLetters);
  const variants = markVariants(seenLetters).filter((v) => seen.has(v.base));
  const letters = [...seenLetters, ...variants.map((v) => v.letter).filter((l) => !seen.has(l))];
  const letterIndex = new Map(letters.map((l, i) => [l, i]));
  const lines = LANGUAGE_LETTER_COSTS.split("\n");
  const letterCosts = new Uint8Array(lines.length * letters.length).fill(255);
  const languages: string[] = [];
  lines.forEach((line, lang) => {
    const [code, entries] = line.split(" ");
    languages.push(code!);
    for (const entry of entries!.split(",")) {
      const [index, cost] = entry.split(":");
      letterCosts[lang * letters.length + parseInt(index!, 36)] = Math.min(254, parseInt(cost!, 36));
    }
  });
  addMarkVariants(letterCosts, letters, letterIndex, variants, languages.length);
  const charCosts = new Map<number, number>();
  for (const entry of CHAR_COSTS.split("\u0001")) {
    const cp = entry.codePointAt(0)!;
    charCosts.set(cp, parseInt(entry.slice(cp > 0xffff ? 2 : 1), 36) / COST_SCALE);
  }
  const transitions = new Float32Array(TRANSITION_COSTS.split(",").map((n) => Math.min(MAX_TRANSITION_BITS, parseInt(n, 36) / COST_SCALE)));
  for (const cls of SYMBOL_RUN_CLASSES) {
    const self = cls * CLASS_COUNT + cls;
    transitions[self] = Math.min(transitions[self]!, SYMBOL_RUN_BITS);
  }
  for (let other = 0; other < CLASS_COUNT; other++) {
    const cap = isAlphabetic(other) ? PUNCTUATION_BY_LETTER_BITS : PUNCTUATION_AT_WORD_EDGE_BITS;
    for (const i of [other * CLASS_COUNT + CharClass.PUNCT_OTHER, CharClass.PUNCT_OTHER * CLASS_COUNT + other]) {
      transitions[i] = Math.min(transitions[i]!, cap);
    }
  }
  const users: number[][] = letters.map(() => []);
  for (let lang = 0; lang < languages.length; lang++) {
    for (let i = 0; i < letters.length; i++) if (letterCosts[lang * letters.length + i] !== 255) users[i]!.push(lang);
  }
  const languagesOfLetter = users.map((u) => Int32Array.from(u));
  return { letterIndex, letterCosts, languages, charCosts, transitions, languagesOfLetter };
}

/** Fill in, per language, the letters that are its own letters with its own marks (MARK_VARIANT_BITS). */
function addMarkVariants(letterCosts: Uint8Array, letters: readonly string[], letterIndex: Map<string, number>, variants: readonly { letter: string; base: string; marks: string[] }[], languageCount: number): void {
  const width = letters.length;
  // The letters that carry marks, with their marks.
  const marked: [number, string[]][] = [];
  letters.forEach((l, i) => {
    const marks = Array.from(l.normalize("NFD")).slice(1);
    if (marks.length > 0) marked.push([i, marks]);
  });
  const placed = variants.map(({ letter, base, marks }) => ({ at: letterIndex.get(letter)!, base: letterIndex.get(base)!, marks }));
  const extra = Math.round(MARK_VARIANT_BITS * COST_SCALE);
  for (let lang = 0; lang < languageCount; lang++) {
    const row = lang * width;
    // How many letters of the language carry each mark.
    const markUses = new Map<string, number>();
    for (const [i, marks] of marked) if (letterCosts[row + i] !== 255) for (const m of marks) markUses.set(m, (markUses.get(m) ?? 0) + 1);
    for (const { at, base, marks } of placed) {
      const baseCost = letterCosts[row + base]!;
      if (letterCosts[row + at] !== 255 || baseCost === 255) continue;
      if (marks.every((m) => (markUses.get(m) ?? 0) >= PRODUCTIVE_MARK_LETTERS)) letterCosts[row + at] = Math.min(254, baseCost + extra);
    }
  }
}

function getTables(): Tables {
  tables ??= loadTables();
  return tables;
}

/** Bits for a non-alphabetic character within its class. */
function otherCharCost(t: Tables, cp: number, cls: number): number {
  if (cls === CharClass.PUNCT_OTHER && isTypographicUnit(cp & 0xffff)) return TYPOGRAPHIC_PUNCT_BITS;
  const known = t.charCosts.get(cp);
  if (cls === CharClass.HAN || cls === CharClass.HANGUL) {
    if (!isCommonCjk(cp)) return RARE_CJK_BITS;
    return known === undefined ? COMMON_CJK_UNSEEN_BITS : Math.min(known, COMMON_CJK_UNSEEN_BITS);
  }
  return known ?? UNSEEN_BITS_BY_CLASS[cls] ?? UNSEEN_DEFAULT_BITS;
}

/** Letter multisets seen recently, by their key: words repeat, and so do their scores. */
const letterCostCache = new Map<string, { bits: number; language: string | undefined }>();
/** Entries before the cache starts again: each repair thread holds its own, and 20,000 held ~6 MB of keys for the same speed (5 MB of multilingual text through the CLI). */
const LETTER_CACHE_SIZE = 5_000;

/**
 * Distinct letters from which a multiset's cost is remembered (speed only): a word's few
 * letters score faster than their key is built and looked up (5% of the time on clean
 * multilingual text), a line's many do not.
 */
const REMEMBERED_MIN_LETTERS = 16;

/** A letter cost's bits by its byte in `letterCosts` (255: a letter the language never showed): the same numbers the scoring worked out per letter, looked up. */
const LETTER_COST_BITS = Float64Array.from({ length: 256 }, (_, q) => (q === 255 ? LETTER_UNSEEN_IN_LANGUAGE_BITS + 4 : q / COST_SCALE));

/**
 * The cost of a multiset of letters under the language that explains them best.
 * Only languages that use the rarest of the letters can win (the others pay the
 * unseen-letter price for it), so only those are scored; when no language uses
 * any of them, all are.
 */
function bestLanguageCost(t: Tables, letters: Map<string, number>): { bits: number; language: string | undefined } {
  if (letters.size === 0) return { bits: 0, language: undefined };
  // (Few letters are scored afresh: building and hashing their key costs more than the scoring. Same result either way.)
  const remembered = letters.size >= REMEMBERED_MIN_LETTERS;
  let key = "";
  if (remembered) {
    for (const [l, n] of letters) key += l + n;
    const cached = letterCostCache.get(key);
    if (cached) return cached;
  }
  const width = t.letterIndex.size;
  // The known letters as two parallel lists (no pair per letter: this runs for every text scored).
  const knownIndex: number[] = [];
  const knownCount: number[] = [];
  let neverSeen = 0;
  let rarest: Int32Array | undefined;
  for (const [letter, count] of letters) {
    const index = t.letterIndex.get(letter);
    if (index === undefined) {
      neverSeen += count;
      continue;
    }
    knownIndex.push(index);
    knownCount.push(count);
    const users = t.languagesOfLetter[index]!;
    if (!rarest || users.length < rarest.length) rarest = users;
  }
  const { letterCosts } = t;
  const known = knownIndex.length;
  const everyLanguage = !rarest || rarest.length === 0;
  let best = Infinity;
  let bestLanguage: string | undefined;
  const candidates = everyLanguage ? t.languages.length : rarest!.length;
  scoring: for (let c = 0; c < candidates; c++) {
    const lang = everyLanguage ? c : rarest![c]!;
    const row = lang * width;
    let bits = 0;
    for (let k = 0; k < known; k++) {
      bits += knownCount[k]! * LETTER_COST_BITS[letterCosts[row + knownIndex[k]!]!]!;
      if (bits >= best) continue scoring;
    }
    best = bits;
    bestLanguage = t.languages[lang];
  }
  if (known === 0) best = 0;
  const result = { bits: best + neverSeen * LETTER_NEVER_SEEN_BITS, language: bestLanguage };
  if (!remembered) return result;
  if (letterCostCache.size >= LETTER_CACHE_SIZE) letterCostCache.clear();
  letterCostCache.set(ownCopy(key), result);
  return result;
}

export interface CostBreakdown {
  bits: number;
  letters: number;
  others: number;
  transitions: number;
  language: string | undefined;
}

const lowerCaseByCodeUnit: (string | undefined)[] = [];

/** A code point's lower case (a string: "İ" has two code points), worked out once. */
function lowerCaseOf(cp: number): string {
  if (cp > 0xffff) return String.fromCodePoint(cp).toLowerCase();
  return (lowerCaseByCodeUnit[cp] ??= String.fromCharCode(cp).toLowerCase());
}

/** The cost of `text` in bits, with its parts. */
export function explainCost(text: string): CostBreakdown {
  const t = getTables();
  // Letters are scored per script: each script's letters by the language that explains them best.
  const lettersByScript = new Map<number, Map<string, number>>();
  // (The last script's letters at hand: runs of one script need no look-up per letter.)
  let lettersGroup = -1;
  let groupLetters: Map<string, number> | undefined;
  let others = 0;
  let transitions = 0;
  let prev: number = CharClass.SPACE;
  let script = -1;
  let sawLatinUpperExt = false;
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = ((cp - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    const cls = charClass(cp);
    if (cls === CharClass.LATIN_UPPER_EXT) sawLatinUpperExt = true;
    transitions += t.transitions[prev * CLASS_COUNT + cls]!;
    prev = cls;
    const group = scriptGroup(cls);
    if (group >= 0) {
      if (script >= 0 && group !== script) transitions += SCRIPT_SWITCH_BITS;
      script = group;
    }
    if (isAlphabetic(cls)) {
      const lower = lowerCaseOf(cp);
      let letters = group === lettersGroup ? groupLetters : lettersByScript.get(group);
      if (!letters) lettersByScript.set(group, (letters = new Map()));
      lettersGroup = group;
      groupLetters = letters;
      letters.set(lower, (letters.get(lower) ?? 0) + 1);
    } else {
      others += otherCharCost(t, cp, cls);
    }
  }
  transitions += t.transitions[prev * CLASS_COUNT + CharClass.SPACE]!;
  if (sawLatinUpperExt) transitions += LONE_CAPITAL_BITS * countMatches(LONE_CAPITAL, text);
  let letterBits = 0;
  let language: string | undefined;
  for (const letters of lettersByScript.values()) {
    const best = bestLanguageCost(t, letters);
    letterBits += best.bits;
    language ??= best.language;
  }
  return { bits: letterBits + others + transitions, letters: letterBits, others, transitions, language };
}

const COMMON_SYMBOL_BLOCKS: readonly [number, number][] = [
  [0x00a0, 0x00ff],
  [0x02c0, 0x02ff], // spacing modifiers: Windows-1252's ˆ and ˜
  [0x20a0, 0x20cf],
  [0x2100, 0x22ff],
  [0x2300, 0x23ff],
  [0x25a0, 0x27bf],
  [0x2b00, 0x2bff],
];

/**
 * Letters of the small alphabets the per-language model writes (Armenian, Georgian,
 * Hebrew): every one of them is everyday, seen in the short training text or not
 * (Armenian "ֆ"). Not Arabic's or Thai's blocks, which hold rare and archaic letters
 * as well; not Samaritan or Yi. Vietnamese's letters (U+1E00–U+1EFF) count as known
 * the same way.
 */
const OWN_SCRIPT_OF_A_MODEL_LANGUAGE = /^[\u0531-\u0556\u0561-\u0587\u05d0-\u05ea\u10d0-\u10fa]$/u;

/** Variation selectors, the keycap and the zero-width joiners: the glue of emoji sequences. */
const EMOJI_JOINERS = /[\ufe00-\ufe0f\u20e3\u200c\u200d]/;

/**
 * Whether a character is one real text uses: a letter some training language has,
 * a frequent CJK character, or anything that is not a letter, mark or control; when
 * `guessing`, an everyday one of those. A restored lost byte
 * must give such a character (not an unseen Samaritan or Yi letter).
 */
export function isKnownCharacter(ch: string, guessing = false): boolean {
  // (A character of one UTF-16 unit is answered once: the answer depends on it alone.)
  if (ch.length !== 1) return knownCharacter(ch, guessing);
  const at = (ch.charCodeAt(0) << 1) | (guessing ? 1 : 0);
  let answer = knownUnits[at]!;
  if (answer === 0) knownUnits[at] = answer = knownCharacter(ch, guessing) ? 1 : 2;
  return answer === 1;
}

/** isKnownCharacter's answers per UTF-16 unit and `guessing` (unit × 2 + guessing): 1 known, 2 not, 0 not yet asked. */
const knownUnits = new Uint8Array(0x20000);

function knownCharacter(ch: string, guessing: boolean): boolean {
  const cp = ch.codePointAt(0)!;
  const cls = charClass(cp);
  // Latin, Greek and Cyrillic letters are all everyday (the single-byte code pages are
  // made of them, so inner layers of mojibake are too: "ƒ", "Š"); other scripts' letters
  // must have been seen in a language.
  if (isAlphabetic(cls)) return cp < 0x0250 || (cp >= 0x0370 && cp < 0x0530) || (cp >= 0x1e00 && cp < 0x1f00) || OWN_SCRIPT_OF_A_MODEL_LANGUAGE.test(ch) || getTables().letterIndex.has(ch.toLowerCase());
  if (cls === CharClass.HAN || cls === CharClass.HANGUL) return isCommonCjk(cp);
  if (EMOJI_JOINERS.test(ch)) return true;
  if (cls === CharClass.MARK) return getTables().charCosts.has(cp);
  if (cls === CharClass.PRIVATE_OR_UNASSIGNED || cls === CharClass.CONTROL) return false;
  if (!guessing) return true;
  // A guess (a restored lost byte) must moreover be an everyday character: not another
  // script's punctuation or digit (Samaritan "࠱" from "à ±", Mongolian "᠙" from "á ™"),
  // not Braille ("в €" is no "⠈").
  if (cls === CharClass.PUNCT_OTHER) return (cp >= 0x2010 && cp <= 0x205e) || cp < 0x100 || (cp >= 0x3000 && cp <= 0x303f) || getTables().charCosts.has(cp);
  if (cls === CharClass.DIGIT) return cp < 0x80 || (cp >= 0xff10 && cp <= 0xff19) || getTables().charCosts.has(cp);
  if (cls === CharClass.SYMBOL) return cp >= 0x1f000 || COMMON_SYMBOL_BLOCKS.some(([lo, hi]) => cp >= lo && cp <= hi) || getTables().charCosts.has(cp);
  return true;
}

/** How implausible `text` is as human text, in bits (lower = more plausible). */
export function textCost(text: string): number {
  let bits = knownCosts.get(text);
  if (bits === undefined) {
    bits = explainCost(text).bits;
    if (knownCosts.size >= KNOWN_COSTS_SIZE || knownCostsChars + text.length > KNOWN_COSTS_CHARS) {
      knownCosts.clear();
      knownCostsChars = 0;
    }
    knownCosts.set(ownCopy(text), bits);
    knownCostsChars += text.length;
  }
  return bits;
}

/** Costs of texts asked about again (a line before and after each round of the search). */
const knownCosts = new Map<string, number>();
const KNOWN_COSTS_SIZE = 2_000;
/** …and at most this many characters of them (a long line's pieces are up to 8 K characters each). */
const KNOWN_COSTS_CHARS = 1_000_000;
let knownCostsChars = 0;
