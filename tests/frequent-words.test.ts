/**
 * A lost letter is restored so that its word is one people write often, where the
 * letter models alone are in a near tie (src/plausibility/frequent-words.ts): each case
 * is made here from clean text with iconv-lite (a strict decoder that drops the bytes
 * its code page leaves undefined), and look-alike clean text stays as it is.
 */
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { fixText } from "../src/index.js";
import { frequentWordBits } from "../src/plausibility/frequent-words.js";
import { expectRestored, readAsStrict as readAs } from "./helpers/lost-bytes.js";


describe("frequentWordBits: a letter that completes a frequent word of its language", () => {
  const cases: { name: string; language: string; before: string; fill: string; after: string; known: boolean }[] = [
    { name: "Russian “русский”", language: "rus", before: "мой рус", fill: "с", after: "кий язык", known: true },
    { name: "not “русякий”", language: "rus", before: "мой рус", fill: "я", after: "кий язык", known: false },
    { name: "Hebrew “עולם” at the end of the text", language: "heb", before: "שלום עול", fill: "ם", after: "", known: true },
    { name: "a capital at a sentence start (looked up in lower case)", language: "pol", before: "", fill: "Ł", after: "ódź jest duża", known: true },
    { name: "Chinese, where no space separates words: a two-hanzi word around the fill", language: "cmn_hans", before: "我们都是", fill: "朋", after: "友", known: true },
    { name: "a fill that is not a letter", language: "rus", before: "мой", fill: " ", after: "язык", known: false },
    { name: "a language without a list (Belarusian)", language: "bel", before: "мова ", fill: "ў", after: "сё", known: false },
  ];
  for (const { name, language, before, fill, after, known } of cases) {
    it(name, () => expect(frequentWordBits(language, before, fill, after) > 0).toBe(known));
  }
  it("a more frequent word is worth more: Macedonian “што” (“what”) over “сто” (“hundred”)", () => {
    expect(frequentWordBits("mkd", "", "ш", "то")).toBeGreaterThan(frequentWordBits("mkd", "", "с", "то"));
  });
});

describe("lost letters restored as frequent words", () => {
  const cases: { name: string; clean: string; encoding: string; mark: string }[] = [
    { name: "two lost “с” in a row, Russian (Windows-1252 lost 81 twice)", clean: "Это русский язык и литература", encoding: "windows-1252", mark: "" },
    { name: "Hebrew final mem (Windows-1252 lost 9D, shown as U+FFFD)", clean: "הוא נסע לכל העולם בשנה שעברה", encoding: "windows-1252", mark: "\ufffd" },
    { name: "Polish “Ł” at a word start (Windows-1252 lost 81)", clean: "Łódź to duże miasto w Polsce", encoding: "windows-1252", mark: "" },
  ];
  for (const { name, clean, encoding, mark } of cases) {
    it(name, () => expectRestored(readAs(clean, encoding, mark), clean));
  }
});

describe("a one-letter word read as one hanzi between Latin words (lone-letter-word.ts)", () => {
  const cases: { name: string; clean: string; encoding: string }[] = [
    { name: "Portuguese “à” read as GBK (脿)", clean: "Ela foi à escola ontem", encoding: "gbk" },
    { name: "Norwegian “å” read as GB18030 (氓)", clean: "Det er fint å reise", encoding: "gb18030" },
  ];
  for (const { name, clean, encoding } of cases) {
    it(name, () => expectRestored(iconv.decode(Buffer.from(clean, "utf8"), encoding), clean, false));
  }
});

describe("clean text with frequent words stays as it is", () => {
  const texts = [
    "Мы говорим на русском языке",
    "Łódź to duże miasto",
    "שלום עולם",
    "我们都是朋友",
    // A hanzi between Latin words that is a frequent word of Chinese itself, or reads as no frequent word.
    "Mount Fuji is 山 in Japanese",
    "O caractere 猫 quer dizer gato",
    "Der Name 脿 ist selten",
  ];
  for (const text of texts) it(text, () => expect(fixText(text, { repairOnly: true })).toBe(text));
});
