/**
 * stray-bom: byte-order marks (U+FEFF) inside the text are removed. They appear where
 * files saved with a BOM were concatenated, or where a BOM was decoded as text; as a
 * "zero-width no-break space" U+FEFF is deprecated (U+2060 took its place), so no
 * text means one. The BOM at the very start of a file is already dropped by the
 * decoder; this fix removes the others (and the first one too, for text given to the
 * library). A normalization, off under `--repair-only`. Line-local.
 * Example: `part one\n\ufeffpart two` → `part one\npart two`.
 */
import { editsFromRegex } from "../changes.js";
import type { Fix } from "../fix.js";

const BYTE_ORDER_MARK = /\ufeff/g;

export const strayBom: Fix = {
  name: "stray-bom",
  summary: "byte-order marks (U+FEFF) inside the text are removed",
  defaultOn: true,
  repairsDamage: false,
  mayEdit: (text) => text.includes("\ufeff"),
  edits: (text) => editsFromRegex(text, BYTE_ORDER_MARK, () => ""),
};
