/**
 * Did a file change while we read it? The file is fstat'ed on the open descriptor
 * before the first read and again after the last one; a different size, modification
 * time or inode means someone wrote to it (or swapped it) meanwhile, and what we read
 * may be half of the old content and half of the new. The caller then writes nothing
 * and says so in one line. Example: `mojifix log.txt -o out.txt` while a logger appends
 * to log.txt → "mojifix: log.txt: changed while being read (size 2100000 → 2100042
 * bytes); nothing written", exit 2, no out.txt.
 *
 * `readGuardTestHook.betweenReads` is for tests only: when set, it runs after each read
 * from a guarded file, before the closing fstat, so a test can change the file at
 * exactly that moment (a writer racing the reader in a child process would be flaky).
 */
import type { Stats } from "node:fs";

/** What identifies one version of a file's content, as fstat sees it. */
export interface FileVersion {
  size: number;
  mtimeMs: number;
  ino: number;
}

export function versionOf(stat: Stats): FileVersion {
  return { size: stat.size, mtimeMs: stat.mtimeMs, ino: stat.ino };
}

/** The file changed between two fstat calls on the same descriptor. */
export class FileChangedWhileReadingError extends Error {}

/**
 * Throws FileChangedWhileReadingError when `after` is not the version `before`, or
 * when the bytes read are not the size the file had (a file cut short, then
 * restored to its old size and mtime, is still caught by its byte count).
 * `bytesRead` is undefined when the read did not start at the beginning (stdin
 * inherited at an offset: `(read line; mojifix) < file`).
 */
export function assertSameVersion(before: FileVersion, after: FileVersion, bytesRead: number | undefined): void {
  const reasons: string[] = [];
  if (after.size !== before.size) reasons.push(`size ${before.size} → ${after.size} bytes`);
  else if (bytesRead !== undefined && bytesRead !== before.size) reasons.push(`${bytesRead} of ${before.size} bytes read`);
  if (after.mtimeMs !== before.mtimeMs) reasons.push("modification time");
  if (after.ino !== before.ino) reasons.push("inode");
  if (reasons.length > 0) throw new FileChangedWhileReadingError(`changed while being read (${reasons.join(", ")})`);
}

/** Test seam (see the file comment): called after each read of a guarded file. */
export const readGuardTestHook: { betweenReads?: () => void } = {};
