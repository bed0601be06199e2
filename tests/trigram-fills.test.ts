import { describe, expect, it } from "vitest";
import { trigramCostsOfFills, trigramTextCost } from "../src/plausibility/language-trigrams.js";

/**
 * The chooser of a lost letter reads the words around a slot once for all its candidates
 * (trigramCostsOfFills): every number must be the very one the whole text gives, or a
 * different letter could win a close call. Among them the cases where the model text of
 * the whole is not the pieces' joined (white space runs, final sigma, combining marks,
 * surrogate pairs), which fall back to the whole text.
 */
const CASES: { before: string; fills: string[]; after: string; language: string }[] = [
  { before: "Tout le monde a droit ", fills: ["à", "á", "â", "ã", "ä"], after: " la liberté de pensée", language: "fra" },
  { before: "Каждый человек имеет пр", fills: ["а", "о", "я", "е"], after: "во на жизнь", language: "rus" },
  { before: "ΟΛΟΙ ΟΙ ΑΝΘΡΩΠΟ", fills: ["Σ", "Ι", "ς"], after: " γεννιούνται ελεύθεροι", language: "ell_monotonic" },
  { before: "Kaz\u030c", fills: ["d", "dy"], after: "ý má právo", language: "ces" },
  { before: "ends in a space ", fills: [" ", "\t", "x", " y"], after: "  and more spaces", language: "eng" },
  { before: "two 1990 ", fills: ["’", "“", "😀", "a"], after: "s 42 “quoted”", language: "eng" },
  { before: "", fills: ["a", "b"], after: "", language: "deu_1996" },
  { before: "x", fills: ["é"], after: "y", language: "spa" },
  { before: "no such language", fills: ["a"], after: "", language: "xx_none" },
];

describe("trigramCostsOfFills", () => {
  it.each(CASES)("equals trigramTextCost of each whole text ($language: $before…$after)", ({ before, fills, after, language }) => {
    const together = trigramCostsOfFills(before, fills, after, language);
    const one = fills.map((fill) => trigramTextCost(before + fill + after, language));
    if (one[0] === undefined) expect(together).toBeUndefined();
    else expect(together).toEqual(one);
  });
});
