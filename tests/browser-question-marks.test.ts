/**
 * A "?" the browsers' Big5 (or EUC-KR, EUC-JP) left for a two-byte letter it lost whole
 * (src/repair/mojibake/browser-question-marks.ts): inside a word or at its edge it is
 * restored on a line a sure repair proved broken; a real question mark stays. Inputs are
 * made here from our own sentences with Node's (WHATWG) decoders, each lost byte shown
 * as "?".
 */
import { describe, expect, it } from "vitest";
import { fixText } from "../src/index.js";
import { type Restoration, describeRestorations, readAsBrowser } from "./helpers/lost-bytes.js";

const RESTORED: Restoration[] = [
  { name: "Czech letters lost whole inside words and at a word's end mid-sentence", clean: "Maminka včera upekla koláč a děti ho snědly.", encoding: "big5", marks: ["question"] },
  { name: "Czech: a lone ř between two letters", clean: "Zítra přijede strýc z Brna.", encoding: "big5", marks: ["question"] },
  { name: "Maltese: an à lost at a word's end before more words", clean: "Il-libertà tal-kelma hija importanti ħafna.", encoding: "euc-jp", marks: ["question"] },
  { name: "Romanian: two letters lost whole side by side are two, not one of Python's", clean: "Studenții citesc în fiecare zi despre libertățile lor.", encoding: "big5", marks: ["fffd", "question"] },
];

describeRestorations("a browser's lone ? for a letter lost whole is restored", RESTORED);

/** Broken lines whose real question marks must survive the repair of the rest. */
const KEPT: { name: string; clean: string; encoding: string }[] = [
  { name: "a question before a capital", clean: "Víte, kde je nádraží? Ano, tady vlevo.", encoding: "big5" },
  { name: "a question at the end of the line", clean: "Kolik to stojí? Řekněte mi to, prosím?", encoding: "big5" },
];

describe("a real question mark on a broken line stays", () => {
  for (const { name, clean, encoding } of KEPT) {
    it(`${name} (${encoding})`, () => expect(fixText(readAsBrowser(clean, encoding, "question"), { repairOnly: true })).toBe(clean));
  }
  it("a query in an address stays as it is", () => {
    const line = "Otevřete stránku example.com/index.php?id=3 a čtěte.";
    expect(fixText(readAsBrowser(line, "big5", "question"), { repairOnly: true })).toContain("index.php?id=3");
  });
});

/** Clean text with a "?" glued to letters: nothing to repair. */
const CLEAN = ["你知道嗎?我不知道。", "Qué?no sé, dijo él en São Paulo.", "Wo ist das Büro?ich weiß es nicht.", "Visi brīvi?jā, teica viņš.", "Да?нет, спасибо.", "Ναι?όχι, είπε."];

describe("clean text with a question mark glued to letters stays", () => {
  for (const text of CLEAN) it(text, () => expect(fixText(text, { repairOnly: true })).toBe(text));
});
