/**
 * Where a file goes under --out-dir: the same relative path below DIR, and never
 * anywhere else. A `..`, an absolute path, or a folder inside DIR that is really a
 * symbolic link out of it are refused before a byte is written; missing folders are
 * created one by one, so `mkdir -p` never follows a link out either.
 * Example: out-dir "/out", relative "sub/a.txt" → "/out/sub/a.txt"; "../etc/passwd" → refused.
 */
import fs from "node:fs";
import path from "node:path";

export class OutsideOutDirError extends Error {}

/** Folders already checked (or made) in this process: most files share their folder with the one before. */
const checkedFolders = new Set<string>();

/** The absolute target for `relative` under the real folder `outDir`, with its parent folders in place. */
export function outDirTarget(outDir: string, relative: string): string {
  const parts = relative.split(/[\\/]+/).filter((p) => p !== "" && p !== ".");
  if (path.isAbsolute(relative) || parts.length === 0 || parts.includes("..")) {
    throw new OutsideOutDirError(`'${relative}' would be written outside --out-dir`);
  }
  let folder = outDir;
  for (const part of parts.slice(0, -1)) {
    folder = path.join(folder, part);
    if (checkedFolders.has(folder)) continue;
    const stat = fs.lstatSync(folder, { throwIfNoEntry: false });
    if (!stat) {
      try {
        fs.mkdirSync(folder);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      }
      const made = fs.lstatSync(folder);
      if (!made.isDirectory()) throw new OutsideOutDirError(`${folder} is not a folder`);
    } else if (stat.isSymbolicLink()) {
      throw new OutsideOutDirError(`${folder} is a symbolic link; --out-dir never writes through links`);
    } else if (!stat.isDirectory()) {
      throw new OutsideOutDirError(`${folder} is not a folder`);
    }
    checkedFolders.add(folder);
  }
  return path.join(folder, parts[parts.length - 1]!);
}
