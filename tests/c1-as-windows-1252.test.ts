/**
 * A legacy file read as Latin-1 (its bytes 80–9F kept as C1 controls), saved as UTF-8
 * and read as Windows-1252 again: each such byte shows as "Â" and a Windows-1252
 * character ("ž", Windows-1250 9E, → U+009E → "Âž"). Undone, the control stands for
 * its Windows-1252 letter, which the c1-controls fix writes (c1-as-windows-1252.ts).
 * Inputs are made from the originals with the corpus's decoders, not typed. And text
 * that names letters and punctuation beside "Â" stays as it is.
 */
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { fixText } from "../src/index.js";
import { decodeAs } from "./corpus/wrong-decoders.js";

/** `text` in `legacy`, read as Latin-1, saved as UTF-8, read as Windows-1252. */
const latin1ThenUtf8As1252 = (text: string, legacy: string): string =>
  decodeAs(Buffer.from(decodeAs(iconv.encode(text, legacy), "iso-8859-1").text, "utf8"), "windows-1252").text;

const REPAIR_ONLY = { repairOnly: true } as const;

const REPAIRED: { why: string; text: string; legacy: string }[] = [
  { why: "Croatian ž (9E) twice in a line", text: "Moja baka živi u malom selu i uživa u svakom danu na moru.", legacy: "windows-1250" },
  { why: "Slovak ž and š beside other layered letters", text: "Každý večer si prečítam knihu a potom idem spať, lebo ráno vstávam skoro.", legacy: "windows-1250" },
  { why: "Slovene ž and š", text: "Naša družina vsako poletje preživi teden dni na morju.", legacy: "windows-1250" },
];

const UNCHANGED: { why: string; text: string }[] = [
  { why: "Romanian capitals named with dashes between them", text: "Romanian capitals: Â–Î–Ă, and Ș." },
  { why: "letters named in quotes", text: "Type “Â” for the circumflex A, then “Ê” and “Ô”." },
  { why: "Vietnamese letters listed with quotes", text: "VIỆT NAM: Â‘ and Ê’ are letters of the alphabet" },
  { why: "a French sentence naming the letter before a dash", text: "La lettre Â— rare en français — se trouve dans « âge »." },
  { why: "Â before an ellipsis", text: "Â… and so on through the alphabet" },
];

describe("C1 controls read as their Windows-1252 letters", () => {
  for (const c of REPAIRED) {
    it(`repairs: ${c.why}`, () => {
      const input = latin1ThenUtf8As1252(c.text, c.legacy);
      expect(input).not.toBe(c.text);
      expect(fixText(input, REPAIR_ONLY)).toBe(c.text);
    });
  }
  for (const c of UNCHANGED) {
    it(`leaves: ${c.why}`, () => {
      expect(fixText(c.text, REPAIR_ONLY)).toBe(c.text);
    });
  }
});
