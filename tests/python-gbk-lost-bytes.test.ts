import { describe, expect, it } from "vitest";
import { explainText, fixText } from "../src/index.js";

// Broken strings made with CPython 3 from our own sentences: text.encode("utf-8").decode(ENC, errors=…).
// Python's GBK and GB18030 have no single byte 80 (the browsers' "€") and lose it alone
// (python-lost-single-bytes.ts); with two stand-ins after a lead, both continuation bytes
// were lost one by one (python-two-lost-bytes.ts).
const restored: [string, string, string][] = [
  ["gbk replace", "袨薪邪 褋泻邪蟹邪谢邪: 鈥樠呅狙�芯褕芯鈥� 懈 褍褕谢邪.", "Она сказала: ‘хорошо’ и ушла."],
  ["gb18030 replace", "袦褘 谐芯胁芯褉懈屑 鈥樞叫笛傗�� 胁芯泄薪械.", "Мы говорим ‘нет’ войне."],
  ["gbk replace", "袨薪 芯褌胁械褌懈谢 鈥樞葱扳��, 锌芯褌芯屑 褍褕褢谢.", "Он ответил ‘да’, потом ушёл."],
  ["gbk replace", "鈥樞熝�懈胁械褌鈥� 鈥� 褋泻邪蟹邪谢 芯薪.", "‘Привет’ — сказал он."],
  ["gbk ignore", "袨薪邪 褋泻邪蟹邪谢邪: 鈥樠呅狙芯褕芯鈥 懈 褍褕谢邪.", "Она сказала: ‘хорошо’ и ушла."],
  ["gbk replace, as ?", "Il a dit 鈥榦ui鈥? hier.", "Il a dit ‘oui’ hier."],
  ["gbk replace: a closing guillemet that lost its last byte at the line's end", "芦袙褋褢 褏芯褉芯褕芯鈥β�", "«Всё хорошо…»"],
  ["gbk replace: the same after a closing quote", "芦Ceci est 鈥渧rai鈥澛�", "«Ceci est “vrai”»"],
  ["gbk ignore: a quote's 80 and last byte dropped after a lead ending a pair", "袦褘 谐芯胁芯褉懈屑 鈥樞叫笛傗 胁芯泄薪械.", "Мы говорим ‘нет’ войне."],
  ["gbk ignore: the same before a comma", "袨薪 芯褌胁械褌懈谢 鈥樞葱扳, 锌芯褌芯屑 褍褕褢谢.", "Он ответил ‘да’, потом ушёл."],
];

// Korean read as GBK, nothing lost: rare hanzi that spell Hangul are no re-spelling within one script (rare-hanzi-spell-hangul.ts).
const korean: [string, string][] = [
  ["보수를 氚涭潉 권리를", "보수를 받을 권리를"],
  ["사회보장을 氚涭潉 권리를", "사회보장을 받을 권리를"],
];

// Clean Chinese, Korean, and CJK beside Latin words and typographic punctuation stay as they are.
const unchanged = [
  "我们今天去公园。明天再去。",
  "모든 사람은 자유롭다. 한국어 문장입니다.",
  "价格是100元，Windows 系统“很好”。",
  "这是 iPhone 的新版本—很棒",
  "서울에서 KTX를 탔다 — 빠르다.",
  "用户名：admin，密码：123456。",
  "天气很好…我们出去玩吧！",
  "氚是氢的同位素。",
  "他的名字是李涭。",
  "«Il a dit bonjour.» Fin.",
];

describe("bytes Python's GBK decoder lost one by one", () => {
  it.each(restored)("%s: %s → %s", (_how, broken, clean) => {
    expect(fixText(broken, { repairOnly: true })).toBe(clean);
    expect(explainText(broken, { repairOnly: true }).some((c) => c.fix === "mojibake" && c.guess)).toBe(true);
  });
  it.each(korean)("Korean read as rare hanzi: %s → %s", (broken, clean) => {
    expect(fixText(broken, { repairOnly: true })).toBe(clean);
  });
  it.each(unchanged)("leaves clean text alone: %s", (text) => {
    expect(fixText(text, { repairOnly: true })).toBe(text);
  });
});
