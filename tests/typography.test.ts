/**
 * Which punctuation a lost byte was, from where it stands (src/repair/mojibake/typography.ts):
 * quotes nest (the innermost closes first), a “ after a word may close a German „, and
 * after a closing quote with nothing left open an ellipsis is likelier than another ”.
 * End-to-end inputs are made here from clean sentences with Node's (WHATWG) decoders.
 */
import { describe, expect, it } from "vitest";
import { expectRestored } from "./helpers/lost-bytes.js";
import { NO_OPEN_QUOTES, chooseByPosition, quotesOpenAfter } from "../src/repair/mojibake/typography.js";

const QUOTES_AND_ELLIPSIS = ["\u201c", "\u201d", "\u2018", "\u2019", "\u2026"];

describe("a lost punctuation mark is chosen by its place", () => {
  const CASES: { name: string; before: string; left: string; right: string | undefined; expected: string }[] = [
    { name: "a ‘ opened inside a “ closes first", before: "He said “the ‘rule", left: "e", right: " ", expected: "\u2019" },
    { name: "then the “ closes", before: "He said “the ‘rule’ stays", left: "s", right: " ", expected: "\u201d" },
    { name: "a “ opened inside a ‘ closes first", before: "‘she wrote “never", left: "r", right: " ", expected: "\u201d" },
    { name: "after a closing ’ with nothing open, an ellipsis", before: "and so they waited’", left: "\u2019", right: undefined, expected: "\u2026" },
    { name: "after a “ that closed a „, an ellipsis", before: "Wir sagen „nein“", left: "\u201c", right: undefined, expected: "\u2026" },
    { name: "after an ellipsis with a “ open, the ” still closes it", before: "“and so on…", left: "\u2026", right: undefined, expected: "\u201d" },
    { name: "after a full stop, a ” still closes (its opening quote may be lost too)", before: "and left.", left: ".", right: undefined, expected: "\u201d" },
    { name: "after a number with nothing open, an ellipsis: a list left open", before: "n-10, 11, 12, n-11", left: "1", right: undefined, expected: "\u2026" },
    { name: "after a number with a “ open, the ” closes it", before: "he wrote “version 2", left: "2", right: undefined, expected: "\u201d" },
  ];
  for (const { name, before, left, right, expected } of CASES) {
    it(name, () => {
      const open = quotesOpenAfter(before, NO_OPEN_QUOTES);
      expect(chooseByPosition(QUOTES_AND_ELLIPSIS, left, right, open)).toBe(expected);
    });
  }

  it("a “ at the start of a piece closes a „ when a word stands before it", () => {
    const open = quotesOpenAfter("„nein", NO_OPEN_QUOTES);
    expect(quotesOpenAfter("\u201c", open, "n").double).toBe(false);
    expect(quotesOpenAfter("\u201c", open, " ").double).toBe(true);
  });
});

describe("quotes and ellipses restored in mojibake", () => {
  const RESTORED: { clean: string; encodings: string[] }[] = [
    { clean: "She said “we ‘will’ stay” today.", encodings: ["gbk", "gb18030", "euc-kr", "big5"] },
    { clean: "They kept waiting for the train’…", encodings: ["gbk", "gb18030", "euc-kr", "shift_jis"] },
    { clean: "Wir sagen „nein“…", encodings: ["gbk", "gb18030", "euc-kr", "shift_jis"] },
    { clean: "Il a dit — et puis ‘non’…", encodings: ["gbk", "gb18030", "shift_jis"] },
  ];
  for (const { clean, encodings } of RESTORED) {
    for (const encoding of encodings) {
      it(`${clean} (${encoding})`, () => {
        const broken = new TextDecoder(encoding).decode(Buffer.from(clean, "utf8"));
        expectRestored(broken, clean, false);
      });
    }
  }
});
