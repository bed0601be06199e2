/**
 * A file that changes while it is read (issue 8): one line naming the file and the
 * reason, exit 2, and nothing written — no `-o` file, nothing on stdout, the file
 * itself not rewritten by --write, nothing under --out-dir. The change is made at a
 * fixed moment, after the read and before the closing fstat, through the test seam
 * of src/files/read-guard.ts (a writer racing the reader would be flaky); the CLI
 * runs in-process, so single files and small batches both read in this thread.
 * Example: in.txt gains a line after it was read → "mojifix: in.txt: changed while
 * being read (size 29 → 44 bytes); nothing written".
 */
import { appendFileSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readGuardTestHook } from "../src/files/read-guard.js";
import { runCli } from "./helpers/run-cli.js";
import { scratchDir } from "./helpers/scratch-dir.js";

/** Mojibake the run would repair, so an output would differ from the input. */
const BROKEN = "cafÃ© â€œquotedâ€\u009d\n";

function scratch(): string {
  const dir = scratchDir("changing");
  writeFileSync(path.join(dir, "in.txt"), BROKEN);
  return dir;
}

/** After the next read of a guarded file (once), run `change`. */
function changeAfterNextRead(change: () => void): void {
  readGuardTestHook.betweenReads = () => {
    readGuardTestHook.betweenReads = undefined;
    change();
  };
}

afterEach(() => {
  readGuardTestHook.betweenReads = undefined;
});

function expectOneLine(stderr: string, line: RegExp): void {
  const lines = stderr.split("\n").filter(Boolean);
  expect(lines, stderr).toHaveLength(1);
  expect(lines[0]).toMatch(line);
}

describe("a file that changes while it is read", () => {
  it("-o: exit 2, one line, no output file and no temp file", async () => {
    const dir = scratch();
    changeAfterNextRead(() => appendFileSync(path.join(dir, "in.txt"), "one more line\n"));
    const run = await runCli(["in.txt", "-o", "out.txt"], "", dir);
    expect(run.code).toBe(2);
    expectOneLine(run.stderr, /^mojifix: in\.txt: changed while being read \(size 29 → 43 bytes, modification time\); nothing written$/);
    expect(readdirSync(dir)).toEqual(["in.txt"]);
  });

  it("stdout: exit 2, one line, nothing printed", async () => {
    const dir = scratch();
    changeAfterNextRead(() => appendFileSync(path.join(dir, "in.txt"), "x"));
    const run = await runCli(["in.txt"], "", dir);
    expect(run).toMatchObject({ code: 2, stdout: "" });
    expectOneLine(run.stderr, /^mojifix: in\.txt: changed while being read \(size .*\); nothing written$/);
  });

  it("rewritten in place at the same size: caught by the modification time", async () => {
    const dir = scratch();
    const file = path.join(dir, "in.txt");
    changeAfterNextRead(() => {
      writeFileSync(file, BROKEN.toUpperCase().slice(0, Buffer.byteLength(BROKEN)));
      utimesSync(file, new Date(2001, 0, 1), new Date(2001, 0, 1));
    });
    const run = await runCli(["in.txt", "-o", "out.txt"], "", dir);
    expect(run.code).toBe(2);
    expectOneLine(run.stderr, /^mojifix: in\.txt: changed while being read \(modification time\); nothing written$/);
    expect(readdirSync(dir)).toEqual(["in.txt"]);
  });

  it("a file that does not change is repaired as always (the guard is quiet)", async () => {
    const dir = scratch();
    const run = await runCli(["in.txt"], "", dir);
    expect(run).toMatchObject({ code: 0, stdout: 'café "quoted"\n', stderr: "" });
  });

  it("--write: the file is left as the other writer made it, the others are repaired", async () => {
    const dir = scratch();
    mkdirSync(path.join(dir, "tree"));
    writeFileSync(path.join(dir, "tree", "a.txt"), BROKEN);
    writeFileSync(path.join(dir, "tree", "b.txt"), BROKEN);
    // Files are read in sorted order: a.txt is the first read.
    changeAfterNextRead(() => appendFileSync(path.join(dir, "tree", "a.txt"), "appended\n"));
    const run = await runCli(["tree", "--write", "--quiet"], "", dir);
    expect(run.code).toBe(2);
    expectOneLine(run.stderr, /^mojifix: tree\/a\.txt: changed while being read \(size 29 → 38 bytes, modification time\); left alone$/);
    expect(readFileSync(path.join(dir, "tree", "a.txt"), "utf8")).toBe(`${BROKEN}appended\n`);
    expect(readFileSync(path.join(dir, "tree", "b.txt"), "utf8")).toBe('café "quoted"\n');
    expect(readdirSync(path.join(dir, "tree")).sort()).toEqual(["a.txt", "b.txt"]);
  });

  it("--out-dir: no copy of the changed file; --check: an error, not a verdict", async () => {
    const dir = scratch();
    mkdirSync(path.join(dir, "tree"));
    writeFileSync(path.join(dir, "tree", "a.txt"), BROKEN);
    changeAfterNextRead(() => appendFileSync(path.join(dir, "tree", "a.txt"), "appended\n"));
    const outDir = await runCli(["tree", "--out-dir", "out", "--quiet"], "", dir);
    expect(outDir.code).toBe(2);
    expectOneLine(outDir.stderr, /^mojifix: tree\/a\.txt: changed while being read .*; left alone$/);
    expect(readdirSync(path.join(dir, "out"))).toEqual([]);

    changeAfterNextRead(() => appendFileSync(path.join(dir, "tree", "a.txt"), "again\n"));
    const check = await runCli(["tree", "--check", "--quiet"], "", dir);
    expect(check).toMatchObject({ code: 2, stdout: "" });
    expectOneLine(check.stderr, /^mojifix: tree\/a\.txt: changed while being read /);
  });
});
