/**
 * The exact screens in front of the legacy-file path (src/repair/mojibake/legacy-screen.ts):
 * what each one lets through and what it proves has no legacy reading. A screen that
 * said "nothing here" wrongly would lose a repair, so each "looked at" case is damage
 * the path does repair, and each "skipped" case is text no reading can change.
 */
import { describe, expect, it } from "vitest";
import { fixText } from "../src/index.js";
import { LEGACY_ENCODINGS } from "../src/repair/mojibake/legacy-read-as-latin1.js";
import { mayReadOtherwiseIn, writtenInNoLegacyEncoding } from "../src/repair/mojibake/legacy-screen.js";

const DOUBLE_BYTE = new Set(["gbk", "big5", "shift_jis", "euc-jp", "euc-kr"]);
const REPAIR_ONLY = { repairOnly: true } as const;

describe("writtenInNoLegacyEncoding", () => {
  const cases: { why: string; line: string; proves: boolean }[] = [
    { why: "Vietnamese letters are in no legacy code page of the list", line: "Mọi người sinh ra đều được tự do", proves: true },
    { why: "an emoji is written by no legacy code page", line: "Ïðèâåò 🙂", proves: true },
    { why: "Windows-1251 read as Windows-1252: every character is Windows-1252's", line: "Ïðèâåò", proves: false },
    { why: "Polish letters are Windows-1250's", line: "Każdy człowiek", proves: false },
    { why: "U+FFFD is damage left over, not proof", line: "Ïð\ufffdâåò", proves: false },
    { why: "hanzi are GBK's", line: "本宣言的ÈÎºÎÌõÎÄ", proves: false },
  ];
  for (const { why, line, proves } of cases) {
    it(why, () => expect(writtenInNoLegacyEncoding(line, LEGACY_ENCODINGS, DOUBLE_BYTE)).toBe(proves));
  }
});

describe("mayReadOtherwiseIn", () => {
  const cases: { why: string; line: string; legacy: string; may: boolean }[] = [
    { why: "ä ö ü are the same bytes in Windows-1250", line: "Würde für alle Völker", legacy: "windows-1250", may: false },
    { why: "à is ŕ in Windows-1250", line: "à la maison", legacy: "windows-1250", may: true },
    { why: "a C1 control is Latin-1's view of a byte every legacy reads otherwise", line: "end\u0097here", legacy: "windows-1254", may: true },
    { why: "a double-byte encoding pairs every upper-half byte", line: "Würde", legacy: "gbk", may: true },
    { why: "plain ASCII reads the same everywhere", line: "plain text", legacy: "windows-1251", may: false },
  ];
  for (const { why, line, legacy, may } of cases) {
    it(why, () => expect(mayReadOtherwiseIn(line, legacy, DOUBLE_BYTE.has(legacy))).toBe(may));
  }
});

describe("the screened engine keeps its repairs and its negatives", () => {
  const cases: { why: string; input: string; expected: string }[] = [
    { why: "Windows-1251 read as Windows-1252 is still repaired", input: "Ïðèâåò, ìèð", expected: "Привет, мир" },
    { why: "a Vietnamese line stays as it is", input: "Mọi người sinh ra đều được tự do và bình đẳng về nhân phẩm", expected: "Mọi người sinh ra đều được tự do và bình đẳng về nhân phẩm" },
    { why: "a German line stays as it is", input: "Alle Menschen sind frei und gleich an Würde und Rechten geboren, ausgestattet mit Vernunft.", expected: "Alle Menschen sind frei und gleich an Würde und Rechten geboren, ausgestattet mit Vernunft." },
  ];
  for (const { why, input, expected } of cases) {
    it(why, () => expect(fixText(input, REPAIR_ONLY)).toBe(expected));
  }
});
