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
    const applied = applyEdits(current, fix.edits(current, options), fix.name);
    current = applied.text;
    changes.push(...applied.changes);
  }
  return { text: current, changes };
}
