/**
 * --backup: keep the original bytes beside the file (`notes.txt` → `notes.txt.orig`)
 * before it is rewritten. The backup is created atomically and never replaces an
 * existing file: an older backup holds an older original, and losing it would lose
 * text. The one exception is a backup identical to the current original (left by a
 * run killed between the backup and the rewrite): it is simply kept.
 * Example: notes.txt.orig exists with other bytes → the file is left alone, with an error.
 */
import { readFileSync } from "node:fs";
import { createFileAtomicSync, type FileOwner } from "./atomic-write.js";
import { appendToPath, basenamePath, displayPath, type FsPath } from "./fs-path.js";

/** The suffix `--backup` uses when none is given. */
export const DEFAULT_BACKUP_SUFFIX = ".orig";

export class BackupExistsError extends Error {}

/** Save `original` as `file + suffix`; returns the backup's path. */
export function backupOriginal(file: FsPath, original: Uint8Array, suffix: string, mode: number, owner?: FileOwner): FsPath {
  const backup = appendToPath(file, suffix);
  try {
    createFileAtomicSync(backup, original, mode, { owner });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    let existing: Buffer | undefined;
    try {
      existing = readFileSync(backup);
    } catch {
      existing = undefined;
    }
    if (!existing?.equals(original)) {
      throw new BackupExistsError(`backup ${displayPath(basenamePath(backup))} already exists and is not overwritten; file left unchanged`);
    }
  }
  return backup;
}
