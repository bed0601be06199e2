/**
 * UTF-8 read as ISO-8859-1, -2 or -15, the bytes 80–9F kept as C1 controls or dropped:
 * restorations that must happen (made here from our own sentences with iconv-lite),
 * and look-alike clean text that must stay as it is.
 */
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { fixText } from "../src/index.js";
import { expectRestored } from "./helpers/lost-bytes.js";

type C1 = "kept" | "dropped" | "replaced";

/** `text`'s UTF-8 bytes read as `encoding`, its C1 controls kept, dropped, or each shown as U+FFFD. */
function readAsIso(text: string, encoding: string, c1: C1): string {
  const read = iconv.decode(Buffer.from(text, "utf8"), encoding);
  return c1 === "kept" ? read : read.replace(/[\u0080-\u009f]/g, c1 === "dropped" ? "" : "\ufffd");
}

const RESTORED: { name: string; clean: string; encoding: string; c1: C1; guess: boolean }[] = [
  // two-readings-on-one-line.ts: "€" is A4 in ISO-8859-15; read as Windows-1252's 80 it spells another emoji.
  { name: "an emoji whose bytes show a C1 control and ISO-8859-15's “€” (🤝, not 🀝)", clean: "Herkes 🤝 şimdi gülüyor", encoding: "iso-8859-15", c1: "kept", guess: false },
  { name: "an emoji whose bytes show a C1 control and ISO-8859-15's “š” (✨, not ✚)", clean: "Bom trabalho, equipa ✨🤝", encoding: "iso-8859-15", c1: "kept", guess: false },
  // broken-letters-of-one-word.ts: two broken letters of one word, neither believed alone.
  { name: "two dropped bytes in one Romanian word, beside a sure repair (ISO-8859-2)", clean: "Părinții din România aleg școala.", encoding: "iso-8859-2", c1: "dropped", guess: true },
  // lone-lead-word-alone.ts: a lone "â" between spaces in a language that writes "â" but no word "â".
  { name: "a dash left as a lone “â” between spaces in Portuguese (ISO-8859-1)", clean: "A reunião começa cedo — antes das oito horas.", encoding: "iso-8859-1", c1: "dropped", guess: true },
  { name: "the same in French", clean: "Le musée ouvre à neuf heures — même le dimanche.", encoding: "iso-8859-1", c1: "dropped", guess: true },
  // lead-letter-unwritten.ts: a lone lead letter the line's language does not write, on a proven line.
  { name: "a Slovak “č” at a word's start, its byte 8D dropped (“Äinov”), beside “Äinnosť” restored", clean: "Žiadne ustanovenie nedáva právo vyvíjať činnosť alebo dopúšťať sa činov proti právam.", encoding: "iso-8859-15", c1: "dropped", guess: true },
  // language-letter-pool.ts: "Ø" is among the candidates of "Ã" + a dropped byte in Faroese.
  { name: "a Faroese “Ø” starting the line (“Ãll”), its byte 98 dropped", clean: "Øll hava rætt til frítíð og hvíld, og øll skulu hava somu tíðir.", encoding: "iso-8859-15", c1: "dropped", guess: true },
  // typography.ts: an opener before another opener, no closer ahead pairing with it — “, not one U+FFFD.
  { name: "two opening quotes together, both lost (C1 bytes shown as U+FFFD)", clean: "““Een ieder heeft recht.”", encoding: "iso-8859-1", c1: "replaced", guess: true },
];

const UNCHANGED: { name: string; text: string }[] = [
  { name: "Welsh “â” as a word", text: "Rwy’n cytuno â hi, ac â’i brawd hefyd." },
  { name: "Portuguese words starting with “â”", text: "No âmbito do acordo, o ângulo é â la carte." },
  { name: "German capitals with umlauts before small letters", text: "Die Äpfel und Öfen der Ärzte" },
  { name: "Czech and Romanian letters as written", text: "Čapek a Ăsta sunt nume; Čeština je jazyk." },
  { name: "a lone circumflex a between spaces in French prose", text: "La lettre â se prononce comme un a long." },
];

/** Lines partly broken: the broken words are repaired, a correct foreign name beside them stays. */
const NAME_KEPT: { name: string; text: string; expected: string }[] = [
  { name: "a German “Ärzte” among broken Slovak words", text: "SlovenskÃ¡ Å¥ava a Ärzte ohne Grenzen sÃº tu.", expected: "Slovenská ťava a Ärzte ohne Grenzen sú tu." },
];

describe("UTF-8 read as ISO-8859-1, -2, -15 with lost bytes", () => {
  it.each(RESTORED)("$name", ({ clean, encoding, c1, guess }) => {
    expectRestored(readAsIso(clean, encoding, c1), clean, guess);
  });
  it.each(UNCHANGED)("leaves alone: $name", ({ text }) => {
    expect(fixText(text, { repairOnly: true })).toBe(text);
  });
  it.each(NAME_KEPT)("keeps $name", ({ text, expected }) => {
    expect(fixText(text, { repairOnly: true })).toBe(expected);
  });
});
