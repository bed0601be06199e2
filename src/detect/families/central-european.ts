/**
 * Central European single-byte encodings: Windows-1250, ISO-8859-2 and ISO-8859-16
 * (Romanian with comma-below ș ț). Windows-1250 and ISO-8859-2 put half the
 * accented letters in different places (Polish "ą" is B9 in one, B1 in the other,
 * where the other has "±"), so both are decoded and scored as Polish, Czech, ….
 * Example: `73 B1` → iso-8859-2 "są" (windows-1250 would give "s±").
 */
import { strictCandidate } from "./family.js";

const CENTRAL = ["pol", "ces", "slk", "slv", "hrv", "hun", "bos_latn", "srp_latn", "als", "ron_2006"];

export const centralEuropeanCandidates = [
  strictCandidate("windows-1250", CENTRAL),
  strictCandidate("iso-8859-2", CENTRAL),
  strictCandidate("iso-8859-16", ["ron_2006", "pol", "hun", "hrv", "slv", "als", "fra", "deu_1996", "ita"]),
];
