/**
 * A cache key that holds on to nothing but its own characters. V8 makes a slice of a
 * string (13 characters or more) a view that keeps the whole string it was cut from
 * alive, and a concatenation a tree of its pieces: a word cut from a 64 KB block and
 * kept as a memo's key kept the block, ~12 MB of blocks per repair thread after 5 MB
 * of multilingual text (heap snapshot: 3,727 such keys in wordVerdicts, wordGains,
 * wordCosts…). The copy is the same string, so every answer stays the same.
 * Example: `ownCopy(block.slice(100, 120))` → the same 20 characters, without `block`.
 */

/** Shorter strings are never views or trees in V8 (SlicedString and ConsString start at 13 characters). */
const SHARED_MIN_LENGTH = 13;

/** `text` as a string of its own (to keep as a memo's key or value). */
export function ownCopy(text: string): string {
  // Concatenating makes a tree; slicing it flattens the tree into a new string first,
  // and the slice holds only that new string.
  return text.length < SHARED_MIN_LENGTH ? text : ` ${text}`.slice(1);
}
