/**
 * The screens that spare clean lines the repair search (mojibake/index.ts: decoders
 * that only a lone "â" or only a lead before a space woke are not run when nothing they
 * could find can be believed). Clean lines of the kind they clear must stay as they are;
 * broken lines that only those decoders repair must still be repaired.
 */
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { fixText } from "../src/index.js";

const UNCHANGED: { name: string; text: string }[] = [
  { name: "Russian words ending in letters that KOI8 reads as leads, before spaces", text: "Каждый человек имеет право на свободу мирных собраний и ассоциаций." },
  { name: "Ukrainian with і and ї between words", text: "Кожна людина має право на освіту, і вона повинна бути безплатною." },
  { name: "Bulgarian line with word-final ъ and й", text: "Всеки човек има право на свобода на мисълта, съвестта и религията, той също." },
  { name: "Romanian â inside words and one at a word's edge", text: "Orice om are dreptul la învățătură, când â se cuvine, în România." },
  { name: "French â at words' starts, once", text: "Toute personne a droit à l'âge de la retraite." },
];

const RESTORED: { name: string; clean: string; encoding: string }[] = [
  { name: "Russian read as KOI8-R", clean: "Каждый человек имеет право на жизнь.", encoding: "koi8-r" },
  { name: "Ukrainian read as KOI8-U", clean: "Кожна людина має право на життя.", encoding: "koi8-u" },
];

describe("screens that spare clean lines", () => {
  it.each(UNCHANGED)("leaves alone: $name", ({ text }) => {
    expect(fixText(text, { repairOnly: true })).toBe(text);
  });
  it.each(RESTORED)("still repairs: $name", ({ clean, encoding }) => {
    const broken = iconv.decode(Buffer.from(clean, "utf8"), encoding);
    expect(broken).not.toBe(clean);
    expect(fixText(broken, { repairOnly: true })).toBe(clean);
  });
});
