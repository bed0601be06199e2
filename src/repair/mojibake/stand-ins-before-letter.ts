/**
 * Two stand-ins glued to the ASCII letter after them are no punctuation under the
 * browsers' Big5: a quote or dash loses E2 80 as one U+FFFD, and its last byte then pairs
 * with the letter after it into a character ("“i" → ◆ + U+E9xx), so "◆◆i" never comes of
 * one. There the two stand-ins are Python's for a two-byte letter (one per byte: "č" C4 8D
 * → ◆◆), and the words choose which. Asked of the decoder itself, per punctuation and
 * next byte. Before → after (Big5, Python's stand-ins): "deti, ◆◆i manželské" →
 * "deti, či manželské", not "deti, “i manželské".
 */

/**
 * For decoder `name`: whether `punctuation` followed by byte `next` reads as two stand-ins and `next` given back —
 * or, followed by the bytes of a whole character, as two stand-ins and that character read as without it (the
 * browsers' Big5 and EUC-KR pair the last byte with a non-ASCII byte after it: "◆◆" before "е" is no quote there).
 */
export function twoStandInsBefore(name: string): (punctuation: string, next: number | readonly number[]) => boolean {
  const browser = new TextDecoder(name);
  const known = new Map<string, boolean>();
  return (punctuation, next) => {
    const key = `${punctuation}${next}`;
    let leaves = known.get(key);
    if (leaves === undefined) {
      const after = typeof next === "number" ? [next] : next;
      const read = browser.decode(Uint8Array.of(...Buffer.from(punctuation, "utf8"), ...after));
      leaves = read === `\ufffd\ufffd${browser.decode(Uint8Array.from(after))}`;
      known.set(key, leaves);
    }
    return leaves;
  };
}

/** Of the punctuation two stand-ins may be, those that leave them before the ASCII letter or digit `next` (all when `next` is none). */
export function punctuationBeforeNext(punctuation: readonly string[], next: number | undefined, leaves: ((punctuation: string, next: number | readonly number[]) => boolean) | undefined, nextCharacter?: readonly number[]): readonly string[] {
  // (Before a character of bytes 80 and up: those that leave two stand-ins and that character as it reads alone.)
  if (leaves !== undefined && next !== undefined && next >= 0x80 && nextCharacter !== undefined && nextCharacter.length > 0) return punctuation.filter((c) => leaves(c, nextCharacter));
  if (leaves === undefined || next === undefined || !/[A-Za-z0-9]/.test(String.fromCharCode(next))) return punctuation;
  return punctuation.filter((c) => leaves(c, next));
}

const loneBeforeLetter = new WeakMap<object, boolean>();

/**
 * Whether the run shows the browser's one stand-in per letter lost whole: a single
 * U+FFFD (not "?", which may be a question mark) glued to the letter after it ("◆i" for
 * "și", C8 99). Python's strict decoders leave two for such a letter, one per byte; so
 * on this run three stand-ins between letters are three letters lost whole ("înv◆◆◆mântul"
 * for "învățământul"), not Python's apostrophe, and two before a third are no quote or
 * dash (the browser's leave them only before a space or the end).
 */
export function showsLoneStandInBeforeLetter(run: { bytes: Uint8Array; charByte: readonly number[]; marker: readonly boolean[] }): boolean {
  let known = loneBeforeLetter.get(run);
  if (known !== undefined) return known;
  known = false;
  const { bytes, charByte, marker } = run;
  for (let k = 0; k + 1 < marker.length && !known; k++) {
    if (!marker[k] || (k > 0 && marker[k - 1]) || marker[k + 1]) continue;
    const next = bytes[charByte[k + 1]!]!;
    known = /[A-Za-z]/.test(String.fromCharCode(next)) || next >= 0x80;
  }
  loneBeforeLetter.set(run, known);
  return known;
}
