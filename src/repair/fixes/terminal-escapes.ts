/**
 * terminal-escapes: ANSI / VT escape sequences (colors, cursor moves, window titles,
 * hyperlinks) are removed, as ftfy's `remove_terminal_escapes` does — they are what a
 * log captured from a colored terminal carries. Careful: only whole sequences that
 * start with ESC (U+001B) are removed; the 8-bit CSI U+009B is left to `c1-controls`,
 * which reads it as the Windows-1252 "›" it usually is. A sequence never spans a
 * line break, so the fix is line-local.
 * Example: `\x1b[1;31mError\x1b[0m: disk full` → `Error: disk full`.
 */
import { editsFromRegex } from "../changes.js";
import type { Fix } from "../fix.js";

const TERMINAL_ESCAPE = new RegExp(
  [
    // CSI: ESC [ parameters intermediates final — colors (SGR), cursor, erase.
    "\\x1b\\[[0-?]*[ -/]*[@-~]",
    // OSC: ESC ] … ended by BEL or ESC \ — window titles, hyperlinks.
    "\\x1b\\][^\\x07\\x1b\\n]*(?:\\x07|\\x1b\\\\)",
    // DCS, SOS, PM, APC strings, ended by ESC \.
    "\\x1b[PX^_][^\\x1b\\n]*\\x1b\\\\",
    // Every other escape: ESC, intermediates, one final byte (ESC ( B, ESC 7, ESC M, ESC =).
    "\\x1b[ -/]*[0-~]",
  ].join("|"),
  "g",
);

export const terminalEscapes: Fix = {
  name: "terminal-escapes",
  summary: "ANSI/VT terminal escape sequences (colors, cursor codes) are removed",
  defaultOn: true,
  repairsDamage: false,
  mayEdit: (text) => text.includes("\x1b"),
  edits: (text) => editsFromRegex(text, TERMINAL_ESCAPE, () => ""),
};
