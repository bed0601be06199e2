/**
 * Short correct text from CLDR (dates, month and language names, prices, lists) in a
 * sample of languages and scripts comes out of the repair unchanged. The whole set
 * (some 16,000 strings in 110 languages) is bench/repair-locale-strings.bench.js.
 */
import { describe, expect, it } from "vitest";
import { fixText } from "../src/index.js";
import { localeStrings } from "./corpus/locale-strings.js";

const SAMPLE = ["fr", "pt", "de", "cs", "pl", "tr", "vi", "el", "ru", "uk", "he", "ar", "fa", "hi", "th", "ja", "ko", "zh", "zh-Hant", "yue", "ka", "am"];

describe("short correct strings from CLDR stay as they are", () => {
  it.each(SAMPLE)("%s", (locale) => {
    const changed = localeStrings([locale]).filter((text) => fixText(text, { repairOnly: true }) !== text);
    expect(changed).toEqual([]);
  });
});
