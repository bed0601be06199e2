import { describe, expect, it } from "vitest";
import { fixText } from "../src/index.js";

// Broken strings made with CPython 3: text.encode("utf-8").decode(ENC, errors="replace"),
// which loses ONE byte per U+FFFD and reads the next byte again (reread-after-stand-in.ts).
const restored: [string, string, string][] = [
  ["gbk", "啶囙�氞�嵿�涏ぞ", "इच्छा"],
  ["gbk", "啶む�佮ぎ", "तुम"],
];

// Look-alike clean text, and Python-broken words that stay as they were or are repaired the same as before.
const unchanged = ["啶囙氞嵿涏ぞ 中文文本", "Это обычный текст — без ошибок.", "価格は¥1,000です。", "A lone � between words stays."];

describe("a stand-in that Python's double-byte decoders left for one byte", () => {
  it.each(restored)("%s: %s → %s", (_enc, broken, clean) => {
    expect(fixText(broken, { repairOnly: true })).toBe(clean);
  });
  it.each(unchanged)("leaves clean text alone: %s", (text) => {
    expect(fixText(text, { repairOnly: true })).toBe(text);
  });
});
