/**
 * Text → text: run each enabled fix in order and keep its steps. The steps are the
 * explanation, and replaying them on the input gives the output, so `explain` and
 * the real run are one code path.
 */
import type { Change, FixOptions } from "../types.js";
import { applyEdits } from "./changes.js";
import { enabledFixes } from "./registry.js";

export interface RepairResult {
  text: string;
  changes: Change[];
}

/**
 * Passes over the fixes, at most. A later fix can uncover work for an earlier one (a
 * stray BOM or a control character removed from between "Ã" and "©"), so the fixes
 * run again while a pass changes something, and fixing the result again changes
 * nothing.
 */
const MAX_PASSES = 3;
/**
 * Fixes that run in the first pass only: decoding entities twice is wrong, and the
 * width fix judges each form by its neighbours, which it changes itself.
 */
const ONCE_ONLY = new Set(["html-entities", "width"]);

export function repairText(text: string, options: FixOptions = {}): RepairResult {
  let current = text;
  const changes: Change[] = [];
  const fixes = enabledFixes(options);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const before = current;
    for (const fix of pass === 0 ? fixes : fixes.filter((f) => !ONCE_ONLY.has(f.name))) {
      if (fix.mayEdit !== undefined && !fix.mayEdit(current, options)) continue;
      const applied = applyEdits(current, fix.edits(current, options), fix.name);
      current = applied.text;
      // Not push(...changes): a 1 MB block can hold more steps than the call stack takes arguments.
      for (const change of applied.changes) changes.push(change);
    }
    if (current === before) break;
  }
  return { text: current, changes };
}
