/**
 * Character classes: the coarse alphabet the plausibility model reasons in. A class
 * keeps what matters for telling real text from mojibake — script, case, letter vs
 * symbol vs control — and forgets the rest. Example: "Ã©" is LATIN_UPPER_EXT then
 * SYMBOL_LATIN1 (a rare pair inside a word); "é" is one LATIN_LOWER_EXT.
 */

export const CharClass = {
  SPACE: 0,
  DIGIT: 1,
  PUNCT_ASCII: 2,
  PUNCT_OTHER: 3,
  SYMBOL: 4,
  CONTROL: 5,
  REPLACEMENT: 6,
  MARK: 7,
  LATIN_UPPER_ASCII: 8,
  LATIN_LOWER_ASCII: 9,
  LATIN_UPPER_EXT: 10,
  LATIN_LOWER_EXT: 11,
  GREEK_UPPER: 12,
  GREEK_LOWER: 13,
  CYRILLIC_UPPER: 14,
  CYRILLIC_LOWER: 15,
  OTHER_UPPER: 16,
  OTHER_LOWER: 17,
  RTL_LETTER: 18,
  OTHER_LETTER: 19,
  HAN: 20,
  KANA: 21,
  HALFWIDTH_KANA: 22,
  HANGUL: 23,
  CJK_PUNCT: 24,
  MODIFIER_LETTER: 25,
  PRIVATE_OR_UNASSIGNED: 26,
  SYMBOL_LATIN1: 27,
  BOX_DRAWING: 28,
  EMOJI: 29,
} as const;

export const CLASS_COUNT = 30;
export type CharClassId = (typeof CharClass)[keyof typeof CharClass];

export const CLASS_NAMES: readonly string[] = Object.keys(CharClass);

/** Classes whose members are letters of an alphabet (scored per language). */
export function isAlphabetic(cls: number): boolean {
  return cls >= CharClass.LATIN_UPPER_ASCII && cls <= CharClass.OTHER_LETTER;
}

/** Letters of the logographic/syllabic scripts (scored by a global frequency table). */
export function isCjk(cls: number): boolean {
  return cls >= CharClass.HAN && cls <= CharClass.HANGUL;
}

/** The script group of a letter class (Latin, Greek, Cyrillic, …; Han, kana and Hangul together), or -1 for non-letters. */
export function scriptGroup(cls: number): number {
  if (cls >= CharClass.LATIN_UPPER_ASCII && cls <= CharClass.LATIN_LOWER_EXT) return 0;
  if (cls === CharClass.GREEK_UPPER || cls === CharClass.GREEK_LOWER) return 1;
  if (cls === CharClass.CYRILLIC_UPPER || cls === CharClass.CYRILLIC_LOWER) return 2;
  if (cls === CharClass.OTHER_UPPER || cls === CharClass.OTHER_LOWER) return 3;
  if (cls === CharClass.RTL_LETTER) return 4;
  if (cls === CharClass.OTHER_LETTER) return 5;
  if (cls >= CharClass.HAN && cls <= CharClass.HANGUL) return 6;
  return -1;
}

const LATIN1_PUNCT = new Set([0xa1, 0xab, 0xb7, 0xbb, 0xbf]);

const RE = {
  space: /\s/u,
  digit: /\p{Nd}/u,
  mark: /\p{M}/u,
  control: /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u,
  unassigned: /[\p{Cn}\p{Co}\p{Cs}]/u,
  punct: /\p{P}/u,
  latin: /\p{Script=Latin}/u,
  greek: /\p{Script=Greek}/u,
  cyrillic: /\p{Script=Cyrillic}/u,
  rtl: /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u,
  han: /\p{Script=Han}/u,
  kana: /[\p{Script=Hiragana}\p{Script=Katakana}]/u,
  hangul: /\p{Script=Hangul}/u,
  upper: /\p{Lu}|\p{Lt}/u,
  lower: /\p{Ll}/u,
  modifier: /\p{Lm}/u,
  letter: /\p{L}/u,
  emoji: /\p{Extended_Pictographic}/u,
};

function computeClass(cp: number): number {
  if (cp < 0x80) {
    if (cp === 0x20 || cp === 0x09 || cp === 0x0a || cp === 0x0d || cp === 0x0c || cp === 0x0b) return CharClass.SPACE;
    if (cp < 0x20 || cp === 0x7f) return CharClass.CONTROL;
    if (cp >= 0x30 && cp <= 0x39) return CharClass.DIGIT;
    if (cp >= 0x41 && cp <= 0x5a) return CharClass.LATIN_UPPER_ASCII;
    if (cp >= 0x61 && cp <= 0x7a) return CharClass.LATIN_LOWER_ASCII;
    return CharClass.PUNCT_ASCII;
  }
  if (cp === 0xfffd) return CharClass.REPLACEMENT;
  if (cp >= 0x80 && cp < 0xa0) return CharClass.CONTROL;
  if (cp >= 0xa1 && cp <= 0xbf) return LATIN1_PUNCT.has(cp) ? CharClass.PUNCT_OTHER : CharClass.SYMBOL_LATIN1;
  if (cp === 0xd7 || cp === 0xf7) return CharClass.SYMBOL_LATIN1;
  if (cp >= 0x2500 && cp <= 0x259f) return CharClass.BOX_DRAWING;
  if (cp >= 0xff61 && cp <= 0xff9f) return CharClass.HALFWIDTH_KANA;
  if ((cp >= 0x3000 && cp <= 0x303f) || (cp >= 0xff01 && cp <= 0xff60) || (cp >= 0xfe30 && cp <= 0xfe4f)) return CharClass.CJK_PUNCT;
  const ch = String.fromCodePoint(cp);
  if (RE.space.test(ch)) return CharClass.SPACE;
  if (RE.control.test(ch)) return CharClass.CONTROL;
  if (RE.unassigned.test(ch)) return CharClass.PRIVATE_OR_UNASSIGNED;
  if (RE.mark.test(ch)) return CharClass.MARK;
  if (RE.digit.test(ch)) return CharClass.DIGIT;
  if (RE.emoji.test(ch)) return CharClass.EMOJI;
  if (RE.letter.test(ch)) {
    if (RE.han.test(ch)) return CharClass.HAN;
    if (RE.kana.test(ch)) return CharClass.KANA;
    if (RE.hangul.test(ch)) return CharClass.HANGUL;
    if (RE.modifier.test(ch)) return CharClass.MODIFIER_LETTER;
    const upper = RE.upper.test(ch);
    const lower = RE.lower.test(ch);
    if (RE.latin.test(ch)) {
      if (upper) return CharClass.LATIN_UPPER_EXT;
      return CharClass.LATIN_LOWER_EXT;
    }
    if (RE.greek.test(ch)) return upper ? CharClass.GREEK_UPPER : CharClass.GREEK_LOWER;
    if (RE.cyrillic.test(ch)) return upper ? CharClass.CYRILLIC_UPPER : CharClass.CYRILLIC_LOWER;
    if (RE.rtl.test(ch)) return CharClass.RTL_LETTER;
    if (upper) return CharClass.OTHER_UPPER;
    if (lower) return CharClass.OTHER_LOWER;
    return CharClass.OTHER_LETTER;
  }
  if (RE.punct.test(ch)) return CharClass.PUNCT_OTHER;
  return CharClass.SYMBOL;
}

const BMP_CLASS = new Uint8Array(0x10000).fill(0xff);
const ASTRAL_CLASS = new Map<number, number>();

/** The class of a code point (cached). */
export function charClass(cp: number): number {
  if (cp < 0x10000) {
    let cls = BMP_CLASS[cp]!;
    if (cls === 0xff) {
      cls = computeClass(cp);
      BMP_CLASS[cp] = cls;
    }
    return cls;
  }
  let cls = ASTRAL_CLASS.get(cp);
  if (cls === undefined) {
    cls = computeClass(cp);
    ASTRAL_CLASS.set(cp, cls);
  }
  return cls;
}
