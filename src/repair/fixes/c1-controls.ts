/**
 * c1-controls: C1 control characters (U+0080–U+009F) that stand for Windows-1252
 * characters become those characters, as ftfy's `fix_c1_controls` does. They appear
 * when Windows-1252 bytes were decoded as ISO-8859-1 (Latin-1), which many tools do:
 * byte 0x93 becomes U+0093 instead of “. Real text never uses C1 controls, so this
 * repairs damage (kept by `--repair-only`). It runs after the mojibake repair, which
 * needs the controls as they are to find mis-decoded UTF-8. Careful: the five bytes
 * Windows-1252 leaves undefined (81 8D 8F 90 9D) stay; and NEL (U+0085) is read as a
 * line break, not "…", when the user asked for line endings (`--eol lf|crlf`).
 * Controls right after a U+FFFD are no Windows-1252 text but what is left of one broken
 * character: a decoder lost its lead byte and passed its continuation bytes through
 * (UTF-8 "‘" E2 80 98 read as EUC-KR is U+FFFD U+0080 U+0098); the U+FFFD stands for
 * the whole character, so they go (`\ufffd\u0080\u0098` → `\ufffd`, not `\ufffd€˜`).
 * Example: `\u0093quoted\u0094 \u0085 \u0080 5` → `“quoted” … € 5`.
 */
import { editsFromRegex } from "../changes.js";
import type { Fix } from "../fix.js";
import type { FixOptions } from "../../types.js";

/** Windows-1252 bytes 0x80–0x9F; undefined bytes map to themselves (as browsers decode them). */
export const WINDOWS_1252_C1 =
  "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

// A run of controls after a U+FFFD (group 1), or one control.
const C1_CONTROL = /(?<=\ufffd)([\u0080-\u009f]+)|[\u0080-\u009f]/g;
const NEXT_LINE = "\u0085";

function nelIsLineBreak(options: FixOptions): boolean {
  return options.eol === "lf" || options.eol === "crlf";
}

export const c1Controls: Fix = {
  name: "c1-controls",
  summary: "C1 controls standing for Windows-1252 characters (U+0093 → “) become those characters",
  defaultOn: true,
  repairsDamage: true,
  mayEdit: (text) => /[\u0080-\u009f]/.test(text),
  edits: (text, options) =>
    editsFromRegex(text, C1_CONTROL, (m) =>
      m[1] !== undefined ? "" : m[0] === NEXT_LINE && nelIsLineBreak(options) ? m[0] : WINDOWS_1252_C1[m[0].charCodeAt(0) - 0x80]!,
    ),
};
