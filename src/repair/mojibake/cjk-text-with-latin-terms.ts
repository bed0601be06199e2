/**
 * A Chinese, Japanese or Korean legacy file read as Windows-1252 keeps its Latin terms
 * as they are, glued to its own punctuation: "wireless¡¢WLAN¡¢wifi" is GBK's
 * "wireless、WLAN、wifi", "shred¡£" is "shred。", Big5's "Tk¡BCGI" is "Tk、CGI". Such a
 * word reads as CJK punctuation among ASCII and is repaired along with the words of
 * its line, never on its own evidence (a companion). And the line is East Asian text
 * when it reads so at length even if its English terms ("Network controller", "Ethernet
 * controller") hold more letters than its CJK characters: a line of a dozen hanzi or
 * more with English names in it is Chinese, where four hanzi after "Thank you" may be
 * the other mistake (UTF-8 of "❤️❤️" read as Windows-1252 and then as GBK).
 * Example: "ÏàÓ¦µÄÎÞÏßÉè±¸¿ÉÄÜ°üº¬Ïñ wireless¡¢WLAN¡¢wifi" → "相应的无线设备可能包含像 wireless、WLAN、wifi".
 */

/** CJK punctuation, fullwidth forms included: "。", "、", "，", "（". */
const CJK_PUNCTUATION = "\\u3000-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20\\uff3b-\\uff40\\uff5b-\\uff65";
/** ASCII and CJK punctuation, with one CJK punctuation mark at least. */
const ASCII_WITH_CJK_PUNCTUATION = new RegExp(`^[\\x21-\\x7e]*[${CJK_PUNCTUATION}][\\x21-\\x7e${CJK_PUNCTUATION}]*$`, "u");

/** Whether a double-byte reading `after` is CJK punctuation, alone ("¡£" → "。") or glued to ASCII words, and nothing else. */
export function isCjkPunctuationAmongAscii(after: string): boolean {
  return ASCII_WITH_CJK_PUNCTUATION.test(after);
}

/**
 * How many CJK characters make a reading East Asian text at length: real lines of
 * Chinese or Japanese technical prose with English terms have dozens; the other mistake
 * beside Latin words gives a handful (two per emoji; curly quotes give rare hanzi, which
 * are refused word by word). Over the generated corpus, the Python-made cases and the
 * reverse cases from GNOME help, any value from 6 up changes nothing for the worse; 12
 * keeps a margin for lines of several emoji.
 */
export const CJK_TEXT_AT_LENGTH = 12;
