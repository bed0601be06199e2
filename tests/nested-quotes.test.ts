/**
 * A quote nested in one of its own kind ("‘a ‘b’ c’") leaves the outer one open when the
 * inner one closes: a closing quote whose last byte was lost after the inner pair is the
 * outer quote's closer, not an ellipsis (typography.ts, quotesOpenAfter counts them).
 * Inputs are UTF-8 read by the corpus's GBK and Shift_JIS decoders, not typed.
 */
import { describe, expect, it } from "vitest";
import { fixText } from "../src/index.js";
import { NO_OPEN_QUOTES, quotesOpenAfter } from "../src/repair/mojibake/typography.js";
import { decodeAs } from "./corpus/wrong-decoders.js";

const REPAIR_ONLY = { repairOnly: true } as const;

const TEXTS = [
  "She read ‘the word ‘home’ twice’ and smiled at us",
  "Er schrieb “ein “kleines” Haus” und ging",
  "Kdo ví, ‘proč ‘ona’ mlčí’ celý den",
];

describe("nested quotes of one kind", () => {
  it.each([
    ["‘a ‘b’ c", true],
    ["‘a ‘b’ c’", false],
    ["‘a’ ‘b’", false],
    ["don’t ‘x", true],
  ])("quotesOpenAfter(%j).single is %j", (text, open) => {
    expect(quotesOpenAfter(text, NO_OPEN_QUOTES).single).toBe(open);
  });
  it("counts double quotes too", () => {
    expect(quotesOpenAfter("“a “b” c", NO_OPEN_QUOTES).double).toBe(true);
    expect(quotesOpenAfter("“a “b” c”", NO_OPEN_QUOTES).double).toBe(false);
  });
  for (const text of TEXTS) {
    for (const [decoder, mark] of [["gbk", "fffd"], ["gbk", "question"], ["shift_jis", "fffd"]] as const) {
      it(`restores the outer closer: ${decoder}/${mark}: ${text}`, () => {
        const input = decodeAs(Buffer.from(text, "utf8"), decoder, { mark }).text;
        expect(fixText(input, REPAIR_ONLY)).toBe(text);
      });
    }
  }
});
