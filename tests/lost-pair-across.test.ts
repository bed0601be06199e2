/**
 * Double-byte decoders that lose two bytes of two characters as one stand-in (src/repair/
 * mojibake/lost-pair-across.ts: Shift_JIS "χε" → "ﾏ◆ｵ"), and Big5's quotes whose first two
 * bytes were lost behind a "?" or without a trace (lost-lead.ts). Inputs are made here
 * from clean sentences with Node's (WHATWG) decoders, each U+FFFD shown as a mark. Also one
 * stand-in for the last two bytes of one sequence (two-bytes-one-stand-in.ts: "მ" → "◆").
 */
import { describe, expect, it } from "vitest";
import { fixText } from "../src/index.js";
import { type Restoration, describeRestorations, readAsBrowser as readAs } from "./helpers/lost-bytes.js";

const RESTORED: Restoration[] = [
  { name: "Greek letters whose last byte went with the next one's lead", clean: "Κάθε άτομο έχει καθήκοντα απέναντι στην κοινότητα.", encoding: "shift_jis", marks: ["fffd", "question"] },
  { name: "Russian, the second sequence ending inside a double-byte character", clean: "Член общества имеет право на отдых.", encoding: "shift_jis", marks: ["fffd", "question"] },
  { name: "Persian letters of one alphabet (not Hebrew) on both sides of the stand-in", clean: "از لحاظ اجتماعی", encoding: "shift_jis", marks: ["fffd"] },
  { name: "Big5: an opening quote whose first two bytes were lost", clean: "Tutti hanno ‘diritto’ al lavoro.", encoding: "big5", marks: ["fffd"] },
  { name: "Big5: an apostrophe behind a question mark", clean: "Il a le droit d’instruction.", encoding: "big5", marks: ["question"] },
  { name: "Big5: an opening quote whose last byte paired with the lead of an accented letter", clean: "Má právo svobodně se ‘účastnit’ kulturního života.", encoding: "big5", marks: ["fffd"] },
  { name: "Shift_JIS: a letter swallowed with a lost byte inside a small-letter word stays small", clean: "Organizacji Narodów Zjednoczonych zmierzającą do utrzymania pokoju.", encoding: "shift_jis", marks: ["fffd", "question"] },
  { name: "Shift_JIS: one stand-in for the last two bytes of a Georgian letter", clean: "ყველა ადამიანს აქვს განათლების უფლება.", encoding: "shift_jis", marks: ["fffd", "question"] },
  { name: "Big5: the same for Thai, letters of the alphabet before the slot", clean: "ทุกคนมีสิทธิในการศึกษา", encoding: "big5", marks: ["fffd"] },
  { name: "Big5: the same before a capital", clean: "Sie hat ‘Überraschung’ gesagt, für mich.", encoding: "big5", marks: ["fffd", "question"] },
];

describeRestorations("two bytes of two characters lost as one stand-in are restored", RESTORED);

describe("Big5: a quote lost without a trace, its last byte paired with the next letter", () => {
  it("comes back as the opening quote, beside a sure repair (ü)", () => {
    expect(fixText(readAs("Der ‘Anspruch gilt für jeden.", "big5", "dropped"), { repairOnly: true })).toBe("Der ‘Anspruch gilt für jeden.");
  });
});

const CLEAN = [
  "台北市的天氣很好，我們去 Taipei 101 看看吧。",
  "請參閱 README 文件，並執行 npm install。",
  "東京タワーは Tokyo Tower とも呼ばれる。",
  "Χρόνια πολλά! Καλή χρονιά σε όλους.",
  "Is it true?? Yes ?? really, she said ?okay?",
  "Привет, мир! Как дела?",
  "私の名前は「山田」です。ｶﾀｶﾅ もあります。",
  // Private-use characters (icon fonts) are no Big5 quote pairs when no mojibake is around them.
  "Press \uE95F\uE958 now, über alles",
  "Café \uE966 bar für",
  // "??" after an opening quote that is really there, not lost.
  "Er sagte ‘ja?? oder nein’.",
  "Warum?? Weil ich’s will, für dich.",
];

describe("clean text stays unchanged", () => {
  for (const text of CLEAN) {
    it(text, () => {
      expect(fixText(text, { repairOnly: true })).toBe(text);
    });
  }
});

describe("Big5: '??' glued to a word closes a quote whose opener was lost the same way", () => {
  const CASES = ["Vilji þjóðarinnar ‘skal’ ‘vera’ grundvöllur.", "Er sagte ‘ja’, dann ging er.", "Tutti hanno ‘diritto’ al lavoro."];
  for (const clean of CASES) {
    it(clean, () => {
      expect(fixText(readAs(clean, "big5", "question"), { repairOnly: true })).toBe(clean);
    });
  }
  it("but a real double question mark stays", () => {
    expect(fixText(readAs("Is it ‘true’?? Really?? né", "big5", "question"), { repairOnly: true })).toBe("Is it ‘true’?? Really?? né");
    expect(fixText("Wirklich?? Ja, für dich.", { repairOnly: true })).toBe("Wirklich?? Ja, für dich.");
  });
});
