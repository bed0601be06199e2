/**
 * Atomic file writes: the bytes go to a temporary file in the same folder, are
 * flushed to disk, and the temporary file is renamed over the target. A reader (or
 * a crash, or SIGKILL) sees the old file or the new one, never half of one.
 * A killed run can leave its temporary file behind: the names carry TEMP_MARK so
 * the next run recognises and removes them (`isLeftoverTemp`, `removeLeftoverTemps`).
 * Example: writeFileAtomic("notes.txt", bytes) writes `.notes.txt.mojifix-3f9a0c12d4e5.tmp`,
 * fsyncs it, then renames it to `notes.txt`.
 */
import { randomBytes } from "node:crypto";
import fsSync, { promises as fs } from "node:fs";
import { basenamePath, dirnamePath, type FsPath, joinPath } from "./fs-path.js";

/** Temp files are named `.<name>.mojifix-<random>.tmp` so a later run can find and remove leftovers. */
export const TEMP_MARK = ".mojifix-";

/** Hex digits of randomness in a temp name (6 random bytes). */
const TEMP_RANDOM_HEX_DIGITS = 12;

const LEFTOVER_TEMP = new RegExp(`^\\..+${TEMP_MARK.replace(/[.]/g, "\\.")}[0-9a-f]{${TEMP_RANDOM_HEX_DIGITS}}\\.tmp$`);

export function tempPathFor(target: FsPath): FsPath {
  const name = basenamePath(target);
  const tail = `${TEMP_MARK}${randomBytes(TEMP_RANDOM_HEX_DIGITS / 2).toString("hex")}.tmp`;
  const temp = typeof name === "string" ? `.${name}${tail}` : Buffer.concat([Buffer.from("."), name, Buffer.from(tail)]);
  return joinPath(dirnamePath(target), temp);
}

/** True for a file name that only an interrupted mojifix write can have left (a name in bytes is tested as Latin-1). */
export function isLeftoverTemp(name: FsPath): boolean {
  return LEFTOVER_TEMP.test(typeof name === "string" ? name : name.toString("latin1"));
}

/** Owner to give the new file (a rename otherwise leaves it owned by whoever ran mojifix). */
export interface FileOwner {
  uid: number;
  gid: number;
}

export interface AtomicWriteOptions {
  owner?: FileOwner;
  /**
   * fsync the temp file before the rename (default true), so that even a power cut
   * leaves the old file or the whole new one. A killed process needs no fsync (the
   * kernel keeps what was written), so a fresh copy that replaces nothing of value
   * (--out-dir) can skip it: on this machine fsync is most of the cost of a small file.
   * The folder itself is not fsynced: without that, a power cut may undo the rename,
   * which still leaves the old file whole.
   */
  flush?: boolean;
}

/** Write `data` to a new temp file beside `target`, with mode and owner, flushed to disk unless asked not to. */
function writeTempSync(target: FsPath, data: Uint8Array, mode: number | undefined, options: AtomicWriteOptions): FsPath {
  const owner = options.owner;
  const temp = tempPathFor(target);
  const fd = fsSync.openSync(temp, "wx", mode ?? 0o666);
  try {
    fsSync.writeFileSync(fd, data);
    if (owner && (owner.uid !== process.getuid?.() || owner.gid !== process.getgid?.())) {
      try {
        fsSync.fchownSync(fd, owner.uid, owner.gid);
      } catch {
        // Only root may give a file away; otherwise the new file is the runner's.
      }
    }
    // chmod after chown (chown clears set-uid/set-gid), and past the umask.
    if (mode !== undefined) fsSync.fchmodSync(fd, mode);
    if (options.flush !== false) fsSync.fsyncSync(fd);
  } catch (error) {
    fsSync.closeSync(fd);
    fsSync.rmSync(temp, { force: true });
    throw error;
  }
  fsSync.closeSync(fd);
  return temp;
}

/**
 * Replace `target` (or create it) with `data`, atomically. Synchronous: worker
 * threads call it, where blocking costs nothing and saves a thread-pool hop per call.
 */
export function writeFileAtomicSync(target: FsPath, data: Uint8Array, mode?: number, options: AtomicWriteOptions = {}): void {
  const temp = writeTempSync(target, data, mode, options);
  try {
    fsSync.renameSync(temp, target);
  } catch (error) {
    fsSync.rmSync(temp, { force: true });
    throw error;
  }
}

export async function writeFileAtomic(target: string, data: Uint8Array, mode?: number, options: AtomicWriteOptions = {}): Promise<void> {
  writeFileAtomicSync(target, data, mode, options);
}

/**
 * Create `target` with `data`, atomically, failing with EEXIST when it already
 * exists: a hard link from the flushed temp file never replaces an existing name.
 * Used for backups, which must never overwrite an older backup.
 */
export function createFileAtomicSync(target: FsPath, data: Uint8Array, mode?: number, options: AtomicWriteOptions = {}): void {
  const temp = writeTempSync(target, data, mode, options);
  try {
    fsSync.linkSync(temp, target);
  } finally {
    fsSync.rmSync(temp, { force: true });
  }
}

/** Remove the leftover temp files directly in `folder`; returns how many went. */
export async function removeLeftoverTemps(folder: FsPath, names?: readonly FsPath[]): Promise<number> {
  const entries = names ?? (await fs.readdir(folder, { encoding: "buffer" }).catch(() => [] as Buffer[]));
  let removed = 0;
  for (const name of entries) {
    if (!isLeftoverTemp(name)) continue;
    const full = joinPath(folder, name);
    const stat = await fs.lstat(full).catch(() => undefined);
    if (!stat?.isFile()) continue;
    await fs.rm(full, { force: true });
    removed++;
  }
  return removed;
}

/** Remove leftover temp files in `folder` and every folder below it (links are not followed). */
export async function removeLeftoverTempsBelow(folder: FsPath): Promise<number> {
  const dirents = await fs.readdir(folder, { withFileTypes: true, encoding: "buffer" }).catch(() => []);
  let removed = await removeLeftoverTemps(
    folder,
    dirents.map((d) => d.name),
  );
  for (const dirent of dirents) {
    if (dirent.isDirectory()) removed += await removeLeftoverTempsBelow(joinPath(folder, dirent.name));
  }
  return removed;
}
