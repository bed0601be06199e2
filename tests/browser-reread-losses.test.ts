/**
 * Bytes the browsers' double-byte decoders lose on their own, the bytes after them read
 * again (src/repair/mojibake/dropped-byte-reread.ts), pairs lost across two letters
 * with nothing left in their place (pair-dropped-across.ts), and two stand-ins that are
 * no quote (stand-ins-before-letter.ts). Inputs are made here from our own sentences
 * with Node's (WHATWG) decoders.
 */
import { describe, expect, it } from "vitest";
import { fixText } from "../src/index.js";
import { type Restoration, describeRestorations, readAsBrowser } from "./helpers/lost-bytes.js";

const RESTORED: Restoration[] = [
  { name: "Shift_JIS: stacked opening quotes, the second one's 80 lost and its last byte paired with the letter after", clean: "Mae ““Yr haul”” yn codi.", encoding: "shift_jis", marks: ["fffd", "dropped"] },
  { name: "Shift_JIS: the same with a single and a double quote", clean: "Ela disse ‘“não” agora’ e saiu.", encoding: "shift_jis", marks: ["fffd", "dropped"] },
  { name: "Shift_JIS: an opening quote whose last byte went with the letter after it, nothing left", clean: "He said ‘the best’ thing.", encoding: "shift_jis", marks: ["dropped", "fffd"] },
  { name: "Shift_JIS: the same in another language (‘w went with its byte)", clean: "Kami punya ‘waktu luang’ hari ini.", encoding: "shift_jis", marks: ["dropped"] },
  { name: "Shift_JIS: Greek letters whose pair was lost across them, nothing left (\"ﾏｵ\" is no \"ϵ\")", clean: "Καθένας ἔχει τὸ δικαίωμα νὰ ζεῖ.", encoding: "shift_jis", marks: ["dropped"] },
];

describeRestorations("bytes lost alone are restored where the bytes after them paired anew", RESTORED);

/** Two stand-ins before a non-ASCII letter are no quote under the browsers' Big5: its last byte would have paired with that letter's lead. */
const NO_QUOTE_BEFORE: { clean: string; encoding: string }[] = [
  { clean: "Всеки човек има право на отдих и почивка.", encoding: "big5" },
  { clean: "При здійсненні прав кожна людина.", encoding: "big5" },
];

describe("two stand-ins before a letter that would have paired with a quote's last byte are no quote", () => {
  for (const { clean, encoding } of NO_QUOTE_BEFORE) {
    it(`${clean} (${encoding})`, () => {
      const broken = readAsBrowser(clean, encoding, "fffd");
      expect(broken.startsWith("\ufffd\ufffd")).toBe(true);
      expect(fixText(broken, { repairOnly: true })).not.toMatch(/^[“”‘’„–—…•]/u);
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
  "Ο ορισμός ϵ-δ και το σύμβολο ϱ στα μαθηματικά.",
  "İlk öğretim mecburidir ve Ýyl başında başlar.",
];

describe("a letter the decoder would have lost the byte before anyway is not invented", () => {
  it("窶 before t (Python's decoder loses the byte alone and keeps the letter)", () => {
    expect(fixText("Ingen m\u00e5 \u7ab6tvingas att g\u00e5.", { repairOnly: true })).not.toContain("utvingas");
  });
});

describe("clean text stays unchanged", () => {
  for (const text of CLEAN) it(text, () => expect(fixText(text, { repairOnly: true })).toBe(text));
});
