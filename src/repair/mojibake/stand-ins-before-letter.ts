/**
 * Two stand-ins glued to the ASCII letter after them are no punctuation under the
 * browsers' Big5: a quote or dash loses E2 80 as one U+FFFD, and its last byte then pairs
 * with the letter after it into a character ("“i" → ◆ + U+E9xx), so "◆◆i" never comes of
 * one. There the two stand-ins are Python's for a two-byte letter (one per byte: "č" C4 8D
 * → ◆◆), and the words choose which. Asked of the decoder itself, per punctuation and
 * next byte. Before → after (Big5, Python's stand-ins): "deti, ◆◆i manželské" →
 * "deti, či manželské", not "deti, “i manželské".
 */

/** For decoder `name`: whether `punctuation` followed by byte `next` reads as two stand-ins and `next` given back. */
export function twoStandInsBefore(name: string): (punctuation: string, next: number) => boolean {
  const browser = new TextDecoder(name);
  const known = new Map<string, boolean>();
  return (punctuation, next) => {
    const key = `${punctuation}${next}`;
    let leaves = known.get(key);
    if (leaves === undefined) {
      const read = browser.decode(Uint8Array.of(...Buffer.from(punctuation, "utf8"), next));
      leaves = read === `\ufffd\ufffd${String.fromCharCode(next)}`;
      known.set(key, leaves);
    }
    return leaves;
  };
}

/** Of the punctuation two stand-ins may be, those that leave them before the ASCII letter or digit `next` (all when `next` is none). */
export function punctuationBeforeNext(punctuation: readonly string[], next: number | undefined, leaves: ((punctuation: string, next: number) => boolean) | undefined): readonly string[] {
  if (leaves === undefined || next === undefined || !/[A-Za-z0-9]/.test(String.fromCharCode(next))) return punctuation;
  return punctuation.filter((c) => leaves(c, next));
}
