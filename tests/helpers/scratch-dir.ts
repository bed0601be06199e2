/**
 * Temp folders for tests, removed when the test file is done, so a test run leaves
 * nothing behind in the system's temp folder. Importing this module registers the
 * clean-up for the importing test file (vitest gives each test file its own modules).
 * Example: `scratchDir("misuse")` makes /tmp/mojifix-misuse-Xk3Q9a, gone after the file's last test.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll } from "vitest";

const made: string[] = [];

afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A new empty folder under the temp folder, named after what uses it. */
export function scratchDir(name: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `mojifix-${name}-`));
  made.push(dir);
  return dir;
}
