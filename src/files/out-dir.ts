/**
 * Where a file goes under --out-dir: the same relative path below DIR, and never
 * anywhere else. A `..`, an absolute path, or a folder inside DIR that is really a
 * symbolic link out of it are refused before a byte is written; missing folders are
 * created one by one, so `mkdir -p` never follows a link out either.
 * Example: out-dir "/out", relative "sub/a.txt" → "/out/sub/a.txt"; "../etc/passwd" → refused.
 */
import fs from "node:fs";
import path from "node:path";
import { displayPath, type FsPath, fsPathFromBytes, joinPath, pathKey } from "./fs-path.js";

export class OutsideOutDirError extends Error {}

/** Folders already checked (or made) in this process: most files share their folder with the one before. */
const checkedFolders = new Set<string>();

/**
 * The absolute target for `relative` under the real folder `outDir`, with its parent
 * folders in place. A relative path in bytes (a name that is not UTF-8) is split as Latin-1.
 */
export function outDirTarget(outDir: string, relative: FsPath): FsPath {
  const text = typeof relative === "string" ? relative : Buffer.from(relative).toString("latin1");
  const toPath = (part: string): FsPath => (typeof relative === "string" ? part : fsPathFromBytes(Buffer.from(part, "latin1")));
  const parts = text.split(/[\\/]+/).filter((p) => p !== "" && p !== ".");
  if (path.isAbsolute(text) || parts.length === 0 || parts.includes("..")) {
    throw new OutsideOutDirError(`'${displayPath(relative)}' would be written outside --out-dir`);
  }
  let folder: FsPath = outDir;
  for (const part of parts.slice(0, -1)) {
    folder = joinPath(folder, toPath(part));
    if (checkedFolders.has(pathKey(folder))) continue;
    const stat = fs.lstatSync(folder, { throwIfNoEntry: false });
    if (!stat) {
      try {
        fs.mkdirSync(folder);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      }
      const made = fs.lstatSync(folder);
      if (!made.isDirectory()) throw new OutsideOutDirError(`${displayPath(folder)} is not a folder`);
    } else if (stat.isSymbolicLink()) {
      throw new OutsideOutDirError(`${displayPath(folder)} is a symbolic link; --out-dir never writes through links`);
    } else if (!stat.isDirectory()) {
      throw new OutsideOutDirError(`${displayPath(folder)} is not a folder`);
    }
    checkedFolders.add(pathKey(folder));
  }
  return joinPath(folder, toPath(parts[parts.length - 1]!));
}
