/**
 * ligatures: Latin ligature and digraph characters become their separate letters, as
 * ftfy's `fix_latin_ligatures` does — they come from PDF and OCR extraction ("ﬁnd"
 * cannot be searched for as "find"). Off by default (`--ligatures`): a ligature
 * character is legitimate typography, and the Dutch ĳ and the Croatian ǆ are letters
 * some texts mean. Only these compatibility characters change; Armenian and
 * Hebrew presentation forms are not Latin ligatures and stay.
 * Example: `ﬁnd the ﬂow, Ĳssel` → `find the flow, IJssel`.
 */
import { editsFromRegex } from "../changes.js";
import type { Fix } from "../fix.js";

/** The table of ftfy's `LIGATURES`: Dutch ĳ, Afrikaans ŉ, Serbo-Croatian digraphs, typographic ligatures. */
const LETTERS_OF_LIGATURE: Readonly<Record<string, string>> = {
  "Ĳ": "IJ",
  "ĳ": "ij",
  "ŉ": "ʼn",
  "Ǳ": "DZ",
  "ǲ": "Dz",
  "ǳ": "dz",
  "Ǆ": "DŽ",
  "ǅ": "Dž",
  "ǆ": "dž",
  "Ǉ": "LJ",
  "ǈ": "Lj",
  "ǉ": "lj",
  "Ǌ": "NJ",
  "ǋ": "Nj",
  "ǌ": "nj",
  "ﬀ": "ff",
  "ﬁ": "fi",
  "ﬂ": "fl",
  "ﬃ": "ffi",
  "ﬄ": "ffl",
  "ﬅ": "ſt",
  "ﬆ": "st",
};

const LIGATURE = new RegExp(`[${Object.keys(LETTERS_OF_LIGATURE).join("")}]`, "g");

export const ligatures: Fix = {
  name: "ligatures",
  summary: "Latin ligatures become separate letters (ﬁ → fi, ĳ → ij)",
  defaultOn: false,
  repairsDamage: false,
  mayEdit: (text) => /[\u0132\u0133\u0149\u01c4-\u01cc\u01f1-\u01f3\ufb00-\ufb06]/.test(text),
  edits: (text) => editsFromRegex(text, LIGATURE, (m) => LETTERS_OF_LIGATURE[m[0]] ?? m[0]),
};
