/**
 * A byte a double-byte decoder dropped stood between two characters of the broken text,
 * never inside one (src/repair/mojibake/utf8-spans.ts `findRestorations`): "。" (E3 80 82)
 * read by Python's shift_jis with errors="ignore" at a line's end is "縲" (E3 80) with 82
 * dropped, and "む" (E3 82 80) is no reading of it, since E3 would have paired with 82.
 * Inputs were made with CPython 3: `text.encode("utf-8").decode("shift_jis", errors="ignore")`.
 */
import { describe, expect, it } from "vitest";
import { fixText } from "../src/index.js";

const RESTORED: { broken: string; clean: string }[] = [
  { broken: "莠ｺ莠ｺ蟇ｹ逕ｱ莠惹ｻ匁園蛻帑ｽ懃噪莉ｻ菴慕ｧ大ｭｦ縲∵枚蟄ｦ謌也ｾ取惘菴懷刀閠御ｺｧ逕溽噪邊ｾ逾樒噪蜥檎黄雍ｨ逧蛻ｩ逶,譛我ｺｫ蜿嶺ｿ晄侃逧譚蛻ｩ縲", clean: "人人对由于他所创作的任何科学、文学或美术作品而产生的精神的和物质的利益,有享受保护的权利。" },
  { broken: "縺吶∋縺ｦ莠ｺ縺ｯ閾ｪ蝗ｽ縺ｫ縺翫＞縺ｦ縺ｲ縺ｨ縺励￥蜈ｬ蜍吶↓縺､縺乗ｨｩ蛻ｩ繧呈怏縺吶ｋ縲", clean: "すべて人は自国においてひとしく公務につく権利を有する。" },
  { broken: "縺吶∋縺ｦ莠ｺ縺ｯ縲∫峩謗･縺ｫ蜿医ｯ閾ｪ逕ｱ縺ｫ驕ｸ蜃ｺ縺輔ｌ縺滉ｻ｣陦ｨ閠繧帝壹§縺ｦ縲∬ｪ蝗ｽ縺ｮ謾ｿ豐ｻ縺ｫ蜿ゆｸ弱☆繧区ｨｩ蛻ｩ繧呈怏縺吶ｋ縲", clean: "すべて人は、直接に又は自由に選出された代表者を通じて、自国の政治に参与する権利を有する。" },
];

describe("a dropped byte is put back between characters, not inside one", () => {
  for (const { broken, clean } of RESTORED) it(clean, () => expect(fixText(broken, { repairOnly: true })).toBe(clean));
});
