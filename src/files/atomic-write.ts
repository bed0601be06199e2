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
import { promises as fs } from "node:fs";
import path from "node:path";

/** Temp files are named `.<name>.mojifix-<random>.tmp` so a later run can find and remove leftovers. */
export const TEMP_MARK = ".mojifix-";

/** Hex digits of randomness in a temp name (6 random bytes). */
const TEMP_RANDOM_HEX_DIGITS = 12;

const LEFTOVER_TEMP = new RegExp(`^\\..+${TEMP_MARK.replace(/[.]/g, "\\.")}[0-9a-f]{${TEMP_RANDOM_HEX_DIGITS}}\\.tmp$`);

export function tempPathFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}${TEMP_MARK}${randomBytes(TEMP_RANDOM_HEX_DIGITS / 2).toString("hex")}.tmp`);
}

/** True for a file name that only an interrupted mojifix write can have left. */
export function isLeftoverTemp(name: string): boolean {
  return LEFTOVER_TEMP.test(name);
}

/** Owner to give the new file (a rename otherwise leaves it owned by whoever ran mojifix). */
export interface FileOwner {
  uid: number;
  gid: number;
}

/** Flush a folder's entry list, so a rename survives a power cut. Best effort: not every system allows it. */
async function syncFolder(folder: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(folder, "r");
    await handle.sync();
  } catch {
    // Some file systems refuse fsync on a folder; the rename is still atomic.
  } finally {
    await handle?.close().catch(() => {});
  }
}

/** Write `data` to a new temp file beside `target`, with mode and owner, flushed to disk. */
async function writeTemp(target: string, data: Uint8Array, mode?: number, owner?: FileOwner): Promise<string> {
  const temp = tempPathFor(target);
  const handle = await fs.open(temp, "wx", mode ?? 0o666);
  try {
    await handle.writeFile(data);
    if (owner) await handle.chown(owner.uid, owner.gid).catch(() => {}); // only root may give files away
    // chmod after chown: chown clears set-uid/set-gid bits.
    if (mode !== undefined) await handle.chmod(mode);
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => {});
    await fs.rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  return temp;
}

/** Replace `target` (or create it) with `data`, atomically. */
export async function writeFileAtomic(target: string, data: Uint8Array, mode?: number, owner?: FileOwner): Promise<void> {
  const temp = await writeTemp(target, data, mode, owner);
  try {
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
  await syncFolder(path.dirname(target));
}

/**
 * Create `target` with `data`, atomically, failing with EEXIST when it already
 * exists: a hard link from the flushed temp file never replaces an existing name.
 * Used for backups, which must never overwrite an older backup.
 */
export async function createFileAtomic(target: string, data: Uint8Array, mode?: number, owner?: FileOwner): Promise<void> {
  const temp = await writeTemp(target, data, mode, owner);
  try {
    await fs.link(temp, target);
  } finally {
    await fs.rm(temp, { force: true });
  }
  await syncFolder(path.dirname(target));
}

/** Remove the leftover temp files directly in `folder`; returns how many went. */
export async function removeLeftoverTemps(folder: string, names?: readonly string[]): Promise<number> {
  const entries = names ?? (await fs.readdir(folder).catch(() => [] as string[]));
  let removed = 0;
  for (const name of entries) {
    if (!isLeftoverTemp(name)) continue;
    const full = path.join(folder, name);
    const stat = await fs.lstat(full).catch(() => undefined);
    if (!stat?.isFile()) continue;
    await fs.rm(full, { force: true });
    removed++;
  }
  return removed;
}

/** Remove leftover temp files in `folder` and every folder below it (links are not followed). */
export async function removeLeftoverTempsBelow(folder: string): Promise<number> {
  const dirents = await fs.readdir(folder, { withFileTypes: true }).catch(() => []);
  let removed = await removeLeftoverTemps(
    folder,
    dirents.map((d) => d.name),
  );
  for (const dirent of dirents) {
    if (dirent.isDirectory()) removed += await removeLeftoverTempsBelow(path.join(folder, dirent.name));
  }
  return removed;
}
