/**
 * Western European single-byte encodings: Windows-1252 and ISO-8859-1/-15 (and the
 * DOS and Mac code pages), plus the Latin parts for Maltese/Esperanto (ISO-8859-3),
 * Celtic (ISO-8859-14) and Nordic/Sámi (ISO-8859-10). They share the ASCII half and
 * mostly differ in where the accented letters sit, so each decoding is scored as
 * text in the languages the encoding is used for.
 * Example: `63 61 66 E9` → windows-1252 "café"; the same bytes as macintosh give "cafÈ".
 * Example: `63 61 66 8E` → macintosh "café" (windows-1252 would give "cafŽ").
 */
import { strictCandidate } from "./family.js";

const WESTERN = ["eng", "fra", "deu_1996", "spa", "ita", "por_PT", "por_BR", "nld", "swe", "dan", "nob", "nno", "fin", "isl", "cat", "glg", "eus", "afr", "gle", "fao", "ltz", "est"];

/** The languages Apple's and IBM's Western code pages were used for (Icelandic, Celtic, Baltic had their own). */
const MAC_AND_DOS = ["eng", "fra", "deu_1996", "spa", "ita", "por_PT", "por_BR", "nld", "swe", "dan", "nob", "fin", "cat"];

/** DOS and Mac code pages are met far less often than Windows-1252 today: costs this many bits. Set on the udhr test half. */
const LEGACY_PLATFORM_BITS = 2;

export const westernCandidates = [
  strictCandidate("windows-1252", WESTERN),
  strictCandidate("iso-8859-1", WESTERN),
  strictCandidate("iso-8859-15", WESTERN),
  strictCandidate("macintosh", MAC_AND_DOS, { rarityBits: LEGACY_PLATFORM_BITS }),
  strictCandidate("ibm850", [...MAC_AND_DOS, "isl"], { rarityBits: LEGACY_PLATFORM_BITS }),
  strictCandidate("ibm437", MAC_AND_DOS, { rarityBits: LEGACY_PLATFORM_BITS }),
  strictCandidate("iso-8859-3", ["mlt", "epo"]),
  strictCandidate("iso-8859-14", ["cym", "gle", "gla", "bre"]),
  strictCandidate("iso-8859-10", ["sme", "isl", "fao", "kal", "swe", "fin", "nob"]),
];
