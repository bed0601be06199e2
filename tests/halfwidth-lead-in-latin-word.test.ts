/**
 * A lone halfwidth katakana at a Latin word's end, the lead of a two-byte letter whose
 * continuation Shift_JIS lost (src/repair/mojibake/halfwidth-lead-in-latin-word.ts):
 * "à" (C3 A0) read as Shift_JIS is "ﾃ" and a lost A0. Inputs are made here with Node's
 * (WHATWG) decoder, which loses A0 as Python's shift_jis does (U+FFFD, "?" or nothing).
 */
import { describe, expect, it } from "vitest";
import { fixText } from "../src/index.js";
import { type Mark, readAsBrowser } from "./helpers/lost-bytes.js";

const RESTORED = [
  "Toute personne a droit à un niveau de vie suffisant.",
  "Todo ser humano tem direito à liberdade",
  "Nell'esercizio dei suoi diritti e delle sue libertà, ognuno deve essere sottoposto",
  "tale volontà deve essere espressa",
  "I genitori hanno diritto di priorità nella scelta del genere di istruzione",
];

describe("a lone halfwidth lead at a Latin word's end is the letter its lost byte made", () => {
  for (const clean of RESTORED) {
    for (const mark of ["fffd", "question", "dropped"] as Mark[]) {
      it(`${clean} (${mark})`, () => {
        const broken = readAsBrowser(clean, "shift_jis", mark);
        expect(broken).not.toBe(clean);
        expect(fixText(broken, { repairOnly: true })).toBe(clean);
      });
    }
  }
});

/** On a line that shows kana too (mojibake of other letters), beside the line's other repairs (Python shift_jis, errors="ignore"). */
it("a halfwidth lead beside other repairs on a line with kana", () => {
  expect(fixText("Nimeni nu poate fi silit sﾄ fﾄツﾄ parte", { repairOnly: true })).toBe("Nimeni nu poate fi silit să făcă parte");
});

/** Halfwidth katakana of Japanese, and kaomoji, stay: in runs, among kana, or not after a Latin letter. */
const UNCHANGED = [
  "(ﾟoﾟ) hello",
  "ﾃｽﾄ data",
  "テストの結果 libertﾃ ok",
  "ｶﾀｶﾅ ﾃ words",
  "caféﾟ x",
  "PCﾃﾞｰﾀ",
];

describe("halfwidth katakana of Japanese stay", () => {
  for (const text of UNCHANGED) it(text, () => expect(fixText(text, { repairOnly: true })).toBe(text));
});
