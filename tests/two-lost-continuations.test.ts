/**
 * A three-byte UTF-8 letter whose two continuation bytes a strict single-byte decoder
 * both lost, each to a stand-in of its own (two-lost-continuations.ts): restorations
 * that must happen (broken here with iconv-lite, whose tables leave the code page's
 * holes undefined), and look-alike clean text that must stay as it is.
 */
import { describe, expect, it } from "vitest";
import { fixText } from "../src/index.js";
import { expectRestored, readAsStrict as readAs } from "./helpers/lost-bytes.js";


const RESTORED: { name: string; clean: string; encoding: string }[] = [
  // "है" ends in ै (E0 A5 88): Windows-1257 has neither A5 nor 88.
  { name: "Hindi vowel signs that lost both continuation bytes", clean: "सभी बच्चों को शिक्षा का अधिकार है।", encoding: "windows-1257" },
  { name: "the same in a second sentence", clean: "वह हर दिन स्कूल जाती है।", encoding: "windows-1257" },
  // 遍 is E9 81 8D: Windows-1254 has neither 81 nor 8D; of the hanzi E9 makes with two such bytes, the words choose.
  { name: "a hanzi that lost both continuation bytes", clean: "我们应该普遍提高教育水平。", encoding: "windows-1254" },
];

/**
 * A slot at the line's end is read with the line's end as a word's end (line-end-boundary.ts):
 * Belarusian "ні ў" (ў = D1 9E, lost in Windows-1253), not "ні с".
 */
const AT_LINE_END = "Яна не была там ні разу, ні ў";

/** Georgian letters under Windows-1257 lose 83 and often their last byte: the line must come back Georgian, not junk. */
const GEORGIAN = "ყველა ბავშვს აქვს განათლების უფლება.";

const UNCHANGED: string[] = [
  "Kur tu eini? Į?? Nesuprantu.",
  "Ar tu eisi į?? parduotuvę?",
  "Mes važiuojame į?? Vilnių rytoj.",
  "Tā ir ģ?? Nezinu.",
  "Bet į\ufffd\ufffd mokyklą nėjo.",
  "Qu'est-ce que c'est, é??",
];

describe("a letter that lost both continuation bytes", () => {
  for (const { name, clean, encoding } of RESTORED) {
    for (const mark of ["\ufffd", "?"]) it(`${name} (${encoding}, ${mark === "?" ? "question" : "fffd"})`, () => expectRestored(readAs(clean, encoding, mark), clean));
  }
  for (const mark of ["\ufffd", "?"]) it(`a one-letter word at the line's end (windows-1253, ${mark === "?" ? "question" : "fffd"})`, () => expectRestored(readAs(AT_LINE_END, "windows-1253", mark), AT_LINE_END));
  it("Georgian read as Windows-1257 comes back as Georgian letters", () => {
    const out = fixText(readAs(GEORGIAN, "windows-1257", "?"), { repairOnly: true });
    expect(out).toMatch(/^[\p{Script=Georgian} .]+$/u);
    expect(out.length).toBe(GEORGIAN.length);
  });
  it.each(UNCHANGED)("leaves alone: %s", (text) => {
    expect(fixText(text, { repairOnly: true })).toBe(text);
  });
});
