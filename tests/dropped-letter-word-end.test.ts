/**
 * A letter a strict Windows-1252 decoder dropped at a word's end (Slovak "ť", Windows-1250
 * 9D), put back where the spelling of the language's frequent words calls for it, on a
 * line a legacy reading proves (dropped-letter-word-end.ts); and words that end so of
 * their own, names, and lines nothing proves, left as they are. Inputs are made from the
 * originals with the corpus's strict decoder, not typed.
 */
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { fixText } from "../src/index.js";
import { decodeAs } from "./corpus/wrong-decoders.js";

/** `text` in Windows-1250 read by a strict Windows-1252 decoder that drops 81 8D 8F 90 9D. */
const droppedBy1252 = (text: string): string => decodeAs(iconv.encode(text, "windows-1250"), "windows-1252", { strict: true, mark: "dropped" }).text;

const REPAIR_ONLY = { repairOnly: true } as const;

const RESTORED: { why: string; text: string }[] = [
  { why: "an infinitive in -ovať beside a repaired č", text: "Na jar začneme opravovať strechu nášho domu." },
  { why: "the same on another line", text: "Naša obec chce čoskoro opravovať cesty a mosty." },
  { why: "a noun in -osť and an infinitive", text: "Táto kniha pomáha čitateľom pochopiť dôležitosť vzdelania." },
];

const UNCHANGED_AFTER_REPAIR: { why: string; text: string }[] = [
  { why: "names that end in -os (capitals are left)", text: "Večer sme sa prechádzali po Lagos a Barbados, kde bolo teplo." },
  { why: "a Slovak genitive in -ova", text: "Veľký ostrov leží blízko ostrova Krk, hovorí sa." },
  { why: "Czech: the line's language writes no -ť endings", text: "Děti si včera hrály u Petrova domu a u rybníka." },
];

describe("a dropped letter at a word's end", () => {
  for (const c of RESTORED) {
    it(`restores: ${c.why}`, () => {
      const input = droppedBy1252(c.text);
      expect(input).not.toBe(c.text);
      expect(fixText(input, REPAIR_ONLY)).toBe(c.text);
    });
  }
  for (const c of UNCHANGED_AFTER_REPAIR) {
    it(`adds nothing: ${c.why}`, () => {
      expect(fixText(droppedBy1252(c.text), REPAIR_ONLY)).toBe(c.text);
    });
  }
  it("leaves a line nothing proves broken (no letter of it reads otherwise)", () => {
    const text = "Mestská rada bude prejavovať záujem o novú cestu.";
    const input = droppedBy1252(text);
    expect(input).toBe("Mestská rada bude prejavova záujem o novú cestu.");
    expect(fixText(input, REPAIR_ONLY)).toBe(input);
  });
  it("marks the restored letter as a guess", async () => {
    const { explainText } = await import("../src/index.js");
    const steps = explainText(droppedBy1252("Naša obec chce čoskoro opravovať cesty a mosty."), REPAIR_ONLY);
    expect(steps.some((s) => s.after.includes("opravovať") && s.guess === true)).toBe(true);
  });
});
