/**
 * unicode-normalization: text is put in Unicode normalization form NFC (the default,
 * as ftfy does: a letter and its combining accent become the precomposed letter) or
 * NFKC (`--normalize NFKC`: compatibility characters too, ﬁ → fi, ² → 2, … → ...);
 * `--normalize none` turns it off. NFC changes no visible character, but it is still
 * a normalization: `--repair-only` keeps the text's own form. Each changed letter with
 * its marks is one edit, so explanations point at it. A line break never composes,
 * so the fix works line by line and is line-local.
 * Example (NFC): `cafe\u0301` → `café`.
 */
import type { UnicodeForm } from "../../types.js";
import type { Edit } from "../changes.js";
import type { Fix } from "../fix.js";

const LINE = /[^\n]*\n?/g;
/**
 * A base character and what may compose with it: combining marks, and the Hangul
 * medial vowels and final consonants (U+1160–U+11FF) that join a leading consonant
 * or an LV syllable.
 */
const CLUSTER = /[^][\p{M}\u1160-\u11ff]*/gu;

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** The edit that turns `before` (at `offset`) into `after`, without their common ends. */
function trimmedEdit(offset: number, before: string, after: string): Edit {
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  if (head > 0 && isLowSurrogate(before.charCodeAt(head))) head--;
  let tail = 0;
  while (
    tail < before.length - head &&
    tail < after.length - head &&
    before[before.length - 1 - tail] === after[after.length - 1 - tail]
  )
    tail++;
  if (tail > 0 && isLowSurrogate(before.charCodeAt(before.length - tail))) tail--;
  return { start: offset + head, end: offset + before.length - tail, after: after.slice(head, after.length - tail) };
}

function lineEdits(line: string, offset: number, form: "NFC" | "NFKC", edits: Edit[]): void {
  const normalized = line.normalize(form);
  if (normalized === line) return;
  const clusterEdits: Edit[] = [];
  let joined = "";
  CLUSTER.lastIndex = 0;
  for (let m = CLUSTER.exec(line); m !== null && m[0].length > 0; m = CLUSTER.exec(line)) {
    const after = m[0].normalize(form);
    joined += after;
    if (after !== m[0]) clusterEdits.push(trimmedEdit(offset + m.index, m[0], after));
  }
  // Clusters compose on their own except in rare cases (ｶﾞ under NFKC); then the line is one edit.
  if (joined === normalized) edits.push(...clusterEdits);
  else edits.push(trimmedEdit(offset, line, normalized));
}

function formOf(options: { normalize?: UnicodeForm }): "NFC" | "NFKC" | undefined {
  const form = options.normalize ?? "NFC";
  return form === "none" ? undefined : form;
}

export const unicodeNormalization: Fix = {
  name: "unicode-normalization",
  summary: "Unicode normalization: NFC by default, NFKC or none with --normalize",
  defaultOn: true,
  repairsDamage: false,
  mayEdit: (text, options) => {
    const form = formOf(options);
    return form !== undefined && text.normalize(form) !== text;
  },
  edits: (text, options) => {
    const form = formOf(options);
    // One native pass settles most texts; only a text that changes is walked line by line.
    if (form === undefined || text.normalize(form) === text) return [];
    const edits: Edit[] = [];
    LINE.lastIndex = 0;
    for (let line = LINE.exec(text); line !== null && line[0].length > 0; line = LINE.exec(text)) {
      lineEdits(line[0], line.index, form, edits);
    }
    return edits;
  },
};
