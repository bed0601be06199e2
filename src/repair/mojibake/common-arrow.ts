/**
 * A lost byte among arrows: the one of the arrows text writes. "←" is E2 86 90, and every
 * Windows code page of Latin, Greek, Turkish or Baltic text leaves 90 undefined, so a
 * strict decoder keeps "β†" (Windows-1253) of "Super←" and loses its last byte. The
 * bytes then make a dozen symbols ("ↁ", "↊", "↘", "↪"…), none a letter or punctuation;
 * of them text writes the four arrows and the double arrow (keys, directions, steps:
 * "Super+←", "klawiszy → lub ←"), the rest hardly ever. So where exactly one candidate
 * is one of those five and none is a letter, a mark or punctuation text writes (a rare
 * bracket as "⁆", E2 81 86, may be), it is the one; where two are, or none, the slot is
 * chosen as before.
 * Before → after (Windows-1253, 90 lost as U+FFFD): "Tekan Superβ†� untuk" → "Tekan Super← untuk".
 */

/** ← ↑ → ↓ ↔: the arrows in everyday use. */
const COMMON_ARROW = /^[\u2190-\u2194]$/u;
/** Letters, marks and the punctuation text writes (dashes, quotes, bullets, ellipsis, primes, guillemets: U+2010–U+203F): their place decides them. */
const LETTER_MARK_OR_PUNCTUATION = /[\p{L}\p{M}\u2010-\u203f]/u;

/** The one common arrow among `candidates` when all are symbols; else undefined. */
export function commonArrowAmongSymbols(candidates: readonly string[]): string | undefined {
  const arrows = candidates.filter((c) => COMMON_ARROW.test(c));
  if (arrows.length !== 1 || candidates.some((c) => LETTER_MARK_OR_PUNCTUATION.test(c))) return undefined;
  return arrows[0];
}
