/**
 * A capital standing alone whose small form also stands alone on the line is a letter
 * being named, not a lead byte whose NBSP became a space: "Romanian Ă and ă" (Windows-1250
 * "Ă " is C3 A0, UTF-8 "à"), "Ć and ć (c with acute)" under Windows-1257. Text about
 * letters names both cases; "à" read as Windows-1252 ("vais Ã Paris") shows only "Ã".
 */
const LETTER = /^\p{L}$/u;

/** Whether the letter at `at` stands alone and its other case stands alone elsewhere on `line`. */
export function namedLetter(line: string, at: number): boolean {
  const letter = line[at]!;
  const other = letter === letter.toUpperCase() ? letter.toLowerCase() : letter.toUpperCase();
  if (other === letter) return false;
  for (let i = line.indexOf(other); i >= 0; i = line.indexOf(other, i + 1)) {
    if (!LETTER.test(line[i - 1] ?? " ") && !LETTER.test(line[i + 1] ?? " ")) return true;
  }
  return false;
}
