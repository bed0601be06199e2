/**
 * curly-quotes: typographic quotes become ASCII ones, as ftfy's `uncurl_quotes` does.
 * Normalization, not repair: correct text has curly quotes, so `--keep-quotes`
 * (or `--repair-only`) keeps them. Runs after the mojibake repair, so mojibake of
 * a quote is first repaired to the quote and then straightened.
 * Example: `“It’s” ‘fine’` → `"It's" 'fine'`.
 */
import { editsFromRegex } from "../changes.js";
import type { Fix } from "../fix.js";

// ‘ ’ ‚ ‛ and “ ” „ ‟, the set ftfy straightens. Primes (′ ″) are not quotes, and the
// modifier letter apostrophe ʼ is a letter in Ukrainian and Hawaiian: both are left alone.
const SINGLE = /[\u2018-\u201b]/;
const CURLY = /[\u2018-\u201f]/g;

export const curlyQuotes: Fix = {
  name: "curly-quotes",
  summary: "curly quotes ‘ ’ “ ” become ASCII ' and \"",
  defaultOn: true,
  repairsDamage: false,
  edits: (text) => editsFromRegex(text, CURLY, (m) => (SINGLE.test(m[0]) ? "'" : '"')),
};
