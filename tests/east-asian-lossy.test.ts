/**
 * UTF-8 read as EUC-KR or EUC-JP by a browser's decoder that lost bytes: letters lost
 * whole as two stand-ins ("я" D1 8F → "◆◆", browser-survivors.ts), and lone characters
 * that re-read as a word of their own beside restored words ("и" → "龜",
 * lossless-beside-guesses.ts). Inputs are made here from clean sentences with Node's
 * (WHATWG) decoders, each U+FFFD shown as U+FFFD or "?".
 */
import { describe, expect, it } from "vitest";
import { fixText } from "../src/index.js";
import { expectRestored } from "./helpers/lost-bytes.js";

type Mark = "fffd" | "question";

function readAs(text: string, encoding: string, mark: Mark): string {
  const decoded = new TextDecoder(encoding).decode(Buffer.from(text, "utf8"));
  return mark === "fffd" ? decoded : decoded.replace(/\ufffd/g, "?");
}

const RESTORED: { name: string; clean: string }[] = [
  { name: "Russian: я lost whole (two stand-ins) and a lone и", clean: "Наша история и культура для меня очень важны." },
  { name: "Russian: я after a lost lead, и between restored words", clean: "Вся земля покрыта снегом, и дети рады." },
  { name: "Bulgarian: я before a lost lead", clean: "Моята майка готви вкусна храна за нас." },
];

describe("letters lost whole and lone characters are restored (EUC-KR, EUC-JP)", () => {
  for (const { name, clean } of RESTORED) {
    for (const encoding of ["euc-kr", "euc-jp"]) {
      for (const mark of ["fffd", "question"] as const) {
        it(`${name} (${encoding}, ${mark})`, () => {
          const broken = readAs(clean, encoding, mark);
          expectRestored(broken, clean);
        });
      }
    }
  }
});

/** Dropped lead bytes: a lone continuation byte (a C1 control) beside a guessed repair of the same line. */
const DROPPED: { name: string; clean: string; encoding: string }[] = [
  { name: "a bullet and an ellipsis, beside a restored dash", clean: "• Ogni persona ha una casa – e un giardino…", encoding: "euc-kr" },
  { name: "a letter whose lead was dropped, beside restored quotes", clean: "Svatko ima pravo na ‘rad’ i pomoć.", encoding: "euc-jp" },
];

/** Yoruba tone marks after dotted vowels (no precomposed letter): "̀" is CC 80, the lead lost; not "ŀ" (C5 80). */
const MARKS: { clean: string; marks: ("fffd" | "question" | "dropped")[] }[] = [
  { clean: "Ilé wa tóbi, ọmọ mẹ́ta ló ń gbé ibẹ̀.", marks: ["fffd", "question", "dropped"] },
  { clean: "Ọ̀rẹ́ mi fẹ́ràn ìwé kíkà, ó sì ń kọ̀wé.", marks: ["fffd"] },
];

/** A last byte and the next character's lead lost into one shared stand-in ("…" E2 80 A6 E2 → "◆\x80◆\x80…"). */
const SHARED: string[] = ["Ela ficou calada……… e depois sorriu.", "Ilma ütles: “Tere tulemast…”", "Eles ficaram calados……… até o fim…"];

describe("a stand-in shared by a lost last byte and the next lost lead", () => {
  for (const clean of SHARED) {
    it(`${clean} (euc-jp, fffd)`, () => {
      const broken = new TextDecoder("euc-jp").decode(Buffer.from(clean, "utf8"));
      expect(fixText(broken, { repairOnly: true })).toBe(clean);
    });
  }
});

describe("combining marks whose lead byte was lost are restored", () => {
  for (const { clean, marks } of MARKS) {
    for (const encoding of ["euc-kr", "euc-jp"]) {
      for (const mark of marks) {
        it(`${clean} (${encoding}, ${mark})`, () => {
          const decoded = new TextDecoder(encoding).decode(Buffer.from(clean, "utf8"));
          const broken = decoded.replace(/\ufffd/g, mark === "fffd" ? "\ufffd" : mark === "question" ? "?" : "");
          expect(fixText(broken, { repairOnly: true })).toBe(clean);
        });
      }
    }
  }
});

describe("dropped lead bytes are restored beside guessed repairs", () => {
  for (const { name, clean, encoding } of DROPPED) {
    it(`${name} (${encoding})`, () => {
      const broken = new TextDecoder(encoding).decode(Buffer.from(clean, "utf8")).replace(/\ufffd/g, "");
      expectRestored(broken, clean, false);
    });
  }
  it("a lone C1 control with no company is not taken for a lost lead", () => {
    expect(fixText("Ogni persona ha una casa\u0080", { repairOnly: true })).not.toContain("…");
  });
});

const UNCHANGED = [
  "Ẹ̀kọ́ ṣe pàtàkì, kọ̀ọ̀kan wa ló mọ̀ ọ́n.",
  "Catalan col·lecció, and ŀŀ Ā ā as symbols.",
  "Слово 水 означает воду, а 火 огонь.",
  "Правда?? Да, и это так.",
  "Really?? Yes, and so it is.",
  "Наша история?? да",
  "我们在北京学习汉语，也学习历史和文化。",
  "東京の天気は晴れです。明日も晴れるでしょう。",
  "한국어와 일본어를 공부합니다.",
];

describe("look-alike clean text stays unchanged", () => {
  for (const text of UNCHANGED) {
    it(text, () => {
      expect(fixText(text, { repairOnly: true })).toBe(text);
    });
  }
});
