/**
 * Cyrillic single-byte encodings: Windows-1251, KOI8-R, KOI8-U, ISO-8859-5 and
 * IBM866 (DOS). They place the same letters in entirely different orders, so a
 * wrong one gives Cyrillic soup; KOI8-U differs from KOI8-R only in eight places,
 * where KOI8-R has box-drawing characters and KOI8-U the Ukrainian і ї є ґ.
 * Example: `CF F0 E8 E2 E5 F2` → windows-1251 "Привет"; `A6 A7` → koi8-u "ії" (koi8-r "╕╖").
 */
import { strictCandidate } from "./family.js";

const CYRILLIC = ["rus", "ukr", "bel", "bul", "mkd", "srp_cyrl"];

export const cyrillicCandidates = [
  strictCandidate("windows-1251", CYRILLIC),
  strictCandidate("koi8-r", CYRILLIC),
  strictCandidate("koi8-u", CYRILLIC),
  strictCandidate("iso-8859-5", CYRILLIC),
  strictCandidate("ibm866", CYRILLIC),
];
