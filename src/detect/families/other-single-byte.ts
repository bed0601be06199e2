/**
 * The single-byte encodings of one script each: Greek (Windows-1253, ISO-8859-7),
 * Turkish (Windows-1254, ISO-8859-9), Hebrew (Windows-1255, ISO-8859-8), Arabic
 * (Windows-1256, ISO-8859-6), Vietnamese (Windows-1258, tones as combining marks)
 * and Thai (Windows-874, a superset of TIS-620 / ISO-8859-11).
 * Example: `C1 E8 DE ED E1` → windows-1253 "Αθήνα"; `67 FC 7A 65 6C 20 DD 7A 6D 69 72` →
 * windows-1254 "güzel İzmir" (windows-1252 would give "güzel Ýzmir").
 */
import { strictCandidate } from "./family.js";

export const otherSingleByteCandidates = [
  strictCandidate("windows-1253", ["ell_monotonic"]),
  strictCandidate("iso-8859-7", ["ell_monotonic"]),
  strictCandidate("windows-1254", ["tur"]),
  strictCandidate("iso-8859-9", ["tur"]),
  strictCandidate("windows-1255", ["heb"]),
  strictCandidate("iso-8859-8", ["heb"]),
  strictCandidate("windows-1256", ["arb", "pes_1", "urd"]),
  strictCandidate("iso-8859-6", ["arb"]),
  strictCandidate("windows-1258", ["vie"]),
  strictCandidate("windows-874", ["tha"]),
];
