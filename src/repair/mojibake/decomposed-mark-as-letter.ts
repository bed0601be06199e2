/**
 * A combining accent lost whole, read as the letter it makes. Text written decomposed
 * (NFD: "á" as "a" and U+0301, CC 81) loses the accent's two bytes under Python's strict
 * double-byte decoders like any two-byte letter ("cómo" → "co◆◆mo"), so the accent is
 * among the slot's candidates, but the letter models learnt from composed text have never
 * seen a bare mark and price it out of reach, and a letter of another alphabet won instead
 * ("coəmo"). So a mark every script shares (U+0300–036F) that composes with the letter
 * before it into one character is read as that character ("ó"), and pays its rarity as
 * that letter would, plus DECOMPOSED_MARK_BITS: most text is composed, so the accent wins
 * only where no composed letter the decoder lost reads nearly as well. A guess.
 * Example (Python euc_kr, errors="replace"): "Puede cambiar co◆◆mo se ordenara◆◆n" →
 * "Puede cambiar co\u0301mo se ordenara\u0301n".
 */

/** Marks every script shares: Unicode's Script=Inherited (the accents U+0300–036F among them; utf8-read-as.ts INHERITED_MARK). */
const INHERITED_MARK = /^\p{Script=Inherited}$/u;

/**
 * What a restored accent pays beyond the letter it composes: text is written composed far
 * more often (the repair corpus writes nothing decomposed, the GNOME help a few lines in
 * Spanish and Galician), so any letter the decoder lost that reads at all as well wins.
 * At 6 bits the accent still took the place of Romanian "ș" ("pașnică" read "pânică")
 * and Polish "ąć" ("klikńć"); at 16 it wins only where the line's language writes none
 * of the lost letters (python-letter-unwritten.ts leaves Spanish none), the same on the
 * Python-made and GNOME help cases.
 */
export const DECOMPOSED_MARK_BITS = 16;

/** The one character `base` and the accent `mark` compose into, if `mark` is such an accent and they do. */
export function composedWithBase(base: string | undefined, mark: string): string | undefined {
  if (base === undefined || !INHERITED_MARK.test(mark)) return undefined;
  const composed = (base + mark).normalize("NFC");
  return [...composed].length === 1 && composed !== base ? composed : undefined;
}
