/**
 * Every legacy candidate, in order of preference: when several decode the bytes to
 * the identical text, the first of them is reported (windows-1252 before
 * iso-8859-1, koi8-r before koi8-u, …).
 */
import { balticCandidates } from "./baltic.js";
import { centralEuropeanCandidates } from "./central-european.js";
import { chineseCandidates } from "./chinese.js";
import { cyrillicCandidates } from "./cyrillic.js";
import type { LegacyCandidate } from "./family.js";
import { japaneseKoreanCandidates } from "./japanese-korean.js";
import { otherSingleByteCandidates } from "./other-single-byte.js";
import { utf16Candidates } from "./utf16.js";
import { utf8LossyCandidate } from "./utf8-lossy.js";
import { westernCandidates } from "./western.js";

export type { DecodedGuess, LegacyCandidate } from "./family.js";

export const LEGACY_CANDIDATES: readonly LegacyCandidate[] = [
  utf8LossyCandidate,
  ...westernCandidates,
  ...centralEuropeanCandidates,
  ...balticCandidates,
  ...cyrillicCandidates,
  ...otherSingleByteCandidates,
  ...chineseCandidates,
  ...japaneseKoreanCandidates,
  ...utf16Candidates,
];
