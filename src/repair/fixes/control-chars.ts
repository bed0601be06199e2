/**
 * control-chars: control and invisible format characters that no text means are
 * removed, as ftfy's `remove_control_chars` does: ASCII controls except tab, line
 * feed, carriage return and form feed (NUL, BEL, VT, ESC left over, DEL…), the
 * deprecated Arabic format controls U+206A–U+206F, the interlinear annotation marks
 * U+FFF9–U+FFFB, the object replacement character U+FFFC and the musical formatting
 * controls U+1D173–U+1D17A. Careful: C1 controls are `c1-controls`' job, U+FEFF is
 * `stray-bom`'s, and the tag characters U+E0000–U+E007F stay (emoji flags such as
 * Scotland's use them). A normalization: files that use a control as a field
 * separator mean it, so `--repair-only` keeps them.
 * Example: `bell\x07 and\x00 nul\x7f` → `bell and nul`.
 */
import { editsFromRegex } from "../changes.js";
import type { Fix } from "../fix.js";

const CONTROL = /[\x00-\x08\x0b\x0e-\x1f\x7f\u206a-\u206f\ufff9-\ufffc\u{1d173}-\u{1d17a}]/gu;

export const controlChars: Fix = {
  name: "control-chars",
  summary: "control characters other than tab, LF, CR and form feed are removed",
  defaultOn: true,
  repairsDamage: false,
  mayEdit: (text) => /[\x00-\x08\x0b\x0e-\x1f\x7f\u206a-\u206f\ufff9-\ufffc\ud834]/.test(text),
  edits: (text) => editsFromRegex(text, CONTROL, () => ""),
};
