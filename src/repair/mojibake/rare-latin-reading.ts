/**
 * Letters of a line's own alphabet read as one rare Latin letter are the line's own:
 * ISO-8859-2 reads Slovak "ášť" as E1 B9 BB, UTF-8 for "ṻ", and "obzvlášť" is no
 * "obzvlṻ". The first part of Latin Extended Additional (U+1E00–U+1E9F, before
 * Vietnamese's letters) is written by few languages (Welsh "ẁ", Yoruba "ṣ"), and
 * where the letters read so are all letters that one alphabet (CLDR's,
 * latin-alphabets.ts) writes together with the rest of the line, the reading needs a
 * repair of another shape beside it.
 * Example: "obzvlášť Konqueror." stays; Yoruba "ṣùgbọ́n" read as ISO-8859-2 ("ášŁĂšgbáťĚn")
 * still comes back, beside its other broken letters.
 */
import { alphabetsWriting } from "./latin-legacy-gate.js";

const LATIN_LETTER = /^\p{Script=Latin}$/u;
/** Latin Extended Additional before Vietnamese's letters (U+1EA0 on). */
const RARE_LATIN_FIRST = 0x1e00;
const RARE_LATIN_END = 0x1ea0;

/** Whether line[start, end), Latin letters of one alphabet with the line, reads as `after`, one rare Latin letter. */
export function ownLettersReadAsRareLatin(line: string, start: number, end: number, after: string): boolean {
  const letters = [...after];
  const cp = letters.length === 1 ? letters[0]!.codePointAt(0)! : 0;
  if (cp < RARE_LATIN_FIRST || cp >= RARE_LATIN_END) return false;
  for (const ch of line.slice(start, end)) if (!LATIN_LETTER.test(ch)) return false;
  return alphabetsWriting(line).length > 0;
}
