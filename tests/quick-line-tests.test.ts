/**
 * The speed-only line tests of src/repair/mojibake/quick-line-tests.ts must give exactly
 * what the regular expression they stand before gives, on every kind of line: ASCII,
 * accented Latin, other scripts beside Latin, letters beyond the Basic Multilingual Plane.
 */
import { describe, expect, it } from "vitest";
import { unitTable, withoutLetters } from "../src/repair/mojibake/quick-line-tests.js";

/** The pattern legacy-read-as-latin1.ts asks this of: letters of scripts other than Latin. */
const OTHER_SCRIPT_LETTER = /(?![\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}])\p{L}/gu;
const table = unitTable(OTHER_SCRIPT_LETTER);

const LINES: [string, string][] = [
  ["plain ASCII", "The quick brown fox, 12 times."],
  ["accented Latin only", "Chaque personne a droit à la liberté — très bien « oui »."],
  ["Cyrillic beside Latin mojibake", "Свако, êàî ÷ëàí друштва"],
  ["Greek and Latin", "Καλημέρα café"],
  ["CJK in a Latin line", "Tab键 and 中文 text"],
  ["combining marks", "e\u0301 a\u0300 Ñ"],
  ["a letter beyond the BMP", "math 𝐀𝐁 and 𠀀 han"],
  ["lone surrogates", "x\ud800y\udc00z"],
  ["empty", ""],
];

describe("withoutLetters gives what the replace gives", () => {
  it.each(LINES)("%s", (_, line) => {
    expect(withoutLetters(line, table, OTHER_SCRIPT_LETTER)).toBe(line.replace(OTHER_SCRIPT_LETTER, ""));
  });
  it("on many random lines", () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000);
    for (let n = 0; n < 2000; n++) {
      let line = "";
      for (let i = 0; i < 20; i++) {
        const r = random();
        line += r < 0.4 ? String.fromCharCode(0x61 + Math.floor(random() * 26)) : r < 0.95 ? String.fromCharCode(Math.floor(random() * 0xffff)) : String.fromCodePoint(0x10000 + Math.floor(random() * 0x2ffff));
      }
      expect(withoutLetters(line, table, OTHER_SCRIPT_LETTER)).toBe(line.replace(OTHER_SCRIPT_LETTER, ""));
    }
  });
});
