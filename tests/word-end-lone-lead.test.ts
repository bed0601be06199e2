/**
 * A lone "â" glued to a word's end on a line a sure repair proves UTF-8 read as
 * ISO-8859-1, -2 or -15 (its C1 bytes dropped): a closing quote's lead, even in a
 * language that writes "â" (word-end-lone-lead.ts); and one that opens a word before it,
 * its partner. Inputs are made with the corpus's strict decoder, not typed. Clean text
 * with "â" in its words, and lines nothing proves, stay as they are.
 */
import { describe, expect, it } from "vitest";
import { fixText } from "../src/index.js";
import { decodeAs } from "./corpus/wrong-decoders.js";

const REPAIR_ONLY = { repairOnly: true } as const;
/** `text` as UTF-8 read by a strict ISO-8859 decoder that drops the C1 bytes. */
const droppedBy = (text: string, decoder: string): string => decodeAs(Buffer.from(text, "utf8"), decoder, { strict: true, mark: "dropped" }).text;

/** Lines whose quotes come back (the kind, single or double, is lost with the bytes: these are the ones the position gives). */
const RESTORED: { why: string; text: string; decoder: string }[] = [
  { why: "Portuguese, which starts words with â ('âmbito')", text: "O “direito à educação” é de todos", decoder: "iso-8859-1" },
  { why: "French, which writes â in words ('pâte')", text: "Elle a écrit ‘liberté’ sur le mur de l’école", decoder: "iso-8859-15" },
  { why: "Slovak, whose own ô no longer keeps the lone â alone on a proven line", text: "Pán Kôš povedal, že “pravidlá školy” platia pre každého.", decoder: "iso-8859-2" },
];

const UNCHANGED: string[] = [
  "Il a mangé du pâté et une crème brûlée à Nîmes.",
  "Rydw i’n cytuno â hi, meddai’r athro.",
  "O âmbito da lei é amplo, disse o juiz.",
  "Românâ is no word, but the line is clean.",
];

describe("a lone â at a word's end", () => {
  for (const c of RESTORED) {
    it(`restores the quotes: ${c.why}`, () => {
      const input = droppedBy(c.text, c.decoder);
      expect(input).toContain("â");
      expect(fixText(input, REPAIR_ONLY)).toBe(c.text);
    });
  }
  it.each(UNCHANGED)("leaves clean text: %s", (text) => {
    expect(fixText(text, REPAIR_ONLY)).toBe(text);
  });
  it("leaves a line nothing else proves (the â may be a letter there)", () => {
    const text = "Um âmbitoâ de teste";
    expect(fixText(text, REPAIR_ONLY)).toBe(text);
  });
});
