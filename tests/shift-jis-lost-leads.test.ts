/**
 * UTF-8 read as Shift_JIS with bytes lost: Python's shift_jis (errors="replace", shown as
 * U+FFFD or "?") loses the leads EB–EF alone (python-lost-lead.ts) and an emoji's F0
 * (lost-emoji-lead.ts); the browsers' decoder loses a kana's last two bytes as one stand-in
 * (two-bytes-one-stand-in.ts) and CJK punctuation's two continuation bytes as two (utf8-spans.ts).
 * The Python-made inputs below were made once with CPython 3 from our own sentences
 * (`text.encode("utf-8").decode("shift_jis", "replace")`); the browser-made ones here.
 */
import { describe, expect, it } from "vitest";
import { fixText } from "../src/index.js";
import { type Restoration, describeRestorations, expectRestored } from "./helpers/lost-bytes.js";

const PYTHON_MADE: { name: string; broken: string; clean: string }[] = [
  { name: "Hangul whose lead bytes were lost (U+FFFD)", broken: "\ufffdぎ\ufffd梃\ufffd捩 \ufffd梵\ufffd悛\ufffd｡ｭ\ufffd共", clean: "사람은 자유롭다" },
  { name: "Hangul whose lead bytes were lost (?)", broken: "?ぎ?梃?捩 ?梵?悛?｡ｭ?共", clean: "사람은 자유롭다" },
  { name: "Hangul, the survivors read as halfwidth katakana", broken: "?垈?ｦｬ?株 ?ｪｨ?草", clean: "우리는 모두" },
  { name: "a fullwidth colon between hanzi (U+FFFD)", broken: "謌台ｻｬ逧\ufffd逶ｮ譬\ufffd\ufffdｼ壼柱蟷ｳ", clean: "我们的目标：和平" },
  { name: "a fullwidth colon between hanzi (?)", broken: "謌台ｻｬ逧?逶ｮ譬??ｼ壼柱蟷ｳ", clean: "我们的目标：和平" },
  { name: "an emoji whose F0 was lost, its last byte kept (?)", broken: "Le cafﾃｩ ﾃｩtait trﾃｨs bon ?汨ｨ merci", clean: "Le café était très bon 👨 merci" },
  { name: "an emoji whose F0 was lost, its last byte kept (U+FFFD)", broken: "Le cafﾃｩ ﾃｩtait trﾃｨs bon \ufffd汨ｨ merci", clean: "Le café était très bon 👨 merci" },
];

describe("Python's shift_jis: lost leads are restored", () => {
  for (const { name, broken, clean } of PYTHON_MADE) it(name, () => expectRestored(broken, clean));
  it("an emoji whose F0 and last byte were both lost is one U+FFFD (dozens of emoji fit)", () => {
    expect(fixText("Nous avons mangﾃｩ ?沚? et bu 笨ｨ hier", { repairOnly: true })).toBe("Nous avons mangé \ufffd et bu ✨ hier");
  });
});

const BROWSER_MADE: Restoration[] = [
  { name: "a kana's last two bytes lost as one stand-in", clean: "彼の本は机の上にある。", encoding: "shift_jis", marks: ["fffd", "question"] },
  { name: "a full stop's two continuation bytes lost as two stand-ins", clean: "本を読みます。", encoding: "shift_jis", marks: ["fffd", "question"] },
];

describeRestorations("the browsers' Shift_JIS: lost kana and CJK punctuation are restored", BROWSER_MADE);

/** Clean Japanese (and Chinese) with a "?" or U+FFFD before kana or kanji: no Hangul, no punctuation appears. */
const CLEAN = [
  "本当?漢字です",
  "こんにちは\ufffd漢字",
  "漢\ufffd漢字",
  "?漢?漢",
  "値段?ｱ?ｲ",
  "?ｱ?ｲ?ｳ",
  "ｱ?ｲ?ｳ?",
  "\ufffdｶﾀ\ufffdｶﾅ",
  "質問?ぎ?梃",
  "え?蕩?ぎ",
  "ｶﾀｶﾅ?ｶﾞｷﾞ?ｸﾞ",
  "え?ｼｭｰｽﾞ",
  "漢字?ｼｭ漢字",
  "Tokyo?ｼﾞｬﾊﾟﾝ",
  "ｱｲ?ｳｴ?ｵｶ",
  "ﾃｽﾄ?ｱｲ?ｳｴ",
  "?ﾃ?ｱｲ?ｳｴ",
];

describe("clean text with stand-ins before kana or kanji stays unchanged", () => {
  for (const text of CLEAN) it(text, () => expect(fixText(text, { repairOnly: true })).toBe(text));
});
