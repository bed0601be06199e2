/**
 * Edits and steps. A fix reports non-overlapping edits against the text it was
 * given; `editsToChanges` turns them into sequential, replayable steps.
 */
import type { Change } from "../types.js";

/** A replacement of `text.slice(start, end)` by `after`, relative to one fix's input. */
export interface Edit extends Omit<Change, "before" | "fix"> {
  before?: string;
}

/** Apply sorted, non-overlapping edits to `text`; also return them as sequential steps. */
export function applyEdits(text: string, edits: Edit[], fix: string): { text: string; changes: Change[] } {
  if (edits.length === 0) return { text, changes: [] };
  const parts: string[] = [];
  const changes: Change[] = [];
  let cursor = 0;
  let shift = 0;
  for (const edit of edits) {
    const before = text.slice(edit.start, edit.end);
    parts.push(text.slice(cursor, edit.start), edit.after);
    cursor = edit.end;
    const change: Change = {
      fix,
      start: edit.start + shift,
      end: edit.end + shift,
      before,
      after: edit.after,
    };
    if (edit.encodingPair) change.encodingPair = edit.encodingPair;
    if (edit.guess) change.guess = true;
    changes.push(change);
    shift += edit.after.length - before.length;
  }
  parts.push(text.slice(cursor));
  return { text: parts.join(""), changes };
}

/** Replay steps on the input they came from. */
export function applyChanges(text: string, changes: readonly Change[]): string {
  let out = text;
  for (const c of changes) out = out.slice(0, c.start) + c.after + out.slice(c.end);
  return out;
}

/** Edits for every match of a global regex, replaced by `replacer(match)` (skipped when equal). */
export function editsFromRegex(
  text: string,
  pattern: RegExp,
  replacer: (match: RegExpExecArray) => string,
): Edit[] {
  const edits: Edit[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    const after = replacer(m);
    if (after !== m[0]) edits.push({ start: m.index, end: m.index + m[0].length, after });
  }
  return edits;
}
