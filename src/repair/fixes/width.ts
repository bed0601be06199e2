/**
 * width: fullwidth and halfwidth forms become the ordinary characters, as ftfy's
 * `fix_character_width` does — fullwidth Latin letters and digits become ASCII,
 * halfwidth katakana becomes ordinary katakana (voiced marks joined: ｶﾞ → ガ).
 * Off by default (`--width`). Careful with CJK: fullwidth punctuation (，！？（）), the
 * fullwidth symbols (￥ ￡) and the ideographic space are the correct typography of
 * Chinese and Japanese text, so they change only where neither neighbour of their run
 * is a CJK character; letters and digits always change. The neighbours looked at are
 * on the same line, so the fix is line-local.
 * Example: `ＡＢＣ１２３！` → `ABC123!`, while `你好，世界！` stays.
 */
import type { Edit } from "../changes.js";
import type { Fix } from "../fix.js";

/** A run of fullwidth ASCII variants (U+FF01–U+FF60), fullwidth symbols (U+FFE0–U+FFE6), the ideographic space. */
const FULLWIDTH_RUN = /[\u3000\uff01-\uff60\uffe0-\uffe6]+/g;
/** Fullwidth letters and digits: always ASCII, whatever the neighbours. */
const FULLWIDTH_LETTER_OR_DIGIT = /^[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]$/;
/** Halfwidth katakana and CJK punctuation (U+FF61–U+FF9F), halfwidth Hangul (U+FFA0–U+FFDC), halfwidth forms (U+FFE8–U+FFEE). */
const HALFWIDTH_RUN = /[\uff61-\uffdc\uffe8-\uffee]+/g;
/** Halfwidth voiced sound marks that begin a run have no kana to join: they become the spacing ゛ ゜. */
const SPACING_SOUND_MARK: Readonly<Record<string, string>> = { "\uff9e": "\u309b", "\uff9f": "\u309c" };

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3001-\u303f\u30fc]/u;

function codePointBefore(text: string, index: number): string {
  if (index <= 0) return "";
  const low = text.charCodeAt(index - 1);
  return low >= 0xdc00 && low <= 0xdfff && index >= 2 ? text.slice(index - 2, index) : text[index - 1]!;
}

function codePointAt(text: string, index: number): string {
  const cp = text.codePointAt(index);
  return cp === undefined ? "" : String.fromCodePoint(cp);
}

function fullwidthEdits(text: string, edits: Edit[]): void {
  FULLWIDTH_RUN.lastIndex = 0;
  for (let m = FULLWIDTH_RUN.exec(text); m !== null; m = FULLWIDTH_RUN.exec(text)) {
    const end = m.index + m[0].length;
    const amongCjk = CJK.test(codePointBefore(text, m.index)) || CJK.test(codePointAt(text, end));
    let after = "";
    for (const ch of m[0]) after += amongCjk && !FULLWIDTH_LETTER_OR_DIGIT.test(ch) ? ch : ch.normalize("NFKC");
    if (after !== m[0]) edits.push({ start: m.index, end, after });
  }
}

function halfwidthEdits(text: string, edits: Edit[]): void {
  HALFWIDTH_RUN.lastIndex = 0;
  for (let m = HALFWIDTH_RUN.exec(text); m !== null; m = HALFWIDTH_RUN.exec(text)) {
    const lead = SPACING_SOUND_MARK[m[0][0]!];
    const run = lead === undefined ? m[0] : lead + m[0].slice(1);
    const after = run.normalize("NFKC").normalize("NFC");
    if (after !== m[0]) edits.push({ start: m.index, end: m.index + m[0].length, after });
  }
}

export const width: Fix = {
  name: "width",
  summary: "fullwidth and halfwidth forms become ordinary characters (ＡＢＣ → ABC, ｶﾅ → カナ)",
  defaultOn: false,
  repairsDamage: false,
  mayEdit: (text) => /[\u3000\uff01-\uffee]/.test(text),
  edits: (text) => {
    const edits: Edit[] = [];
    fullwidthEdits(text, edits);
    halfwidthEdits(text, edits);
    return edits.sort((a, b) => a.start - b.start);
  },
};
