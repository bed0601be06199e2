import { describe, expect, it } from "vitest";
import { fixText } from "../src/index.js";

// Correct text whose word ends or letters spell UTF-8 under a single-byte code page
// (quote-left-open.ts, lone-letter-absent-script.ts, whole-word-other-script.ts), and
// real mojibake of the same shapes that must still come back.
const CASES: { name: string; input: string; output: string }[] = [
  // A word's last letters and the closer of a quote opened on the line.
  { name: "Ukrainian -жі» (Windows-1251 E6 B3 BB, a hanzi GBK reads as к) stays", input: "Пристрій живиться «від мережі», а не від батареї.", output: "Пристрій живиться «від мережі», а не від батареї." },
  { name: "… at the end of a quoted phrase", input: "Кухар поклав на стіл «гострі ножі» і пішов.", output: "Кухар поклав на стіл «гострі ножі» і пішов." },
  { name: "Czech -áž» (Windows-1250 E1 9E BB) stays", input: "Na dveřích visel nápis «masáž» a pod ním telefon.", output: "Na dveřích visel nápis «masáž» a pod ním telefon." },
  { name: "Czech -áž» at the end of a line", input: "Na stole ležel lístek «stráž».", output: "Na stole ležel lístek «stráž»." },
  { name: "broken Ukrainian inside intact guillemets still comes back", input: "Пристрій живиться «від Ð¼ÐµÑ€ÐµÐ¶Ñ–», а не від батареї.", output: "Пристрій живиться «від мережі», а не від батареї." },
  { name: "a broken word before a later closer still comes back", input: "«il a dÃ» partir»", output: "«il a dû partir»" },
  { name: "a broken line with broken guillemets still comes back", input: "Ð¡Ñ‚Ñ€Ð°ÑÑ‚ÑŒ «Ð¼ÐµÑ€ÐµÐ¶Ñ–»", output: "Страсть «мережі»" },
  // A Latin letter and a symbol read as a lone letter of a script the line shows nowhere else.
  { name: "German ß and µ (DF B5, NKo) stay", input: "Der Wert heißt Maßµ in der alten Tabelle.", output: "Der Wert heißt Maßµ in der alten Tabelle." },
  { name: "a lone Cyrillic letter named on its own still comes back", input: "Straße Ð– here", output: "Straße Ж here" },
  { name: "a lone Greek letter still comes back", input: "The word Î± here", output: "The word α here" },
  { name: "Arabic words still come back", input: "Ø³Ù„Ø§Ù… Ø¯ÙˆØ³Øª", output: "سلام دوست" },
  // A whole word of the line's script read as a sign of a third script.
  { name: "Urdu لپٹ (Windows-1256 E1 81 8A, Myanmar ၊) stays", input: "آگ کی لپٹ بہت تیز تھی", output: "آگ کی لپٹ بہت تیز تھی" },
  { name: "broken Urdu still comes back", input: "Ù„Ù¾Ù¹ Ú©ÛŒ", output: "لپٹ کی" },
];

describe("correct text that spells UTF-8 in a code page", () => {
  it.each(CASES)("$name", ({ input, output }) => {
    expect(fixText(input, { repairOnly: true })).toBe(output);
  });
});
