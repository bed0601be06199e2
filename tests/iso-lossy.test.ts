/**
 * UTF-8 read as ISO-8859 (or a Windows code page with holes) by a strict decoder that
 * lost the bytes 80–9F: a letter that lost both continuation bytes (two-lost-continuations.ts),
 * a span turned down while its neighbours were broken, read again beside them
 * (rejudged-beside-repairs.ts), an emoji left as its lead and three U+FFFD (emoji-lost-whole.ts)
 * — and look-alike clean text ("pâte", "în", "NÃO", "Åsa",
 * "Äpfel") that must stay as it is.
 */
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { fixText } from "../src/index.js";
import { expectRestored } from "./helpers/lost-bytes.js";

/** `text`'s UTF-8 bytes decoded as `encoding`, each lost byte shown as `mark` ("" drops it); C1 controls count as lost. */
function readAs(text: string, encoding: string, mark = "\ufffd"): string {
  return iconv
    .decode(Buffer.from(text, "utf8"), encoding)
    .replace(/[\u0080-\u009f]/g, "\ufffd")
    .replace(/\ufffd/g, mark);
}

const RESTORED: { name: string; clean: string; encoding: string; mark: string }[] = [
  { name: "two broken letters of one Turkish word: ğ restored once ş is (ISO-8859-15, C1 dropped)", clean: "Herkes fikrini değiştirmek ve düşüncesini özgürce söylemek hakkına sahiptir.", encoding: "iso-8859-15", mark: "" },
  { name: "Georgian ა and ი, both continuation bytes lost (Windows-1250 lost 83 and 90, 98)", clean: "ბავშვებს უყვართ თამაში ეზოში.", encoding: "windows-1250", mark: "\ufffd" },
  { name: "the same with “?” for the lost bytes", clean: "ზაფხულში ზღვაზე წავედით.", encoding: "windows-1250", mark: "?" },
  { name: "lone Romanian leads with “?” after them, each other's company (ISO-8859-2)", clean: "Fiecare om are dreptul de a lua parte la viața culturală și la progresul științific.", encoding: "iso-8859-2", mark: "?" },
  { name: "the same with U+FFFD", clean: "Fiecare om are dreptul de a lua parte la viața culturală și la progresul științific.", encoding: "iso-8859-2", mark: "\ufffd" },
];

/** An emoji of which only the lead byte is left: one U+FFFD, with no other repair on the line. */
const ONE_REPLACEMENT: { name: string; broken: string; expected: string }[] = [
  { name: "an emoji that lost three bytes (ISO-8859-1)", broken: readAs("Todos tienen derecho 👍 al descanso.", "iso-8859-1"), expected: "Todos tienen derecho \ufffd al descanso." },
  { name: "the same under ISO-8859-2 (“đ”)", broken: readAs("Everyone 😂 has the right.", "iso-8859-2"), expected: "Everyone \ufffd has the right." },
];

const UNCHANGED: { name: string; text: string }[] = [
  { name: "German Ä before a letter, beside a lone â", text: "Die Äpfel sind reif â das ist gut." },
  { name: "Swedish Å and Ö", text: "Åsa och Örjan â hemma igen." },
  { name: "Portuguese NÃO", text: "NÃO é você â certo?" },
  { name: "French â inside words", text: "La pâte est prête â dit-il." },
  { name: "Romanian î and ș", text: "Mergem în oraș â pe jos." },
  { name: "Spanish á before two question marks", text: "¿Qué está?? Dime â ya." },
  { name: "Czech Č at the start of words", text: "Český Čech â dobrý." },
  { name: "Italian È twice", text: "È vero â Èi" },
  { name: "Äpfel beside a real repair on the line", text: "café au lait and Äpfel" },
  { name: "Icelandic ð before three question marks", text: "Hvað??? Já, það." },
  { name: "capitals with umlauts before question marks", text: "WÄ? Äpfel? Čech? Č? ÜÜ?" },
];

describe("ISO-8859 lossy mojibake", () => {
  it.each(RESTORED)("$name", ({ clean, encoding, mark }) => {
    expectRestored(readAs(clean, encoding, mark), clean);
  });
  it.each(ONE_REPLACEMENT)("$name", ({ broken, expected }) => {
    expect(fixText(broken, { repairOnly: true })).toBe(expected);
  });
  it.each(UNCHANGED)("leaves alone: $name", ({ text }) => {
    expect(fixText(text, { repairOnly: true })).toBe(text);
  });
  it("keeps Äpfel while repairing the mojibake beside it", () => {
    expect(fixText("cafÃ© au lait and Äpfel", { repairOnly: true })).toBe("café au lait and Äpfel");
  });
});
