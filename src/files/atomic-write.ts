/**
 * Atomic file writes: the bytes go to a temporary file in the same folder, are
 * flushed to disk, and the temporary file is renamed over the target. A reader (or
 * a crash) sees the old file or the new one, never half of one.
 */
import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";

/** Temp files are named `.<name>.mojifix-<random>.tmp` so a later run can find and remove leftovers. */
export const TEMP_MARK = ".mojifix-";

export function tempPathFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}${TEMP_MARK}${randomBytes(6).toString("hex")}.tmp`);
}

export async function writeFileAtomic(target: string, data: Uint8Array, mode?: number): Promise<void> {
  const temp = tempPathFor(target);
  const handle = await fs.open(temp, "wx", mode ?? 0o666);
  try {
    try {
      await handle.writeFile(data);
      if (mode !== undefined) await handle.chmod(mode);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}
