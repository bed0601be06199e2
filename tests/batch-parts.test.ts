/** The batch runner's parts on their own: atomic writes, out-dir paths, the lossless guard, output formats, progress. */
import { readFileSync, readdirSync, rmSync, statSync, symlinkSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PassThrough } from "node:stream";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { CliIo } from "../src/cli/io.js";
import { formatPatch } from "../src/cli/output/diff.js";
import { startProgress } from "../src/cli/output/progress.js";
import { emptyCounts, formatSummary } from "../src/cli/output/summary.js";
import { createFileAtomicSync, isLeftoverTemp, tempPathFor, writeFileAtomicSync } from "../src/files/atomic-write.js";
import { decodesLosslessly } from "../src/files/lossless-decode.js";
import { OutsideOutDirError, outDirTarget } from "../src/files/out-dir.js";
import { threadCount } from "../src/files/worker-pool.js";
import { scratchDir } from "./helpers/scratch-dir.js";

const folders: string[] = [];
function scratch(): string {
  const f = scratchDir("parts");
  folders.push(f);
  return f;
}
afterEach(() => {
  for (const f of folders.splice(0)) rmSync(f, { recursive: true, force: true });
  vi.useRealTimers();
});

describe("atomic writes", () => {
  it("names temp files so that only they are recognised as leftovers", () => {
    expect(isLeftoverTemp(path.basename(tempPathFor("/x/notes.txt")))).toBe(true);
    const notTemps = ["notes.txt", ".notes.txt.mojifix-.tmp", ".notes.txt.mojifix-0123456789ab.txt", "notes.mojifix-0123456789ab.tmp", ".x.mojifix-0123456789aZ.tmp"];
    for (const name of notTemps) expect(isLeftoverTemp(name), name).toBe(false);
  });
  it("replaces a file with the given mode and leaves no temp file", () => {
    const dir = scratch();
    const file = path.join(dir, "a.txt");
    writeFileSync(file, "old");
    writeFileAtomicSync(file, Buffer.from("new"), 0o604);
    expect(readFileSync(file, "utf8")).toBe("new");
    expect(statSync(file).mode & 0o777).toBe(0o604);
    expect(readdirSync(dir)).toEqual(["a.txt"]);
  });
  it("never replaces an existing file when creating (backups)", () => {
    const dir = scratch();
    const file = path.join(dir, "a.txt.orig");
    writeFileSync(file, "older backup");
    expect(() => createFileAtomicSync(file, Buffer.from("new"))).toThrow(/EEXIST/);
    expect(readFileSync(file, "utf8")).toBe("older backup");
    expect(readdirSync(dir)).toEqual(["a.txt.orig"]);
  });
});

describe("--out-dir targets", () => {
  const escapes = ["../x.txt", "a/../../x.txt", "/etc/passwd", ""];
  for (const relative of escapes) {
    it(`refuses '${relative}'`, () => {
      expect(() => outDirTarget(scratch(), relative)).toThrow(OutsideOutDirError);
    });
  }
  it("makes the folders below DIR and refuses a folder that is a link", () => {
    const out = scratch();
    expect(outDirTarget(out, "a/b/c.txt")).toBe(path.join(out, "a", "b", "c.txt"));
    expect(statSync(path.join(out, "a", "b")).isDirectory()).toBe(true);
    const elsewhere = scratch();
    symlinkSync(elsewhere, path.join(out, "l"));
    expect(() => outDirTarget(out, "l/c.txt")).toThrow(/symbolic link/);
    mkdirSync(path.join(out, "ok"));
    expect(outDirTarget(out, "ok/c.txt")).toBe(path.join(out, "ok", "c.txt"));
  });
});

describe("the lossless-decode guard", () => {
  const cases: { name: string; bytes: Buffer; encoding: string; lossless: boolean }[] = [
    { name: "Latin-1 bytes as ascii", bytes: Buffer.from("caf\xe9", "latin1"), encoding: "ascii", lossless: false },
    { name: "Latin-1 bytes as windows-1252", bytes: Buffer.from("caf\xe9", "latin1"), encoding: "windows-1252", lossless: true },
    { name: "valid UTF-8", bytes: Buffer.from("café"), encoding: "utf-8", lossless: true },
    { name: "invalid UTF-8", bytes: Buffer.from([0x63, 0xc3, 0x28]), encoding: "utf-8", lossless: false },
    { name: "an undefined windows-1252 byte", bytes: Buffer.from([0x61, 0x81]), encoding: "windows-1252", lossless: false },
    { name: "UTF-16LE after its BOM", bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("hé", "utf16le")]), encoding: "utf-16le", lossless: true },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const bom = c.encoding === "utf-16le" ? 2 : 0;
      expect(decodesLosslessly(c.bytes, c.encoding, bom)).toBe(c.lossless);
    });
  }
});

describe("summary line", () => {
  const cases = [
    { counts: { changed: 3, unchanged: 7, binary: 1, ignored: 4, links: 1, failed: 1 }, writes: true, ms: 412, line: "mojifix: 13 files: 3 changed, 7 unchanged; skipped 1 binary, 4 ignored, 1 link; 1 failed (0.4s)" },
    { counts: { changed: 2, unchanged: 0 }, writes: false, ms: 12_345, line: "mojifix: 2 files: 2 would change, 0 unchanged (12s)" },
    { counts: { changed: 0, unchanged: 1 }, writes: true, ms: 5, line: "mojifix: 1 file: 0 changed, 1 unchanged (0.0s)" },
  ];
  for (const c of cases) {
    it(c.line, () => {
      const counts = { ...emptyCounts(), ...c.counts };
      counts.seen = counts.changed + counts.unchanged + counts.binary + counts.links + counts.failed;
      expect(formatSummary(counts, c.ms, c.writes)).toBe(c.line);
    });
  }
});

describe("diff formatting", () => {
  const patch = "===================================================================\n--- a/x\tutf-8\n+++ b/x\tutf-8\n@@ -1,1 +1,1 @@\n-“a”\n+\"a\"\n";
  it("drops the underline and stays plain without color", () => {
    expect(formatPatch(patch, false)).toBe("--- a/x\tutf-8\n+++ b/x\tutf-8\n@@ -1,1 +1,1 @@\n-“a”\n+\"a\"\n");
  });
  it("colors removals red and additions green", () => {
    const colored = formatPatch(patch, true);
    expect(colored).toContain("\x1b[31m-“a”\x1b[39m");
    expect(colored).toContain("\x1b[32m+\"a\"\x1b[39m");
  });
});

describe("progress bar", () => {
  function io(isTTY: boolean) {
    const stderr = Object.assign(new PassThrough(), { isTTY });
    const chunks: string[] = [];
    stderr.on("data", (c: Buffer) => chunks.push(c.toString()));
    return { io: { stderr, stdout: new PassThrough(), stdin: new PassThrough(), env: {}, cwd: "/" } as unknown as CliIo, text: () => chunks.join("") };
  }
  const cases = [
    { name: "shows on a terminal once the run is slow", isTTY: true, quiet: false, waitMs: 600, shown: true },
    { name: "never shows for a quick run", isTTY: true, quiet: false, waitMs: 100, shown: false },
    { name: "never shows when stderr is piped", isTTY: false, quiet: false, waitMs: 600, shown: false },
    { name: "never shows with --quiet", isTTY: true, quiet: true, waitMs: 600, shown: false },
  ];
  for (const c of cases) {
    it(c.name, () => {
      vi.useFakeTimers();
      const { io: cliIo, text } = io(c.isTTY);
      const progress = startProgress(cliIo, { total: 10, unit: "files", quiet: c.quiet });
      progress.advance(3);
      vi.advanceTimersByTime(c.waitMs);
      progress.advance(1);
      progress.stop();
      expect(text().includes("4/10 files") || text().includes("3/10 files")).toBe(c.shown);
    });
  }
});

describe("thread count", () => {
  const cases = [
    { jobs: 2, files: 5, threads: 0 },
    { jobs: 1, files: 10_000, threads: 0 },
    { jobs: 2, files: 16, threads: 2 },
    { jobs: 8, files: 40, threads: 5 },
    { jobs: 2, files: 10_000, threads: 2 },
  ];
  for (const c of cases) {
    it(`${c.files} files, --jobs ${c.jobs} → ${c.threads} worker threads`, () => {
      expect(threadCount(c.jobs, c.files)).toBe(c.threads);
    });
  }
});
