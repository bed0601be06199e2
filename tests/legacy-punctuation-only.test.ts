/**
 * Latin lines from Chinese, Japanese and Korean legacy files read as Windows-1252 (or
 * Latin-1), whose only non-ASCII characters were quotes, apostrophes and ellipses in
 * the legacy's two-byte punctuation (legacy-punctuation-only.ts) — and lines that must
 * stay as they are: Spanish with its own "¡", and text where a U+FFFD lost a letter.
 */
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { explainText, fixText } from "../src/index.js";
import { decodeAs } from "./corpus/wrong-decoders.js";

const REPAIR_ONLY = { repairOnly: true, fixes: { "curly-quotes": false } } as const;
/** Legacy bytes of `text` shown by a Windows-1252 (or Latin-1) decoder. */
const readAs = (text: string, legacy: string, decoder = "windows-1252"): string => decodeAs(iconv.encode(text, legacy), decoder).text;
/** The same through a strict Windows-1252 decoder, which leaves U+FFFD for 81 8D 8F 90 9D. */
const readStrict = (text: string, legacy: string): string => decodeAs(iconv.encode(text, legacy), "windows-1252", { strict: true, mark: "fffd" }).text;

const REPAIRED: { why: string; text: string; broken: (text: string) => string }[] = [
  { why: "GBK apostrophe and ellipsis", text: "If the printer isn’t listed, click Add Printer… and wait.", broken: (t) => readAs(t, "gbk") },
  { why: "EUC-JP quotes round a word and an ellipsis", text: "Mark the network as “private” and choose Connect… again.", broken: (t) => readAs(t, "euc-jp") },
  { why: "Big5 apostrophe (which EUC-KR would read as an ellipsis)", text: "The keyboard doesn’t respond after the update.", broken: (t) => readAs(t, "big5") },
  { why: "EUC-KR apostrophes", text: "It’s the user’s choice.", broken: (t) => readAs(t, "euc-kr") },
  { why: "Shift_JIS read as Latin-1 (its lead 81 a C1 control)", text: "Open the scanner’s lid and press Scan….", broken: (t) => readAs(t, "shift_jis", "iso-8859-1") },
  { why: "Shift_JIS read by a strict Windows-1252 decoder (81 left as U+FFFD)", text: "Check the camera’s settings first.", broken: (t) => readStrict(t, "shift_jis") },
];

const LEFT_ALONE: { why: string; text: string }[] = [
  { why: "Spanish writes “¡” before its words", text: "¡Hola! ¡Qué tal? Dijo ¡Ay, no! y se fue." },
  { why: "a U+FFFD where a letter was lost, not a Shift_JIS lead", text: "Der K\ufffdfer und die Stra\ufffde sind alt." },
  { why: "a lone inverted exclamation among symbols", text: "Price list ¡€ 5 and more items" },
];

describe("CJK legacy punctuation on a Latin line read as Windows-1252", () => {
  it.each(REPAIRED)("$why", ({ text, broken }) => {
    const input = broken(text);
    expect(input).not.toBe(text);
    expect(fixText(input, REPAIR_ONLY)).toBe(text);
  });

  it.each(LEFT_ALONE)("leaves alone: $why", ({ text }) => {
    expect(fixText(text, REPAIR_ONLY)).toBe(text);
  });

  it("names the legacy encoding in the steps", () => {
    const changes = explainText(readAs("The file isn’t there any more.", "gbk"), REPAIR_ONLY);
    expect(changes.map((c) => c.encodingPair)).toEqual([{ encoding: "gbk", readAs: "windows-1252" }]);
  });
});
