/**
 * A capital read from a double-byte character and glued to a Latin word against its case
 * is no letter of that word: Korean "Tab키" (키, "key", is EUC-KR C5 B0, UTF-8 "Ű") is
 * no "TabŰ", and "키Alt" is no "ŰAlt". Mojibake keeps the case of the letters it hides
 * ("caf챕" is "café"); a capital after small letters is a layer still to be read only
 * when a byte of the layer can follow it ("c脙麓ng" is "cÃ´ng" before it is "công"),
 * not before ASCII or the line's end. A capital before a capitalised word ("ŰAlt") is
 * no word's start either.
 * Before → after: "Tab키 Esc키" stays as it is (it was "TabŰ Esc키").
 */

const UPPER = /^\p{Lu}$/u;
const LOWER = /^\p{Ll}$/u;

/** Whether `after`, the reading of line[start, end), starts with a capital right after a small letter with ASCII or nothing after that capital, or ends with a capital right before a capitalised word. */
export function capitalAgainstCase(line: string, start: number, end: number, after: string): boolean {
  const letters = [...after];
  const first = letters[0];
  const last = letters[letters.length - 1];
  if (first === undefined || last === undefined) return false;
  // What follows the capital: the reading's next character, or the line's after the span.
  const next = letters.length > 1 ? letters[1]!.codePointAt(0) : line.codePointAt(end);
  if (UPPER.test(first) && LOWER.test(line[start - 1] ?? "") && (next === undefined || next < 0x80)) return true;
  return UPPER.test(last) && UPPER.test(line[end] ?? "") && LOWER.test(line[end + 1] ?? "");
}
