/**
 * line-endings: every line break becomes the one the user asked for (`--eol lf` or
 * `--eol crlf`), as ftfy's `fix_line_breaks` does for "\n". Off by default (`--eol
 * keep`): Windows files are right to use CRLF. Breaks are CRLF, LF, a lone CR, the
 * line and paragraph separators U+2028 / U+2029, and NEL U+0085 (which `c1-controls`
 * then leaves alone). A break never spans two lines, so the fix is line-local. When
 * the fix is turned on by name without an `eol`, it writes LF.
 * Example (`--eol lf`): `one\r\ntwo\rthree\u2028four` → `one\ntwo\nthree\nfour`.
 */
import { editsFromRegex } from "../changes.js";
import type { Fix } from "../fix.js";

const LINE_BREAK = /\r\n|[\n\r\u0085\u2028\u2029]/g;

export const lineEndings: Fix = {
  name: "line-endings",
  summary: "line breaks (CRLF, CR, LF, U+2028, U+2029, NEL) become LF or CRLF (--eol)",
  defaultOn: false,
  repairsDamage: false,
  mayEdit: (text, options) => options.eol !== "keep" && /[\n\r\u0085\u2028\u2029]/.test(text),
  edits: (text, options) => {
    if (options.eol === "keep") return [];
    const lineBreak = options.eol === "crlf" ? "\r\n" : "\n";
    return editsFromRegex(text, LINE_BREAK, () => lineBreak);
  },
};
