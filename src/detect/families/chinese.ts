/**
 * Chinese double-byte encodings. GB2312 ⊂ GBK ⊂ GB18030 decode the shared bytes
 * identically, so one candidate decodes as GBK (or GB18030 when four-byte sequences
 * need it) and reports the narrowest name the bytes fit: gb2312 when every pair is
 * in GB2312's rows (lead A1–F7, trail A1–FE), gbk when GBK's extension is used,
 * gb18030 only when its four-byte sequences are present. Big5 (traditional) is its
 * own candidate.
 * Example: `C4 E3 BA C3` → gb2312 "你好"; `A4 A4 A4 E5` → big5 "中文".
 */
import type { DetectContext } from "../context.js";
import { decodeWhole, type LegacyCandidate, strictCandidate } from "./family.js";

type GbWidth = "gb2312" | "gbk" | "gb18030";

/** The narrowest of GB2312, GBK and GB18030 whose byte structure fits the part. */
function narrowestGb(bytes: Uint8Array): GbWidth {
  let width: GbWidth = "gb2312";
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    if (i + 1 >= bytes.length) break; // a character cut by the end of the sample
    const trail = bytes[i + 1]!;
    if (trail >= 0x30 && trail <= 0x39) return "gb18030";
    if (!(lead >= 0xa1 && lead <= 0xf7 && trail >= 0xa1 && trail <= 0xfe)) width = "gbk";
    i += lead === 0x80 || lead === 0xff ? 1 : 2;
  }
  return width;
}

const gbCandidate: LegacyCandidate = {
  encoding: "gb18030",
  decode(context: DetectContext) {
    if (context.histogram[0xff]) return null;
    const widths = context.parts.map(narrowestGb);
    const encoding = widths.includes("gb18030") ? "gb18030" : widths.includes("gbk") ? "gbk" : "gb2312";
    const texts: string[] = [];
    for (const part of context.parts) {
      const text = decodeWhole(part, encoding === "gb18030" ? "gb18030" : "gbk", true);
      if (text === undefined) return null;
      texts.push(text);
    }
    return { encoding, text: texts.join("\n"), languages: ["cmn_hans"], rarityBits: 0 };
  },
};

export const chineseCandidates: LegacyCandidate[] = [gbCandidate, strictCandidate("big5", ["cmn_hant"], { multiByte: true })];
