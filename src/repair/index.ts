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

export function repairText(text: string, options: FixOptions = {}): RepairResult {
  let current = text;
  const changes: Change[] = [];
  for (const fix of enabledFixes(options)) {
    if (fix.mayEdit !== undefined && !fix.mayEdit(current, options)) continue;
    const applied = applyEdits(current, fix.edits(current, options), fix.name);
    current = applied.text;
    // Not push(...changes): a 1 MB block can hold more steps than the call stack takes arguments.
    for (const change of applied.changes) changes.push(change);
  }
  return { text: current, changes };
}
