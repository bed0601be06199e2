/**
 * Japanese and Korean multi-byte encodings: Shift_JIS (decoded as Microsoft's
 * CP932, as browsers do), EUC-JP, ISO-2022-JP (seven bits between escape
 * sequences; Node's TextDecoder, as iconv-lite lacks it) and EUC-KR (as CP949).
 * Example: `82 B1 82 F1` → shift_jis "こん"; `A4 B3 A4 F3` → euc-jp "こん";
 * `1B 24 42 24 33 24 73 1B 28 42` → iso-2022-jp "こん"; `C7 D1 B1 DB` → euc-kr "한글".
 */
import type { DetectContext } from "../context.js";
import { type LegacyCandidate, strictCandidate } from "./family.js";

const ESC = 0x1b;

/** ISO-2022-JP is all 7-bit, and needs at least one escape sequence to be told from ASCII. */
const sevenBitWithEscapes = (context: DetectContext) => !context.hasHighBytes && context.histogram[ESC]! > 0;

/** EUC bytes 80–A0 are never characters (except EUC-JP's single shifts 8E, 8F). */
function eucPossible(singleShifts: number[]) {
  return (context: DetectContext) => {
    for (let b = 0x80; b <= 0xa0; b++) if (context.histogram[b] && !singleShifts.includes(b)) return false;
    return context.histogram[0xff] === 0;
  };
}

export const japaneseKoreanCandidates: LegacyCandidate[] = [
  strictCandidate("shift_jis", ["jpn"], { multiByte: true }),
  strictCandidate("euc-jp", ["jpn"], { possible: eucPossible([0x8e, 0x8f]), multiByte: true }),
  strictCandidate("iso-2022-jp", ["jpn"], { possible: sevenBitWithEscapes }),
  strictCandidate("euc-kr", ["kor"], { multiByte: true }),
];
