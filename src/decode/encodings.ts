/**
 * Encoding names in one place. Every name mojifix prints is a WHATWG/IANA canonical
 * spelling (`windows-1252`, `gb18030`, `shift_jis`); whatever spelling a user types
 * is mapped to it here, at the edge. Example: `canonicalEncoding("CP1252")` → "windows-1252".
 */
import iconv from "iconv-lite";

/** Canonical names mojifix reports, with the spellings users type for them. */
const ALIASES: Record<string, readonly string[]> = {
  ascii: ["us-ascii", "ansi_x3.4-1968", "646"],
  "utf-8": ["utf8", "unicode-1-1-utf-8"],
  "utf-16le": ["utf16le", "utf-16", "ucs-2", "ucs2"],
  "utf-16be": ["utf16be"],
  "utf-32le": ["utf32le", "utf-32"],
  "utf-32be": ["utf32be"],
  "windows-1250": ["cp1250", "win1250", "x-cp1250"],
  "windows-1251": ["cp1251", "win1251", "x-cp1251"],
  "windows-1252": ["cp1252", "win1252", "x-cp1252"],
  "windows-1253": ["cp1253", "win1253"],
  "windows-1254": ["cp1254", "win1254"],
  "windows-1255": ["cp1255", "win1255"],
  "windows-1256": ["cp1256", "win1256"],
  "windows-1257": ["cp1257", "win1257"],
  "windows-1258": ["cp1258", "win1258"],
  "windows-874": ["cp874", "tis-620", "tis620", "iso-8859-11"],
  "iso-8859-1": ["latin1", "latin-1", "l1", "iso8859-1", "iso_8859-1", "cp819"],
  "iso-8859-2": ["latin2", "l2", "iso8859-2"],
  "iso-8859-3": ["latin3", "iso8859-3"],
  "iso-8859-4": ["latin4", "iso8859-4"],
  "iso-8859-5": ["iso8859-5", "cyrillic"],
  "iso-8859-6": ["iso8859-6", "arabic"],
  "iso-8859-7": ["iso8859-7", "greek"],
  "iso-8859-8": ["iso8859-8", "hebrew"],
  "iso-8859-9": ["latin5", "iso8859-9"],
  "iso-8859-10": ["latin6", "iso8859-10"],
  "iso-8859-13": ["latin7", "iso8859-13"],
  "iso-8859-14": ["latin8", "iso8859-14"],
  "iso-8859-15": ["latin9", "latin-9", "iso8859-15"],
  "iso-8859-16": ["latin10", "iso8859-16"],
  "koi8-r": ["koi8r", "koi8"],
  "koi8-u": ["koi8u"],
  ibm866: ["cp866", "866"],
  ibm437: ["cp437", "437"],
  ibm850: ["cp850", "850"],
  macintosh: ["macroman", "mac", "x-mac-roman"],
  gb2312: ["euc-cn", "gb_2312-80"],
  gbk: ["cp936", "windows-936"],
  gb18030: [],
  big5: ["big5-hkscs", "cp950"],
  shift_jis: ["sjis", "shift-jis", "cp932", "windows-31j", "ms_kanji"],
  "euc-jp": ["eucjp"],
  "iso-2022-jp": ["csiso2022jp"],
  "euc-kr": ["euckr", "cp949", "uhc", "ks_c_5601-1987"],
};

const CANONICAL_BY_ALIAS = new Map<string, string>();
for (const [canonical, aliases] of Object.entries(ALIASES)) {
  CANONICAL_BY_ALIAS.set(canonical, canonical);
  for (const alias of aliases) CANONICAL_BY_ALIAS.set(alias, canonical);
}

/**
 * Encodings decoded with Node's WHATWG TextDecoder instead of iconv-lite: ISO-2022-JP,
 * which iconv-lite lacks, and MacRoman, whose iconv-lite table predates the euro (DB is
 * "€" in Apple's table since 1998, "¤" in iconv-lite's).
 */
const TEXT_DECODER_ONLY = new Set(["iso-2022-jp", "macintosh"]);

/**
 * The iconv-lite codec for a canonical name. Shift_JIS and EUC-KR are decoded with
 * their Microsoft supersets (as browsers do), so more real files decode.
 */
const ICONV_CODEC: Record<string, string> = {
  ascii: "utf-8",
  shift_jis: "cp932",
  "euc-kr": "cp949",
  big5: "cp950",
  macintosh: "macintosh",
  ibm437: "cp437",
  ibm850: "cp850",
  "iso-8859-1": "latin1",
};

/** The canonical name for any spelling, or undefined when no codec knows it. */
export function canonicalEncoding(name: string): string | undefined {
  const key = name.trim().toLowerCase();
  for (const spelling of [key, key.replace(/_/g, "-"), key.replace(/[-_]/g, "")]) {
    const known = CANONICAL_BY_ALIAS.get(spelling);
    if (known) return known;
  }
  return iconv.encodingExists(key) ? key : undefined;
}

/** True when the canonical name is decoded by Node's TextDecoder, not iconv-lite. */
export function usesTextDecoder(canonical: string): boolean {
  return TEXT_DECODER_ONLY.has(canonical);
}

/** The iconv-lite codec name for a canonical encoding. */
export function iconvCodec(canonical: string): string {
  return ICONV_CODEC[canonical] ?? canonical;
}
