/**
 * An apostrophe of which only the lead "â" is left inside a word (UTF-8 read as
 * ISO-8859-1, -15 or -2, the C1 controls then dropped): "donât" → "don’t" when the
 * language's frequent words speak for it, and words that write "â" left as they are.
 * Inputs are made from the originals with the corpus's decoders, not typed.
 */
import { describe, expect, it } from "vitest";
import { explainText, fixText } from "../src/index.js";
import { decodeAs } from "./corpus/wrong-decoders.js";

/** UTF-8 of `text` read as `readAs` with the C1 controls (80–9F) dropped. */
const c1Dropped = (text: string, readAs = "iso-8859-1"): string => decodeAs(Buffer.from(text, "utf8"), readAs, { strict: true, mark: "dropped" }).text;

const REPAIR_ONLY = { repairOnly: true, fixes: { "curly-quotes": false } } as const;

const RESTORED: { why: string; text: string; readAs?: string }[] = [
  { why: "English contractions (the list keeps \"don\" and \"t\" apart)", text: "I don’t think it’s late, but we’re tired." },
  { why: "English, read as ISO-8859-15", text: "They don’t say what it’s for.", readAs: "iso-8859-15" },
  { why: "English \"I’m\" at a sentence's start (\"I\" + \"m\"), \"you’ll\", \"can’t\"", text: "I’m sure you’ll like it; we can’t stop now." },
  { why: "French elisions the list writes whole (c'est, n'est)", text: "C’est vrai, ce n’est pas grave." },
  { why: "Catalan elisions: an elided word before a frequent word", text: "L’escola d’aquest poble és petita." },
  { why: "Catalan, read as ISO-8859-2", text: "Tinc el dret d’opinió i la llibertat d’expressió.", readAs: "iso-8859-2" },
  // Short English lines the letters alone read as French, Welsh or Afrikaans (clear-line-contraction.ts): every other word a frequent English word.
  { why: "\"can’t\" in a line French's letters read about as well", text: "You can’t be so sure." },
  { why: "\"I’m\" mid-sentence: a one-letter first half is no name when \"I'm\" is a frequent word", text: "Well, I think I’m ready now." },
  { why: "\"wasn’t\": \"was\" + \"n\" (English's list has no \"wasn\")", text: "It wasn’t him." },
  { why: "\"isn’t\" in a line Welsh's letters read best", text: "It isn’t here." },
  { why: "\"doesn’t\", \"weren’t\"", text: "She doesn’t know they weren’t home." },
  { why: "\"couldn’t\", \"shouldn’t\"", text: "We couldn’t stay, and you shouldn’t wait." },
  { why: "\"hasn’t\" (no list holds \"hasn\")", text: "He hasn’t replied." },
  { why: "\"aren’t\" in a line French's letters read best", text: "You aren’t alone." },
  { why: "\"didn’t\" beside \"it’s\": each believed, so both restored", text: "I didn’t see that it’s open" },
];

/** Clean lines with an "â" inside a word: a letter, which must stay. */
const KEPT: { why: string; text: string }[] = [
  { why: "French: the language writes â (\"l\" + \"che\" is no elision there)", text: "Le lâche a fui, et la mâche reste dans le panier." },
  { why: "French loanwords in an English line", text: "We had pâté, crème brûlée and a slice of gâteau at the château." },
  { why: "Vietnamese names mid-sentence in an English line", text: "We met Thân and Tâm in the market at Cần Thơ." },
  { why: "a capital word mid-sentence is a name, even with a one-letter first part", text: "You should ask Iân about it, he knows." },
  { why: "Romanian", text: "Am un câine și mănânc pâine în fiecare zi, încât mă satur." },
  { why: "Portuguese", text: "O âmbito da lei inclui a lâmpada da sala e o pâncreas." },
  { why: "Welsh \"â\" (with)", text: "Rydw i'n cytuno â hi, ac mae hi'n mynd â'r plant i'r ysgol." },
  { why: "Vietnamese", text: "Tôi đã gặp anh Tân và chị Tâm ở chợ, họ rất vui vẻ." },
  { why: "a line that writes other circumflex vowels (a language the models may not know)", text: "Lo vîlho gâdzo est parâi por tî." },
  { why: "a line whose other inner â reads as no apostrophe: the halves of \"parâi\" say nothing", text: "The old drâi and the new parâi were shown side by side." },
  { why: "Romanian \"decât\", though Catalan's list holds \"dec\" and \"t\" and most of the line's words", text: "minimul al range este mai mare decât maximul" },
  { why: "Friulian \"specificât\", though English's list holds \"specific\" and \"t\": Romanian reads the line best", text: "Nissun file specificât pe leture" },
  { why: "Friulian \"orientâl\": English, the best reading of so short a line, is not the only near one", text: "Tedesc orientâl" },
  { why: "Friulian: English reads the line far worse than Catalan does", text: "<range> za specificât" },
  { why: "French words in an English line: no contraction shape", text: "I think the pâte is fine, and we had le gâteau at the château." },
  { why: "Romanian and Portuguese words in an English line", text: "My dog is a câine; we went to România and I will see you mâine in the âmbito of it." },
  { why: "Vietnamese, Welsh and Turkish words in an English line", text: "He is Tâm and she is Thân; it was a tân, and the kâğıt is hâlâ here." },
];

describe("a lone \"â\" inside a word that was an apostrophe", () => {
  it.each(RESTORED)("$why", ({ text, readAs }) => {
    const input = c1Dropped(text, readAs);
    expect(input).toContain("â");
    expect(fixText(input, REPAIR_ONLY)).toBe(text);
  });

  it.each(KEPT)("keeps a letter â: $why", ({ text }) => {
    expect(fixText(text, REPAIR_ONLY)).toBe(text);
  });

  it("marks the restored apostrophe a guess", () => {
    const changes = explainText(c1Dropped("I don’t know what it’s for."), REPAIR_ONLY).filter((c) => c.fix === "mojibake");
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.every((c) => c.guess)).toBe(true);
  });
});
