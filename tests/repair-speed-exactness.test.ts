/**
 * The broken-text speed-ups change no output: the bounded letter-pair check agrees with
 * the full scoring (plausibility/language-bigrams.ts `costsMoreThan`), the legacy
 * readings it turns down early are the ones the full check turns down
 * (repair/mojibake/legacy-reading-limit.ts), and a line repaired in one pass is found
 * settled in the next (repair/mojibake/index.ts). Sentences are our own.
 */
import { describe, expect, it } from "vitest";
import { fixText } from "../src/index.js";
import { bestLanguageCost, costsMoreThan, knownLanguagesForScriptOf } from "../src/plausibility/language-bigrams.js";
import iconv from "iconv-lite";

const mojibakeOf = (text: string, readAs: string) => iconv.decode(Buffer.from(text, "utf8"), readAs);

const TEXTS = [
  "Every morning the baker opens her shop before the street lamps go out.",
  "Каждое утро пекарня открывается до рассвета, и хлеб ещё горячий.",
  "Κάθε πρωί ο φούρναρης ανοίγει πριν ξημερώσει.",
  "每天早上面包店在天亮之前开门。",
  mojibakeOf("Каждое утро пекарня открывается до рассвета.", "windows-1252"),
  mojibakeOf("Každé ráno se pekárna otevírá před svítáním.", "windows-1252"),
  "Ðàáîòà è îòäûõ íóæíû êàæäîìó ÷åëîâåêó.",
];

describe("costsMoreThan agrees with the full letter-pair scoring", () => {
  for (const text of TEXTS) {
    it(JSON.stringify(text.slice(0, 30)), () => {
      const languages = knownLanguagesForScriptOf(text);
      const { bits } = bestLanguageCost(text, languages);
      for (const share of [0, 0.25, 0.5, 0.9, 0.999, 1.001, 1.1, 2]) {
        const bound = bits * share;
        // "More than" is only ever said when it is true; well under the cost it is said.
        if (costsMoreThan(text, languages, bound)) expect(bits).toBeGreaterThan(bound);
        if (share <= 0.9) expect(costsMoreThan(text, languages, bound)).toBe(true);
        if (share >= 1) expect(costsMoreThan(text, languages, bound)).toBe(false);
      }
    });
  }
});

describe("broken lines come out the same whole, line by line, and fixed again", () => {
  const FAMILIES = ["windows-1252", "windows-1250", "gbk", "shift_jis", "windows-1251", "iso-8859-7"];
  const CLEAN = [
    "Vi møtes på kaféen når været blir bedre, sa hun.",
    "Wszyscy ludzie rodzą się wolni i równi w swojej godności.",
    "Все люди рождаются свободными и равными в своём достоинстве.",
    "Όλοι οι άνθρωποι γεννιούνται ελεύθεροι και ίσοι.",
    "すべての人間は、生まれながらにして自由である。",
    "Svi ljudi se rađaju slobodni i jednaki u dostojanstvu.",
  ];
  const lines = CLEAN.map((line, i) => mojibakeOf(line, FAMILIES[i % FAMILIES.length]!));
  it("a block and its lines one at a time agree, and the block's output is settled", () => {
    const whole = fixText(`${lines.join("\n")}\n`, {});
    const oneByOne = lines.map((line) => fixText(`${line}\n`, {})).join("");
    expect(whole).toBe(oneByOne);
    expect(fixText(whole, {})).toBe(whole);
  });
  it("clean legacy-looking text stays as it is", () => {
    for (const line of CLEAN) expect(fixText(line, { repairOnly: true })).toBe(line);
  });
});

describe("knownLanguagesForScriptOf counts letters by script, the first script seen winning a tie", () => {
  const CASES: { text: string; like: string }[] = [
    { text: "ab αβ", like: "abc" },
    { text: "αβ ab", like: "αβγ" },
    { text: "a αβ", like: "αβγ" },
    { text: "😀 день 😀 day", like: "абв" },
    { text: "12 + 34", like: "" },
    { text: "\ud800 lone surrogates \udc00", like: "abc" },
  ];
  for (const { text, like } of CASES) {
    it(JSON.stringify(text), () => expect(knownLanguagesForScriptOf(text)).toBe(knownLanguagesForScriptOf(like)));
  }
});
