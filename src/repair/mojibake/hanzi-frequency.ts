/**
 * How common a hanzi (kanji, hanja) is, for choosing the character a lost byte was
 * when every candidate is one: the letter-pair models learn from one short text per
 * language (some 360 distinct hanzi each) and see the same even share in every
 * common character they have not met, so "家屬的◆康" was as likely "偃康" as "健康".
 * A Zipf prior on a rank: the character's rank in Japanese newspaper text where it
 * has one (KANJIDIC, see kanji-frequency.ts — most everyday hanzi are shared), else
 * a rank by the national standards' frequent sets: GB2312 level 1 (3,755 simplified
 * characters) puts a simplified form such as 们 or 这 near the middle of the ranked
 * ones; Big5's frequent block or JIS level 1 alone at their end; any other
 * character far beyond.
 * Example: hanziRarityBits("健") (rank 572) < hanziRarityBits("偃") (Big5 frequent only).
 */
import iconv from "iconv-lite";
import { isCommonCjk } from "../../plausibility/common-cjk.js";
import { KANJI_BY_FREQUENCY } from "./kanji-frequency.js";

/** A simplified form Japanese does not write (GB2312 level 1, unranked): among the 3,755 most used, its rank unknown. */
const SIMPLIFIED_COMMON_RANK = 1000;
/** A character only Big5's frequent block or JIS level 1 holds, unranked: past the ranked 2,501. */
const OTHER_COMMON_RANK = 3000;
/** Any other character: rare. */
const RARE_RANK = 20000;

const HAN = /^\p{Script=Han}$/u;

let ranks: Map<string, number> | undefined;
const bitsCache = new Map<string, number>();

/** Whether `ch` is a Han character (the prior speaks for those only). */
export function isHanzi(ch: string): boolean {
  return HAN.test(ch);
}

/** log2 of the character's rank: lower for a more common hanzi. */
export function hanziRarityBits(ch: string): number {
  let bits = bitsCache.get(ch);
  if (bits === undefined) {
    bits = Math.log2(rankOf(ch));
    bitsCache.set(ch, bits);
  }
  return bits;
}

function rankOf(ch: string): number {
  ranks ??= new Map([...KANJI_BY_FREQUENCY].map((k, i) => [k, i + 1]));
  const ranked = ranks.get(ch);
  if (ranked !== undefined) return ranked;
  if (!isCommonCjk(ch.codePointAt(0)!)) return RARE_RANK;
  return inGb2312LevelOne(ch) ? SIMPLIFIED_COMMON_RANK : OTHER_COMMON_RANK;
}

/** GB2312 level 1: lead bytes B0–D7. */
function inGb2312LevelOne(ch: string): boolean {
  const bytes = iconv.encode(ch, "gb2312");
  return bytes.length === 2 && bytes[0]! >= 0xb0 && bytes[0]! <= 0xd7 && iconv.decode(bytes, "gb2312") === ch;
}
