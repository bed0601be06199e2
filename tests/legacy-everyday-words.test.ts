/**
 * Latin-script legacy lines whose reading is vouched for by the everyday words of one of
 * the code page's languages (src/repair/mojibake/legacy-everyday-words.ts): a Slovene
 * line whose one changed word is "če" (a two-letter word, one changed letter) is
 * repaired, while correct lines of languages that write "è", "â" or "ê" themselves stay
 * as they are. Sentences are our own; broken inputs are made with the corpus's decoders.
 */
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { fixText } from "../src/index.js";
import { decodeAs } from "./corpus/wrong-decoders.js";

const REPAIR_ONLY = { repairOnly: true, fixes: { "curly-quotes": false } } as const;

/** Lines of the code pages' own languages, as they were written, that the letter-pair gates alone let pass as they stood. */
const LEGACY_LINES: { legacy: string; text: string; words: string }[] = [
  { legacy: "windows-1250", text: "Če ga ne vidiš, ga ne moreš izbrati.", words: "Slovene: ga, ne, vidiš… and the changed \"če\"" },
  { legacy: "windows-1250", text: "Kliknite na gomb, če želite nadaljevati.", words: "Slovene: na, če, želite" },
  { legacy: "windows-1250", text: "Če je okno skrito, ga lahko dvignete.", words: "Slovene: je, okno, ga, lahko" },
];

/** Correct lines with letters a Latin-script legacy would read otherwise (and why the words do not speak for it). */
const CLEAN_LINES: { text: string; why: string }[] = [
  { text: "Il caffè è pronto, ma la torta non è ancora cotta.", why: "Italian \"è\" is an everyday word as it stands" },
  { text: "Très bien, je suis à la maison avec ma mère.", why: "French words are no Czech or Slovene everyday words" },
  { text: "Stâts Unîts dal Messic e Stâts Unîts di Americhe", why: "Friulian: no Latvian everyday word comes of it" },
  { text: "Ez ê sibê werim malê te û tu jî werî.", why: "Kurdish ê û î" },
  { text: "Na tom je René a Zoë, ale ne Chloè.", why: "Czech everyday words around a French name, which reads as no Czech word" },
  { text: "On je u kući, a ja sam kod Renèe.", why: "Croatian everyday words around a French name" },
];

describe("Latin-script legacy readings vouched for by everyday words", () => {
  describe.each(["windows-1252", "iso-8859-1"])("read as %s", (readAs) => {
    it.each(LEGACY_LINES)("repairs $legacy \"$text\" ($words)", ({ legacy, text }) => {
      const broken = decodeAs(iconv.encode(text, legacy), readAs).text;
      expect(broken).not.toBe(text);
      expect(fixText(broken, REPAIR_ONLY)).toBe(text);
    });
  });

  it.each(CLEAN_LINES)("leaves \"$text\" as it is ($why)", ({ text }) => {
    expect(fixText(text, REPAIR_ONLY)).toBe(text);
  });
});
