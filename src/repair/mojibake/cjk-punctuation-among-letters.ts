/**
 * CJK punctuation as a lost byte's candidate beside the letters it could also be. In
 * CJK text a slot's pool held only the letters of the neighbours' script, and CJK
 * punctuation competed only where no such letter was left; but the same bytes often
 * make both. "、" is E3 80 81: Windows-1250 leaves 81 undefined, and with it dropped
 * "ă€" is E3 80 + a lost byte ("、", "〃", "〈", "【") or E3 + a lost byte + 80 ("ダ"),
 * so "思想、良心" came out "思想ダ良心", a katakana no Chinese line writes. Here the
 * marks join the letters and the line's language chooses among them all, each mark
 * paying for its rarity as a script's punctuation does at a word's end
 * (script-punctuation.ts SCRIPT_MARK_RARITY_BITS). Only a choice among candidates: the
 * span is repaired or not as before.
 * Before → after (Windows-1250, 81 dropped): "ćłă€č‰Żĺż" → "想、良心" (was "想ダ良心").
 */

/** CJK punctuation ("。", "、", "「", "！"): a lost byte beside CJK text is often the sentence's last mark. */
export const CJK_PUNCTUATION = /^[\u3001-\u3003\u3008-\u3011\u3014-\u301f\uff01-\uff0f\uff1a-\uff1f\uff3b-\uff3d\uff5b-\uff65]$/u;

/** The candidates that are CJK punctuation, for a slot whose pool holds letters of CJK text (`cjkLetters`); else none. */
export function cjkPunctuationAmongLetters(candidates: readonly string[], cjkLetters: boolean): string[] {
  return cjkLetters ? candidates.filter((c) => CJK_PUNCTUATION.test(c)) : [];
}
