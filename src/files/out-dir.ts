/**
 * Where a file goes under --out-dir: the same relative path below DIR, and never
 * anywhere else. A `..`, an absolute path, or a folder inside DIR that is really a
 * symbolic link out of it are refused before a byte is written; missing folders are
 * created one by one, so `mkdir -p` never follows a link out either.
 * Example: out-dir "/out", relative "sub/a.txt" → "/out/sub/a.txt"; "../etc/passwd" → refused.
 */
import { promises as fs } from "node:fs";
import path from "node:path";

export class OutsideOutDirError extends Error {}

/** Folders already checked (or made) in this process: most files share their folder with the one before. */
const checkedFolders = new Set<string>();

/** The absolute target for `relative` under the real folder `outDir`, with its parent folders in place. */
export async function outDirTarget(outDir: string, relative: string): Promise<string> {
  const parts = relative.split(/[\\/]+/).filter((p) => p !== "" && p !== ".");
  if (path.isAbsolute(relative) || parts.length === 0 || parts.includes("..")) {
    throw new OutsideOutDirError(`'${relative}' would be written outside --out-dir`);
  }
  let folder = outDir;
  for (const part of parts.slice(0, -1)) {
    folder = path.join(folder, part);
    if (checkedFolders.has(folder)) continue;
    const stat = await fs.lstat(folder).catch(() => undefined);
    if (!stat) {
      await fs.mkdir(folder).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== "EEXIST") throw error;
      });
      const made = await fs.lstat(folder);
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
