/**
 * surrogates: a lone UTF-16 surrogate (half of a character) becomes U+FFFD, as ftfy's
 * `fix_surrogates` does for the halves it cannot pair. They reach a string through
 * JSON escapes (`"\ud83d"`), truncated UTF-16, or an API caller; UTF-8 cannot encode
 * them, so this repairs damage (kept by `--repair-only`). A proper high + low pair is
 * already one character in a JavaScript string and stays; surrogate pairs encoded
 * separately in bytes (CESU-8) are the mojibake repair's to join. Line-local.
 * Example: `A\ud83d B \ud83d\ude00` → `A\ufffd B 😀`.
 */
import { editsFromRegex } from "../changes.js";
import type { Fix } from "../fix.js";

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export const surrogates: Fix = {
  name: "surrogates",
  summary: "lone UTF-16 surrogates become U+FFFD",
  defaultOn: true,
  repairsDamage: true,
  mayEdit: (text) => /[\ud800-\udfff]/.test(text),
  edits: (text) => editsFromRegex(text, LONE_SURROGATE, () => "\ufffd"),
};
