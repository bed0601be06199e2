/**
 * Every fix, in the order it runs: the mojibake repair first (it needs the text as
 * the wrong decoder left it), then the normalizations. Adding a fix = one file in
 * `fixes/` (or `mojibake/`) and one line here.
 */
import type { FixOptions } from "../types.js";
import type { Fix } from "./fix.js";
import { curlyQuotes } from "./fixes/curly-quotes.js";
import { mojibake } from "./mojibake/index.js";

export const FIXES: readonly Fix[] = [mojibake, curlyQuotes];

export function fixByName(name: string): Fix | undefined {
  return FIXES.find((f) => f.name === name);
}

/** The fixes that run under these options, in order. */
export function enabledFixes(options: FixOptions = {}): Fix[] {
  const only = options.only ? new Set(options.only) : undefined;
  return FIXES.filter((fix) => {
    if (only) return only.has(fix.name);
    const override = options.fixes?.[fix.name];
    if (override !== undefined) return override;
    if (options.repairOnly && !fix.repairsDamage) return false;
    return fix.defaultOn;
  });
}
