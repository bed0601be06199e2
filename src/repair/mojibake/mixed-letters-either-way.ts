/**
 * Letters no one alphabet writes together are evidence of a Latin-script legacy reading
 * (latin-legacy-gate.ts) only when the reading mends that: when one alphabet writes
 * every letter of the line as read. Leetspeak and line art mix accented capitals freely
 * ("ÞØWÈR ÜP" has Icelandic "þ", Danish "ø", French "è"), and Windows-1257 reads them as
 * "ŽŲWČR ÜP", whose "ų", "č" and "ü" no alphabet writes together either: the reading only
 * swapped one jumble for another. Broken Turkish ("þahsýn … üyesi" → "şahsın … üyesi")
 * or Czech ("smìøovat" → "směřovat") becomes one alphabet's letters.
 * Example: "ÞØWÈR ÜP!!! ¥€$ ÑØ" stays; "Her þahsýn üyesi" still reads as Turkish.
 */
import { type Repair, applyRepairs } from "./candidate.js";
import { alphabetsWriting } from "./latin-legacy-gate.js";

/** Whether `line` read with `repairs` writes letters that one Latin alphabet writes together. */
export function readingWritesOneAlphabet(line: string, repairs: readonly Repair[]): boolean {
  return alphabetsWriting(applyRepairs(line, repairs)).length > 0;
}
