/**
 * Letters a strict double-byte decoder dropped whole, without a trace
 * (src/repair/mojibake/whole-letters-dropped.ts), put back where they make a frequent word
 * of the line's language, or a one-letter word between two spaces. Inputs were made with
 * CPython 3: `text.encode("utf-8").decode(enc, errors="ignore")`.
 */
import { describe, expect, it } from "vitest";
import { fixText } from "../src/index.js";

const RESTORED: { encoding: string; broken: string; clean: string }[] = [
  { encoding: "big5", broken: "La volont矇 du peuple est le fondement de lautorit矇 des pouvoirs publics ;", clean: "La volonté du peuple est le fondement de l’autorité des pouvoirs publics ;" },
  { encoding: "big5", broken: "Todo o indiv穩duo tem direito  liberdade de opini瓊o e de express瓊o, o", clean: "Todo o indivíduo tem direito à liberdade de opinião e de expressão, o" },
  { encoding: "euc_kr", broken: "La volont popolare 챔 il fondamento dell'autorit del governo;", clean: "La volontà popolare è il fondamento dell'autorità del governo;" },
  { encoding: "euc_kr", broken: "Ka탉dy czowiek ma prawo do stopy 탉yciowej", clean: "Każdy człowiek ma prawo do stopy życiowej" },
  { encoding: "euc_kr", broken: "toto pr찼vo zahrnuje v sob i volnost zmnit sv챕 n찼bo탑enstv챠 nebo v챠ru, jako탑 i svobodu projevovat sv챕", clean: "toto právo zahrnuje v sobě i volnost změnit své náboženství nebo víru, jakož i svobodu projevovat své" },
  { encoding: "big5", broken: "Kiekvienas 鱉mogus turi teis laisvai dalyvauti", clean: "Kiekvienas žmogus turi teisę laisvai dalyvauti" },
];

describe("letters dropped whole are put back", () => {
  for (const { encoding, broken, clean } of RESTORED) it(`${encoding}: ${clean}`, () => expect(fixText(broken, { repairOnly: true })).toBe(clean));
});

/** Czech writes no one-letter word among the letters EUC-KR drops ("ž" is in no list): its two spaces stay. */
const TWO_SPACES_KEPT = [
  "Ka탑d첵 lovk  m찼 pr찼vo na 탑ivot.",
  "Ka탑d첵 lovk m찼  pr찼vo na 탑ivot.",
];

describe("two spaces where no one-letter word fits stay", () => {
  for (const broken of TWO_SPACES_KEPT) it(broken, () => expect(fixText(broken, { repairOnly: true })).toContain("  "));
});

it("a line no repair proves keeps its words and spaces", () => {
  expect(fixText("Toute personne a droit  un niveau de vie, libert et czowiek.", { repairOnly: true })).toBe("Toute personne a droit  un niveau de vie, libert et czowiek.");
});
