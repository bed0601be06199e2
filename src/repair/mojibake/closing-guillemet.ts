/**
 * A closing guillemet "»" (C2 BB) that lost its last byte: at the end of a line the
 * double-byte decoder pairs C2 with the byte before it and has nothing to pair BB with
 * ("…»" = E2 80 A6 C2 BB → GBK "鈥β" + U+FFFD). Of the Latin-1 signs C2 and a lost
 * byte can make, the place tells this one: a "«" open earlier on the line, and the slot
 * right after a word or punctuation, not before a letter or digit.
 * Before → after (Python gbk): "芦袙褋褢 褏芯褉芯褕芯鈥β�" → "«Всё хорошо…»".
 */

const OPEN = "\u00ab";
const CLOSE = "\u00bb";
const WORD_OR_DIGIT = /^[\p{L}\p{M}\p{N}]$/u;

/** "»" when it is among `candidates` and closes a "«" open in `before`, with `right` after it; else undefined. */
export function closingGuillemet(candidates: readonly string[], before: string, right: string | undefined): string | undefined {
  if (!candidates.includes(CLOSE)) return undefined;
  const last = before[before.length - 1];
  if (last === undefined || /\s/u.test(last) || (right !== undefined && WORD_OR_DIGIT.test(right))) return undefined;
  let open = 0;
  for (const ch of before) {
    if (ch === OPEN) open++;
    else if (ch === CLOSE && open > 0) open--;
  }
  return open > 0 ? CLOSE : undefined;
}
