/**
 * Two stand-ins standing as a word between spaces (src/repair/mojibake/letter-or-dash-alone.ts):
 * the browsers' Big5 leaves them for a dash, Python's strict Big5 (`errors="replace"`, one
 * U+FFFD per byte) for a two-byte letter such as "à" (C3 A0). The line's language chooses;
 * a letter no word is made of stays out ("č" in Slovak), and English keeps its dash.
 * Inputs made with CPython 3: `text.encode("utf-8").decode("big5", errors="replace")`.
 */
import { describe, expect, it } from "vitest";
import { fixText } from "../src/index.js";

const R = { repairOnly: true, fixes: { "curly-quotes": false } } as const;

const CASES: { name: string; broken: string; clean: string }[] = [
  { name: "French: à between words", broken: "Toute personne a droit \ufffd\ufffd la libert矇 de", clean: "Toute personne a droit à la liberté de" },
  { name: "French: à after a noun", broken: "Heures de la journ矇e \ufffd\ufffd forte activit矇", clean: "Heures de la journée à forte activité" },
  { name: "Portuguese: à before a noun", broken: "Todo o indiv穩duo tem direito \ufffd\ufffd liberdade de opini瓊o e de express瓊o, o", clean: "Todo o indivíduo tem direito à liberdade de opinião e de expressão, o" },
];

/** Dashes the browsers' Big5 lost (E2 80 → one U+FFFD, 94 before the space → one), and a letter no word is. */
const DASH_KEPT: { name: string; broken: string; clean: string }[] = [
  { name: "English: a dash between words", broken: "It is ready \ufffd\ufffd wait a moment, the caf矇 said", clean: "It is ready — wait a moment, the café said" },
  { name: "Slovak: no word of one č", broken: "Ka鱉d羸 m獺 pr獺vo na pr獺cu \ufffd\ufffd na slobodn繳 vo躂bu zamestnania", clean: "Každý má právo na prácu — na slobodnú voľbu zamestnania" },
  { name: "German: a dash, not à", broken: "Das ist gut \ufffd\ufffd aber nicht f羹r mich", clean: "Das ist gut — aber nicht für mich" },
];

describe("two stand-ins standing alone: a one-letter word where the language writes one", () => {
  for (const { name, broken, clean } of CASES) it(name, () => expect(fixText(broken, R)).toBe(clean));
});

describe("two stand-ins standing alone: the dash elsewhere", () => {
  for (const { name, broken, clean } of DASH_KEPT) it(name, () => expect(fixText(broken, R)).toBe(clean));
});
