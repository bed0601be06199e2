/**
 * Bytes the browsers' double-byte decoders lose on their own, the bytes after them read
 * again (src/repair/mojibake/dropped-byte-reread.ts), and letters the browsers' Big5
 * loses whole, one U+FFFD each (src/repair/mojibake/two-letters-lost-whole.ts). Inputs
 * are made here from our own sentences with Node's (WHATWG) decoders.
 */
import { describe, expect, it } from "vitest";
import { fixText } from "../src/index.js";
import { type Restoration, describeRestorations, readAsBrowser } from "./helpers/lost-bytes.js";

const RESTORED: Restoration[] = [
  { name: "Shift_JIS: stacked opening quotes, the second one's 80 lost and its last byte paired with the letter after", clean: "Mae ““Yr haul”” yn codi.", encoding: "shift_jis", marks: ["fffd", "dropped"] },
  { name: "Shift_JIS: the same with a single and a double quote", clean: "Ela disse ‘“não” agora’ e saiu.", encoding: "shift_jis", marks: ["fffd", "dropped"] },
];

describeRestorations("bytes lost alone are restored where the bytes after them paired anew", RESTORED);

/** Letters lost whole: the words may not tell which, but no letter may vanish (one slot per stand-in). */
const LETTER_COUNT_KEPT: { clean: string; encoding: string }[] = [
  { clean: "Това право включва свободата да сменя вярата си.", encoding: "big5" },
  { clean: "Всеки човек има право на отдих и почивка.", encoding: "big5" },
];

describe("two stand-ins where the browser's Big5 leaves one per letter are two letters", () => {
  for (const { clean, encoding } of LETTER_COUNT_KEPT) {
    it(`${clean} (${encoding})`, () => {
      const broken = readAsBrowser(clean, encoding, "fffd");
      expect(broken).toContain("\ufffd\ufffd");
      expect([...fixText(broken, { repairOnly: true })].length).toBe([...clean].length);
    });
  }
});

/** Clean text of the kinds these repairs look at: it must come out unchanged. */
const CLEAN = [
  "東京の「ﾃｽﾄ」はﾊﾝｶｸ文字で書かれている。",
  "新しいiPhoneとMacBookを買った。",
  "人人有思想、良心和宗教自由的權利；此項權利包括改變他的宗教或信仰的自由。",
  "「今日は」と彼は言った。ｱｲｳｴｵ",
  "價格為 NT$ 1,200 元（含稅）。",
];

describe("clean text stays unchanged", () => {
  for (const text of CLEAN) it(text, () => expect(fixText(text, { repairOnly: true })).toBe(text));
});
