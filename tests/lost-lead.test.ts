/**
 * UTF-8 read by a double-byte decoder that lost LEAD bytes (src/repair/mojibake/lost-lead.ts):
 * the browsers' EUC-KR and EUC-JP keep the continuation bytes as C1 controls after a
 * U+FFFD; Big5 loses whole characters. Inputs are made here from clean sentences with
 * Node's (WHATWG) decoders, the lost bytes shown as U+FFFD, "?" or nothing.
 */
import { describe, expect, it } from "vitest";
import { fixText } from "../src/index.js";
import { type Restoration, describeRestorations } from "./helpers/lost-bytes.js";

const RESTORED: Restoration[] = [
  { name: "Spanish quotes and a dash whose lead bytes were lost", clean: "Él dijo “basta” — y se fue del café.", encoding: "euc-kr", marks: ["fffd", "question", "dropped"] },
  { name: "Czech letters that lost their lead byte (č, ě)", clean: "Každý člověk má právo na vzdělání.", encoding: "euc-jp", marks: ["fffd", "question", "dropped"] },
  { name: "the same read as EUC-KR", clean: "Každý člověk má právo na vzdělání.", encoding: "euc-kr", marks: ["fffd", "question", "dropped"] },
  { name: "a symbol that lost its lead byte is the one pictograph that fits", clean: "Wir trinken ☕ am Morgen — jeden Tag.", encoding: "euc-kr", marks: ["fffd", "question", "dropped"] },
  { name: "a bullet and an ellipsis that lost their lead and last bytes", clean: "• Jeder Mensch hat Rechte, die Würde…", encoding: "euc-kr", marks: ["fffd", "question", "dropped"] },
  { name: "Shift_JIS: an opening quote lost with the letter after it", clean: "Wir lieben die ‘stille’ Nacht.", encoding: "shift_jis", marks: ["fffd", "question"] },
  { name: "Big5: quotes whose first two bytes were lost, the last paired with the letter after", clean: "He said “yes” — and ‘no’.", encoding: "big5", marks: ["fffd"] },
  { name: "Big5: a quote whose last byte paired with the next mark's lead (its 80 kept as a C1 control)", clean: "They kept waiting for the train’… and then left.", encoding: "big5", marks: ["fffd"] },
  { name: "Big5: the same at the end of the line", clean: "Il a dit — et puis ‘non’…", encoding: "big5", marks: ["fffd"] },
  { name: "Big5: punctuation lost whole, beside repaired letters", clean: "Visi ir brīvi, vienlīdzīgi un laimīgi…", encoding: "big5", marks: ["fffd"] },
];

describeRestorations("lost lead bytes are restored", RESTORED);

describe("C1 controls after U+FFFD", () => {
  it("go with it instead of becoming Windows-1252 punctuation", () => {
    // An unrecoverable lost lead: one U+FFFD stands for the character.
    expect(fixText("x \ufffd\u0080\u0098 y", { repairOnly: true })).not.toMatch(/[€˜\u0080\u0098]/);
  });
});
