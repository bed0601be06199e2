/**
 * Baltic single-byte encodings: Windows-1257, ISO-8859-13 (nearly the same
 * letters) and the older ISO-8859-4, for Lithuanian, Latvian and Estonian.
 * Example: `D0 69 61 75 6C 69 F8` → windows-1257 "Šiaulių".
 */
import { strictCandidate } from "./family.js";

const BALTIC = ["lit", "lav", "est"];

export const balticCandidates = [
  strictCandidate("windows-1257", BALTIC),
  strictCandidate("iso-8859-13", [...BALTIC, "pol", "slv"]),
  strictCandidate("iso-8859-4", [...BALTIC, "sme"]),
];
