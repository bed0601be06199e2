import { describe, expect, it } from "vitest";
import { fixText } from "../src/index.js";

// Correct text whose word ends or letters spell UTF-8 under a single-byte code page
// (quote-left-open.ts, lone-letter-absent-script.ts, letters-read-as-lone-cjk.ts,
// whole-word-other-script.ts), and real mojibake of the same shapes that must still
// come back.
const CASES: { name: string; input: string; output: string }[] = [
  // A word's last letters and the closer of a quote opened on the line.
  { name: "Ukrainian -жі» (Windows-1251 E6 B3 BB, a hanzi GBK reads as к) stays", input: "Пристрій живиться «від мережі», а не від батареї.", output: "Пристрій живиться «від мережі», а не від батареї." },
  { name: "… at the end of a quoted phrase", input: "Кухар поклав на стіл «гострі ножі» і пішов.", output: "Кухар поклав на стіл «гострі ножі» і пішов." },
  { name: "Czech -áž» (Windows-1250 E1 9E BB) stays", input: "Na dveřích visel nápis «masáž» a pod ním telefon.", output: "Na dveřích visel nápis «masáž» a pod ním telefon." },
  { name: "Czech -áž» at the end of a line", input: "Na stole ležel lístek «stráž».", output: "Na stole ležel lístek «stráž»." },
  { name: "broken Ukrainian inside intact guillemets still comes back", input: "Пристрій живиться «від Ð¼ÐµÑ€ÐµÐ¶Ñ–», а не від батареї.", output: "Пристрій живиться «від мережі», а не від батареї." },
  { name: "a broken word before a later closer still comes back", input: "«il a dÃ» partir»", output: "«il a dû partir»" },
  { name: "a broken line with broken guillemets still comes back", input: "Ð¡Ñ‚Ñ€Ð°ÑÑ‚ÑŒ «Ð¼ÐµÑ€ÐµÐ¶Ñ–»", output: "Страсть «мережі»" },
  // … and with no opener on the line: the word is a frequent one and its reading is none.
  { name: "Ukrainian -жі» continuing a quote from the line before", input: "від мережі», — сказав він.", output: "від мережі», — сказав він." },
  { name: "Ukrainian межі» at the end of a sentence", input: "Ніхто не чекав такої межі».", output: "Ніхто не чекав такої межі»." },
  { name: "Czech stráž» before more words", input: "Na stole ležel lístek stráž» a", output: "Na stole ležel lístek stráž» a" },
  { name: "Portuguese capitals before an ellipsis stay", input: "O meu IRMÃ… chegou", output: "O meu IRMÃ… chegou" },
  { name: "Vietnamese thá»‹ (Windows-1252) still comes back", input: "Đây là thá»‹ trấn", output: "Đây là thị trấn" },
  // A Latin letter and a symbol read as a lone letter of a script the line shows nowhere else.
  { name: "German ß and µ (DF B5, NKo) stay", input: "Der Wert heißt Maßµ in der alten Tabelle.", output: "Der Wert heißt Maßµ in der alten Tabelle." },
  { name: "ß and µ after a hyphen stay too: NKo letters are named in Latin text no more than they are written", input: "see testfiles/utf8-test-ßµ™∃/file.hpp", output: "see testfiles/utf8-test-ßµ™∃/file.hpp" },
  { name: "a lone Cyrillic letter named on its own still comes back", input: "Straße Ð– here", output: "Straße Ж here" },
  { name: "a lone Greek letter still comes back", input: "The word Î± here", output: "The word α here" },
  { name: "Arabic words still come back", input: "Ø³Ù„Ø§Ù… Ø¯ÙˆØ³Øª", output: "سلام دوست" },
  // … or as the punctuation of such a script.
  { name: "a Cyrillic legacy word ending in ÿõ (MacRoman D8 9B, the Arabic semicolon) is no broken Arabic", input: "шлях: /øëÿõ", output: "шлях: /øëÿõ" },
  { name: "an Arabic question mark after broken Arabic words still comes back", input: "ÙƒÙŠÙ Ø­Ø§Ù„ÙƒØŸ", output: "كيف حالك؟" },
  // Three letters read as a lone CJK character glued to letters (letters-read-as-lone-cjk.ts).
  { name: "Nordic letters typed in a row (Windows-1257 reads åÆØ as E5 AF A8, \"寨\") stay", input: "Tastatur: æøåÆØÅäöüÄÖÜß ok", output: "Tastatur: æøåÆØÅäöüÄÖÜß ok" },
  { name: "Chinese read as Windows-1252 beside Latin words still comes back", input: "Der Name ä¸­æ–‡ bedeutet Chinesisch", output: "Der Name 中文 bedeutet Chinesisch" },
  // A run of common hanzi on a line of Chinese read as no Latin letter.
  { name: "Chinese placeholder 某某某 (EUC-JP CB BF, \"˿\") stays", input: "第一种是 binary-某某某", output: "第一种是 binary-某某某" },
  { name: "Russian read as GBK beside Chinese still comes back", input: "中文 锌褉懈胁械褌 мир", output: "中文 привет мир" },
  // A capital read from a double-byte character against the case of its Latin word.
  { name: "Korean 키 (\"key\", EUC-KR C5 B0, \"Ű\") after a key name stays", input: "Tab키 Esc키", output: "Tab키 Esc키" },
  { name: "… and before one", input: "Option 키Alt", output: "Option 키Alt" },
  { name: "EUC-KR mojibake of a small letter still comes back", input: "caf챕", output: "café" },
  { name: "a layer still to be read keeps its capital", input: "Vi脙聼t Nam c脙麓ng", output: "Vißt Nam công" },
  // A double-byte character glued to a Latin word read as a letter of a third script.
  { name: "Chinese 谢 after a key name (GBK D0 BB, \"л\") stays", input: "按Tab谢 Tab谢", output: "按Tab谢 Tab谢" },
  { name: "a hanzi before a Latin word (EUC-JP, a Gujarati letter) stays", input: "爬USB", output: "爬USB" },
  { name: "broken Russian apart from a Latin word still comes back", input: "袩褉懈胁械褌 world", output: "Привет world" },
  { name: "a hanzi before a Latin word read as a Devanagari digit stays", input: "席Shift", output: "席Shift" },
  // A double-byte character read as a spacing modifier touching a letter.
  { name: "Chinese 剛 after a Latin word (GBK, a tone letter) stays", input: "Linux剛", output: "Linux剛" },
  { name: "Belarusian with its apostrophe (a modifier letter) read as GBK still comes back", input: "袗斜始褟写薪邪薪褘褏 Нацый", output: "Абʼяднаных Нацый" },
  // A whole word of the line's script read as a sign of a third script.
  { name: "Urdu لپٹ (Windows-1256 E1 81 8A, Myanmar ၊) stays", input: "آگ کی لپٹ بہت تیز تھی", output: "آگ کی لپٹ بہت تیز تھی" },
  { name: "broken Urdu still comes back", input: "Ù„Ù¾Ù¹ Ú©ÛŒ", output: "لپٹ کی" },
];

describe("correct text that spells UTF-8 in a code page", () => {
  it.each(CASES)("$name", ({ input, output }) => {
    expect(fixText(input, { repairOnly: true })).toBe(output);
  });
});
