/**
 * A lone lead whose continuation a strict decoder lost, believed on its own when its word
 * rules the lead out (lone-lead-against-word.ts): a capital between small letters, a
 * letter of another alphabet inside a word, or a lead before a U+FFFD. Clean text of the
 * same look stays as it is.
 */
import { describe, expect, it } from "vitest";
import { fixText } from "../src/index.js";
import { expectRestored, readAsStrict as readAs } from "./helpers/lost-bytes.js";

const RESTORED: { name: string; clean: string; broken: string }[] = [
  { name: "a capital between small letters before U+FFFD (Windows-1252 lost 8D of č)", clean: "u kojem se slučaju ne mogu", broken: readAs("u kojem se slučaju ne mogu", "windows-1252") },
  { name: "the same with “?”", clean: "u kojem se slučaju ne mogu", broken: readAs("u kojem se slučaju ne mogu", "windows-1252", "?") },
  { name: "the same dropped, its word a frequent one", clean: "u kojem se slučaju ne mogu", broken: readAs("u kojem se slučaju ne mogu", "windows-1252", "") },
  { name: "a Greek capital inside a Latin word (Windows-1253 lost 8D)", clean: "u kojem se slučaju ne mogu", broken: readAs("u kojem se slučaju ne mogu", "windows-1253", "?") },
  { name: "a capital before U+FFFD at a word's end (Windows-1257 lost A1 of á)", clean: "y libertades no podrán", broken: readAs("y libertades no podrán", "windows-1257") },
  { name: "the same dropped", clean: "y libertades no podrán", broken: readAs("y libertades no podrán", "windows-1257", "") },
  { name: "a lead after a capital, before U+FFFD (Windows-1257)", clean: "Tá ag gach uile dhuine an ceart", broken: readAs("Tá ag gach uile dhuine an ceart", "windows-1257") },
  { name: "a lead starting a word, before U+FFFD (Windows-1252 lost 8D)", clean: "ne sme prisiliti k članstvu", broken: readAs("ne sme prisiliti k članstvu", "windows-1252") },
  { name: "a capital starting a word, “?” glued to its small letters (Windows-1252 lost 8D)", clean: "ne sme prisiliti k članstvu", broken: readAs("ne sme prisiliti k članstvu", "windows-1252", "?") },
  { name: "Danish å dropped (Windows-1257 lost A5)", clean: "ret til en sådan levefod", broken: readAs("ret til en sådan levefod", "windows-1257", "") },
];

const UNCHANGED: { name: string; text: string }[] = [
  { name: "a camel-case name with a capital umlaut", text: "Die Methode getÄnderung liefert Äpfel" },
  { name: "a capital between small letters that makes no word", text: "Der Schalter heißt einÄus und bleibt so" },
  { name: "resistance units", text: "Der Widerstand beträgt 4,7 kΩ und 20 μΩcm" },
  { name: "a question after a capital umlaut", text: "Kennst du das ÄÖ? Ja, das Ü auch" },
  { name: "a question mark after a capital in a word", text: "Is it called iÖ? or iPhone?" },
  { name: "a query string after a capital in a path", text: "Siehe /wiki/Ä?action=edit und /wiki/Ö?lang=de" },
  { name: "a question mark after a capital word, a small word glued after it", text: "Kennst du ÖL?ja, das kenne ich" },
];

describe("a lone lead its word rules out", () => {
  it.each(RESTORED)("$name", ({ clean, broken }) => {
    expectRestored(broken, clean);
  });
  it.each(UNCHANGED)("leaves alone: $name", ({ text }) => {
    expect(fixText(text, { repairOnly: true })).toBe(text);
  });
});
