/**
 * Which CJK characters are common. The national standards already sort their
 * characters by frequency: GB2312 level 1 (3,755 hanzi, lead bytes B0–D7), Big5's
 * frequent block (A440–C67E), JIS X 0208 level 1 (Shift_JIS 889F–9872) and the 2,350
 * Hangul syllables of KS X 1001. Read from iconv-lite's tables, not typed.
 * Example: 的 (GB2312 level 1) is common; 鈥 (level 2) and 艈 (GBK extension) are not.
 */
import iconv from "iconv-lite";

/** Decode every two-byte code from `first` to `last` (inclusive) whose trail is in `trails`. */
function decodeRange(codec: string, first: number, last: number, trails: [number, number][]): string[] {
  const bytes: number[] = [];
  for (let code = first; code <= last; code++) {
    const trail = code & 0xff;
    if (trails.some(([lo, hi]) => trail >= lo && trail <= hi)) bytes.push(code >> 8, trail, 0x0a);
  }
  return iconv.decode(Buffer.from(bytes), codec).split("\n");
}

let common: Set<number> | undefined;

function build(): Set<number> {
  const set = new Set<number>();
  const add = (chars: string[]) => {
    for (const ch of chars) if (ch.length > 0 && ch !== "\ufffd") set.add(ch.codePointAt(0)!);
  };
  add(decodeRange("gbk", 0xb0a1, 0xd7fe, [[0xa1, 0xfe]])); // GB2312 level 1
  add(decodeRange("cp950", 0xa440, 0xc67e, [[0x40, 0x7e], [0xa1, 0xfe]])); // Big5 frequent
  add(decodeRange("cp932", 0x889f, 0x9872, [[0x40, 0x7e], [0x80, 0xfc]])); // JIS X 0208 level 1
  add(decodeRange("cp949", 0xb0a1, 0xc8fe, [[0xa1, 0xfe]])); // KS X 1001 Hangul
  return set;
}

/** True for the frequent hanzi/kanji and the KS X 1001 Hangul syllables. */
export function isCommonCjk(cp: number): boolean {
  common ??= build();
  return common.has(cp);
}
