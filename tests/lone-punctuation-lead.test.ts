/**
 * UTF-8 read as ISO-8859-1, -15 or -2, whose C1 controls (bytes 80–9F) were then lost:
 * every dash and quote (E2 80 9x) is left as a lone "â", or "â" and two stand-ins. The
 * restorations that must happen, and clean text with a real "â" that must stay as it is.
 */
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { fixText } from "../src/index.js";
import { noLonePunctuationLeadBelieved } from "../src/repair/mojibake/lone-punctuation-lead.js";
import { expectRestored } from "./helpers/lost-bytes.js";

/** `text`'s UTF-8 bytes read as `encoding`, each byte 80–9F shown as `mark` (nothing: dropped). */
function readAs(text: string, encoding: string, mark: string): string {
  return [...Buffer.from(text, "utf8")].map((b) => (b >= 0x80 && b <= 0x9f ? mark : iconv.decode(Buffer.from([b]), encoding))).join("");
}

const RESTORED: { name: string; clean: string; encoding: string; mark: string }[] = [
  { name: "dashes between clauses and a quote over two words, bytes dropped (Italian)", clean: "Ogni persona — senza distinzione — “può chiedere” un giudice.", encoding: "iso-8859-1", mark: "" },
  { name: "two dashes on a line with nothing else broken (Swedish)", clean: "Var och en har rätt — utan åtskillnad — till skydd mot diskriminering.", encoding: "iso-8859-1", mark: "" },
  { name: "one word in single quotes, bytes dropped (Norwegian)", clean: "Han kalte det ‘frihet’ den gangen.", encoding: "iso-8859-15", mark: "" },
  { name: "quotes and a dash shown as U+FFFD pairs (Dutch)", clean: "Zij noemde het “een goed begin” — niet meer.", encoding: "iso-8859-1", mark: "\ufffd" },
  { name: "a single-quoted word shown as question marks (German)", clean: "Das Wort ‘Würde’ steht am Anfang.", encoding: "iso-8859-1", mark: "?" },
  { name: "a dash in Polish read as ISO-8859-2, bytes dropped", clean: "Każdy może — bez żadnej zgody.", encoding: "iso-8859-2", mark: "" },
  { name: "one word in single quotes restored in the same span as the word (French, markers)", clean: "Il a droit ‘à’ la parole.", encoding: "iso-8859-1", mark: "?" },
  { name: "a dash beside a letter that Windows-1252 repairs the same way (Estonian õ), bytes dropped", clean: "Igal inimesel on õigus — rahumeelsele kogunemisele.", encoding: "iso-8859-1", mark: "" },
  { name: "a quote in Russian read as ISO-8859-1, markers", clean: "он дал “ей одной” мало, но жил долго", encoding: "iso-8859-1", mark: "?" },
  { name: "dashes shown as question marks on a French line that writes ê too (the marks are the evidence)", clean: "Ils sont nés libres — et même égaux — en droits.", encoding: "iso-8859-1", mark: "?" },
];

const UNCHANGED: { name: string; text: string }[] = [
  { name: "Welsh “â” (with) between words", text: "Mae hi wedi cytuno â hi yn y tŷ." },
  { name: "Welsh “â” before an elided article", text: "Wyt ti'n dod â'r llyfr?" },
  { name: "French words starting with â", text: "Il a écrit « âme » et « âge » dans ses notes." },
  { name: "French â inside words", text: "Elle a le droit à la pâte et à l'âme." },
  { name: "Portuguese âmbito", text: "Eles têm direito ao âmbito da lei." },
  { name: "Romanian â inside words", text: "Dreptul la învățătură când acesta râde." },
  { name: "Vietnamese â", text: "Người ta âm thầm cân nhắc." },
  { name: "Portuguese capitals with Ã", text: "NÃO É POSSÍVEL, DISSE O JOÃO." },
  { name: "a French word quoted in an Italian line", text: "il francese dice « âme » e basta" },
  { name: "a French word at a line's start in an English line", text: "âme is the French word for soul" },
  { name: "a loanword with â inside it in an English line", text: "We ordered the pâté and a château wine." },
  { name: "Welsh “â” before a comma and at a line's end", text: "Beth am fynd â, neu dod â" },
  { name: "a lone â after a question mark run", text: "Qu'est-ce que tu fais là ?? Rien." },
  { name: "Romansh “â” (has) twice on a line, in a language no model knows", text: "Mintga human â igl dretg da viver sufiziaint par sirar la sanadad ad igl bagneasser da sasez. El â igl dretg da la segirezza." },
  { name: "Sango words starting and ending with â", text: "Adü âzo kûê yamba, ngâ âla lîngbi terê na lê" },
  { name: "Welsh “â” twice at word edges, on a line with no other circumflex", text: "Dewch â bara a dewch â chaws i'r parti." },
];

describe("a dash or quote reduced to its lead byte â", () => {
  it.each(RESTORED)("$name", ({ clean, encoding, mark }) => {
    const broken = readAs(clean, encoding, mark);
    expectRestored(broken, clean);
  });
  it.each(UNCHANGED)("leaves alone: $name", ({ text }) => {
    expect(fixText(text, { repairOnly: true })).toBe(text);
  });
});

/** The line-wide screen: true only where no lone "â" of the line can be believed (then the decoders only it woke are not run). */
const LINE_SCREEN: { name: string; line: string; noneBelieved: boolean }[] = [
  { name: "an â inside a word (Romanian)", line: "Dreptul la învățătură când acesta â râde.", noneBelieved: true },
  { name: "one â at a word's edge", line: "Ogni persona â senza distinzione.", noneBelieved: true },
  { name: "two â at words' edges, none inside a word", line: "Ogni persona â senza distinzione â ha diritto.", noneBelieved: false },
  { name: "an â before a question mark (a stand-in)", line: "Ogni persona â? senza distinzione.", noneBelieved: false },
  { name: "an â before a U+FFFD", line: "Ogni persona â\ufffd senza distinzione.", noneBelieved: false },
];

describe("the line-wide lone-â screen", () => {
  it.each(LINE_SCREEN)("$name", ({ line, noneBelieved }) => {
    expect(noLonePunctuationLeadBelieved(line)).toBe(noneBelieved);
  });
});
