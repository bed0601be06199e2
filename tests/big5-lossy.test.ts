/**
 * UTF-8 read as Big5 by a browser's decoder, lossy: what the surviving bytes pin down
 * comes back, and clean Traditional Chinese (also beside Latin words) stays as it is.
 * Inputs are made here from clean sentences with Node's (WHATWG) decoder, the lost
 * bytes shown as U+FFFD, "?" or nothing.
 */
import { describe, expect, it } from "vitest";
import { fixText } from "../src/index.js";
import { type Restoration, describeRestorations, expectRestored, readAsBrowser } from "./helpers/lost-bytes.js";

const ALL_MARKS = ["fffd", "question", "dropped"] as const;

const RESTORED: Restoration[] = [
  // punctuation-before-punctuation.ts: "…" E2 80 A6 then E2 80 A6 → ◆ 色 (A6 E2) \x80 ◆.
  { name: "an ellipsis twice at the end of a line", clean: "Wir wollten nur noch nach Hause gehen……", encoding: "big5", marks: [...ALL_MARKS] },
  { name: "an ellipsis before a closing quote", clean: "Er sagte „Morgen vielleicht…“ und ging.", encoding: "big5", marks: ["fffd"] },
  { name: "an ellipsis before a closing single quote", clean: "Sie fragte ‘warum nicht…’ und lachte.", encoding: "big5", marks: ["fffd", "question"] },
];

describeRestorations("UTF-8 read as Big5, lossy: restored", RESTORED);

describe("UTF-8 read as Big5, lossy: a word of one letter lost whole (one-letter-word.ts)", () => {
  it("the browser's one U+FFFD between spaces is the French à", () => {
    const clean = "Elle a dit oui à tout le monde, et elle a droit à la sécurité.";
    expectRestored(readAsBrowser(clean, "big5"), clean);
  });
  // Python's strict decoder: one U+FFFD per byte ("à" C3 A0 → two, "“" E2 80 9C → three).
  it("Python's two U+FFFD between spaces, on a line with its rows of three", () => {
    expectRestored("\ufffd\ufffd\ufffdChacun a droit \ufffd\ufffd la s矇curit矇 sociale.\ufffd\ufffd\ufffd", "“Chacun a droit à la sécurité sociale.”");
    expectRestored("Todo ser humano tem direito \ufffd\ufffd instru癟瓊o, \ufffd\ufffd\ufffddiz a lei.\ufffd\ufffd\ufffd", "Todo ser humano tem direito à instrução, “diz a lei.”");
  });
  it("mid-sentence, a lone letter is a small one (Russian с, not В)", () => {
    const out = fixText(readAsBrowser("Он пришёл с другом и с собакой к нам.", "big5"), { repairOnly: true });
    expect(out).toContain(" с ");
    expect(out).not.toMatch(/ [А-Я] /u);
  });
  it("a lone question mark between spaces stays a question mark", () => {
    const broken = readAsBrowser("Elle a dit oui à tout le monde, et elle a droit à la sécurité.", "big5", "question");
    expect(fixText(broken, { repairOnly: true })).toContain(" ? ");
  });
});

describe("UTF-8 read as Big5, lossy: two stand-ins glued to a letter (stand-ins-before-letter.ts)", () => {
  // The browser's Big5 pairs a quote's last byte with the letter after it: "◆◆i" is Python's "č" (C4 8D), never "“i".
  it("Python's two U+FFFD before a letter are a letter, not an opening quote", () => {
    const out = fixText("Ka\u017ed羸 m獺 pr獺vo u\u010dit se, \ufffd\ufffdi nem獺?", { repairOnly: true });
    expect(out).toContain(" či ");
    expect(out).not.toContain("\u201ci");
  });
  // The browser's one stand-in per letter ("◆i" for "și") shows three in a row are three letters, not Python's apostrophe.
  it("three letters lost whole between letters are no apostrophe where the browser's lone stand-ins show", () => {
    const out = fixText(readAsBrowser("Vezi pagina index.php?id=3 și învățământul în România.", "big5"), { repairOnly: true });
    expect(out).toContain("index.php?id=3");
    expect(out).not.toMatch(/înv[^ ]*[’”—–]/u);
  });
  it("Python's three stand-ins between letters are still the apostrophe", () => {
    expect(fixText("Il a le droit de s\ufffd\ufffd\ufffdexprimer librement, \ufffd\ufffd\ufffddit-il.\ufffd\ufffd\ufffd", { repairOnly: true })).toContain("s’exprimer");
  });
  it("the browser's two stand-ins before a space are still a dash", () => {
    const clean = "Každý člověk — bez rozdílu — má právo.";
    expectRestored(readAsBrowser(clean, "big5"), clean);
  });
});

/** Clean text that must come out unchanged. */
const UNCHANGED: { name: string; text: string }[] = [
  { name: "Traditional Chinese with 色 (A6 E2 in Big5) before punctuation", text: "紅色、藍色和綠色……都是顏色。" },
  { name: "Traditional Chinese with 色 beside Latin words", text: "我喜歡 Apple 的銀色 iPhone…" },
  { name: "色 at the end of a line", text: "天空是藍色" },
];

describe("UTF-8 read as Big5, lossy: clean text unchanged", () => {
  for (const { name, text } of UNCHANGED) it(name, () => expect(fixText(text, { repairOnly: true })).toBe(text));
});
