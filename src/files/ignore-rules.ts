/**
 * The .gitignore / .ignore rules met on the way down a tree. Each folder's files
 * hold patterns relative to that folder, and a deeper folder's rules win (a `!keep.txt`
 * in `sub/.ignore` un-ignores what `*.txt` in the root's .gitignore ignored).
 * Example: root `.gitignore` = "build/", so `build/` is not walked; `sub/.ignore` =
 * "*.log" ignores `sub/x.log` but not `x.log`.
 */
import { promises as fs } from "node:fs";
import { type FsPath, joinPath } from "./fs-path.js";
import ignore, { type Ignore } from "ignore";

/** Files whose patterns we honour, read in this order in each folder. */
export const IGNORE_FILE_NAMES = [".gitignore", ".ignore"] as const;

/** The rules of one folder: `prefix` is that folder's path relative to the walk root ("" for the root). */
interface IgnoreLevel {
  prefix: string;
  rules: Ignore;
}

export class IgnoreStack {
  private constructor(private readonly levels: readonly IgnoreLevel[]) {}

  static empty(): IgnoreStack {
    return new IgnoreStack([]);
  }

  /** The stack for a folder: this one plus the folder's own ignore files, if it has any. */
  async enter(folder: FsPath, prefix: string, names: ReadonlySet<string>): Promise<IgnoreStack> {
    const present = IGNORE_FILE_NAMES.filter((n) => names.has(n));
    if (present.length === 0) return this;
    const rules = ignore();
    for (const name of present) {
      const text = await fs.readFile(joinPath(folder, name), "utf8").catch(() => "");
      rules.add(text);
    }
    return new IgnoreStack([...this.levels, { prefix, rules }]);
  }

  /** Is `relative` (slash-separated, from the walk root) ignored? Folders are tested with a trailing slash. */
  ignores(relative: string, isFolder: boolean): boolean {
    let ignored = false;
    for (const level of this.levels) {
      const local = level.prefix === "" ? relative : relative.slice(level.prefix.length + 1);
      const result = level.rules.test(isFolder ? `${local}/` : local);
      if (result.ignored) ignored = true;
      else if (result.unignored) ignored = false;
    }
    return ignored;
  }
}
