/**
 * Lines of a two-byte alphabet through Python's strict Big5, EUC-KR and EUC-JP
 * (src/repair/mojibake/python-word-fills.ts, python-stand-in-runs.ts): every letter whose
 * continuation byte is 80–A0 is lost whole as two U+FFFD, so a word loses two or three
 * letters in separate spans; each word is filled as a frequent word of the line's language,
 * rows of stand-ins split into letters (and at most one quote where the row meets no
 * letter). Inputs were made with CPython 3: `text.encode("utf-8").decode(enc, errors="replace")`;
 * the sentences are our own.
 */
import { describe, expect, it } from "vitest";
import { fixText } from "../src/index.js";

const RESTORED: { encoding: string; broken: string; clean: string }[] = [
  { encoding: "euc_kr", broken: "鬼筠均棘畇戟\ufffd\ufffd \ufffd\ufffd棘\ufffd\ufffd棘\ufffd\ufffd逵\ufffd\ufffd 極棘均棘畇逵.", clean: "Сегодня хорошая погода." },
  { encoding: "euc_jp", broken: "弌亠亞仂亟仆\ufffd\ufffd \ufffd\ufffd仂\ufffd\ufffd仂\ufffd\ufffd舒\ufffd\ufffd 仗仂亞仂亟舒.", clean: "Сегодня хорошая погода." },
  { encoding: "big5", broken: "苤迮迣郋迡郇\ufffd\ufffd \ufffd\ufffd郋\ufffd\ufffd郋\ufffd\ufffd訄\ufffd\ufffd 郈郋迣郋迡訄.", clean: "Сегодня хорошая погода." },
  { encoding: "euc_kr", broken: "鬼\ufffd\ufffd棘均棘畇戟\ufffd\ufffd 劇龜 橘畇筠劇棘 畇棘畇棘劇\ufffd\ufffd.", clean: "Сьогодні ми йдемо додому." },
  { encoding: "euc_jp", broken: "弌\ufffd\ufffd仂亞仂亟仆\ufffd\ufffd 仄亳 亶亟亠仄仂 亟仂亟仂仄\ufffd\ufffd.", clean: "Сьогодні ми йдемо додому." },
  { encoding: "big5", broken: "苤\ufffd\ufffd郋迣郋迡郇\ufffd\ufffd 邾邽 邿迡迮邾郋 迡郋迡郋邾\ufffd\ufffd.", clean: "Сьогодні ми йдемо додому." },
  { encoding: "euc_kr", broken: "龜棘勻逵 筠 劇棘\ufffd\ufffd\ufffd\ufffd逵 克\ufffd\ufffd\ufffd\ufffd逵.", clean: "Това е моята къща." },
  { encoding: "euc_jp", broken: "丐仂于舒 亠 仄仂\ufffd\ufffd\ufffd\ufffd舒 从\ufffd\ufffd\ufffd\ufffd舒.", clean: "Това е моята къща." },
  { encoding: "big5", broken: "苠郋赲訄 迮 邾郋\ufffd\ufffd\ufffd\ufffd訄 郕\ufffd\ufffd\ufffd\ufffd訄.", clean: "Това е моята къща." },
  { encoding: "euc_kr", broken: "\ufffd\ufffd 款郭\ufffd\ufffd慣 觀恝菅關郭\ufffd\ufffd慣菅 \ufffd\ufffd郭館\ufffd\ufffd \ufffd\ufffd\ufffd\ufffd恝 \ufffd\ufffd\ufffd\ufffd慣\ufffd\ufffd串瓘菅 \ufffd\ufffd管\ufffd\ufffd 觀恝\ufffd\ufffd瓘官館慣\ufffd\ufffd.", clean: "Η γάτα κοιμάται πάνω στο τραπέζι της κουζίνας." },
  { encoding: "euc_jp", broken: "\ufffd\ufffd 粒略\ufffd\ufffd留 虜凌旅亮略\ufffd\ufffd留旅 \ufffd\ufffd略僚\ufffd\ufffd \ufffd\ufffd\ufffd\ufffd凌 \ufffd\ufffd\ufffd\ufffd留\ufffd\ufffd劉龍旅 \ufffd\ufffd侶\ufffd\ufffd 虜凌\ufffd\ufffd龍溜僚留\ufffd\ufffd.", clean: "Η γάτα κοιμάται πάνω στο τραπέζι της κουζίνας." },
  { encoding: "big5", broken: "\ufffd\ufffd 帠峎\ufffd\ufffd帢 庥怷庣弮峎\ufffd\ufffd帢庣 \ufffd\ufffd峎彖\ufffd\ufffd \ufffd\ufffd\ufffd\ufffd怷 \ufffd\ufffd\ufffd\ufffd帢\ufffd\ufffd峟庤庣 \ufffd\ufffd庢\ufffd\ufffd 庥怷\ufffd\ufffd庤巹彖帢\ufffd\ufffd.", clean: "Η γάτα κοιμάται πάνω στο τραπέζι της κουζίνας." },
  { encoding: "euc_kr", broken: "赳 剋\ufffd\ufffd閨剋\ufffd\ufffd \ufffd\ufffd勻棘\ufffd\ufffd \ufffd\ufffd逵閨棘\ufffd\ufffd\ufffd\ufffd.", clean: "Я люблю свою работу." },
  { encoding: "big5", broken: "觓 郅\ufffd\ufffd訇郅\ufffd\ufffd \ufffd\ufffd赲郋\ufffd\ufffd \ufffd\ufffd訄訇郋\ufffd\ufffd\ufffd\ufffd.", clean: "Я люблю свою работу." },
];

describe("words of lost two-byte letters filled as the line's frequent words", () => {
  for (const { encoding, broken, clean } of RESTORED) it(`${encoding}: ${clean}`, () => expect(fixText(broken, { repairOnly: true })).toBe(clean));
});

/** The same shown as "?": proven by the pairs that survived as letters and rows of "??" that are all even (a question mark stands alone). */
const QUESTION_MARKS: { encoding: string; broken: string; clean: string }[] = [
  { encoding: "euc_kr", broken: "鬼??棘均棘畇戟?? 劇龜 橘畇筠劇棘 畇棘畇棘劇??.", clean: "Сьогодні ми йдемо додому." },
  { encoding: "big5", broken: "苤??郋迣郋迡郇?? 邾邽 邿迡迮邾郋 迡郋迡郋邾??.", clean: "Сьогодні ми йдемо додому." },
  { encoding: "euc_kr", broken: "鬼??????逵 龜畇筠劇棘 戟逵 極棘??逵棘.", clean: "Сутра идемо на посао." },
  { encoding: "big5", broken: "苤??????訄 邽迡迮邾郋 郇訄 郈郋??訄郋.", clean: "Сутра идемо на посао." },
];

describe("rows of \"??\" in a line of Cyrillic pairs", () => {
  for (const { encoding, broken, clean } of QUESTION_MARKS) it(`${encoding}: ${clean}`, () => expect(fixText(broken, { repairOnly: true })).toBe(clean));
});

/** Farsi "و" ("and", D9 88) standing as a word of its own: a caseless letter is a one-letter word too. */
it("euc_kr: Farsi \"و\" lost whole as a word of its own", () => {
  const out = fixText("沕魔碼磨 \ufffd\ufffd 膜\ufffd\ufffd魔邈 邈碼 邈\ufffd\ufffd\ufffd\ufffd \ufffd\ufffd\ufffd\ufffd万 彌莫碼娩魔\ufffd\ufffd \ufffd\ufffd 邈\ufffd\ufffd魔\ufffd\ufffd.", { repairOnly: true });
  expect(out.startsWith("کتاب و دفتر را")).toBe(true);
  expect(out).toContain("میز");
  expect(out).not.toContain("\ufffd");
});

/** Stand-ins in clean text of these scripts, with nothing else broken on the line. */
const UNCHANGED = [
  "Файл \ufffd\ufffd\ufffd не найден.",
  "Ошибка: \ufffd\ufffd в строке 3",
  "Кто это?? Не знаю??",
  "النص \ufffd\ufffd هنا",
  "Η λέξη \ufffd\ufffd λείπει.",
  "Что?",
  "Привет, мир! \ufffd\ufffd",
  "Он сказал: «\ufffd\ufffd» и ушёл.",
  "정말?? 진짜??",
  "숨?? 슴?? 숭??",
  "本当?? そうですか??",
  "真的?? 什麼??",
];

describe("stand-ins in clean Cyrillic, Greek and Arabic stay", () => {
  for (const text of UNCHANGED) it(text, () => expect(fixText(text, { repairOnly: true })).toBe(text));
});
