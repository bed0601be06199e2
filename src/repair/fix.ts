/**
 * What a fix is: a named, pure text → edits function, with its place in the
 * defaults. The registry (`registry.ts`) lists every fix in the order they run.
 */
import type { FixOptions } from "../types.js";
import type { Edit } from "./changes.js";

export interface Fix {
  /** Kebab-case name used in flags (`--no-<name>`), `--only`, explanations and reports. */
  name: string;
  /** One line for `--help` and the README's table. */
  summary: string;
  /** On unless the user turns it off. */
  defaultOn: boolean;
  /** True for fixes that undo damage (kept by `--repair-only`); false for normalizations. */
  repairsDamage: boolean;
  /**
   * Optional cheap pre-test: false means `edits` would surely return nothing, so the
   * fast path can skip the fix. Must never be false when an edit is possible.
   */
  mayEdit?(text: string, options: FixOptions): boolean;
  /** Non-overlapping edits, sorted by position, relative to `text`. */
  edits(text: string, options: FixOptions): Edit[];
}
