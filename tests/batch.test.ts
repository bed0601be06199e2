import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  PNG_BYTES,
  TREE_FILES,
  WALKED,
  buildTree,
  expectedOutput,
  filesNeedingRepair,
  runBatchCli,
  snapshot,
  type Tree,
} from "./helpers/batch-tree.js";

const trees: Tree[] = [];
function tree(files?: Record<string, Buffer>): Tree {
  const t = buildTree(files);
  trees.push(t);
  return t;
}
afterEach(() => {
  for (const t of trees.splice(0)) rmSync(t.base, { recursive: true, force: true });
});

function allTempFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: "utf8" }).filter((name) => /\.mojifix-[0-9a-f]+\.tmp$/.test(name));
}

describe("batch: which files need repair", () => {
  it("the fixture tree has files to repair and files to leave (guards the tests below)", () => {
    expect(filesNeedingRepair()).toContain("moji.txt");
    expect(filesNeedingRepair()).toContain("latin1.txt");
    expect(filesNeedingRepair()).toContain("gbk-moji.txt");
    expect(filesNeedingRepair()).toContain("sub/quotes.txt");
    expect(filesNeedingRepair()).not.toContain("clean-ascii.txt");
    expect(filesNeedingRepair()).not.toContain("clean-utf8.txt");
    expect(expectedOutput(PNG_BYTES)).toBeUndefined();
  });
});

describe("batch: --check", () => {
  it("lists exactly the files that would change, sorted, exits 1 and writes nothing", async () => {
    const t = tree();
    const before = snapshot(t.base);
    const r = await runBatchCli(["tree", "--check"], { cwd: t.base });
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split("\n")).toEqual(filesNeedingRepair().map((f) => `tree/${f}`));
    expect(snapshot(t.base)).toEqual(before);
    expect(r.stderr).toMatch(/binary, left alone: tree\/image\.png/);
    expect(r.stderr).toMatch(/9 files: \d+ would change, \d+ unchanged; skipped 1 binary, 3 ignored, 1 link/);
  });
  it("exits 0 when nothing would change", async () => {
    const t = tree({ "a.txt": Buffer.from("fine\n"), "b.txt": Buffer.from("also fine\n") });
    const r = await runBatchCli(["tree", "--check"], { cwd: t.base });
    expect(r).toMatchObject({ code: 0, stdout: "" });
  });
  it("checks standard input given as '-'", async () => {
    const r = await runBatchCli(["-", "--check"], { stdin: "The cafÃ© “here”\n" });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("<stdin>\n");
  });
});

describe("batch: --write", () => {
  it("repairs in place with --backup, keeps modes, leaves clean, binary and linked files untouched", async () => {
    const t = tree();
    const before = snapshot(t.base);
    const r = await runBatchCli(["tree", "--write", "--backup"], { cwd: t.base });
    expect(r.code).toBe(0);
    const after = snapshot(t.base);
    for (const file of WALKED) {
      const key = `tree/${file}`;
      const expected = expectedOutput(TREE_FILES[file]!);
      if (expected && !expected.equals(TREE_FILES[file]!)) {
        expect(after[key]!.bytes, file).toEqual(expected);
        expect(after[key]!.mode, file).toBe(before[key]!.mode);
        expect(after[`${key}.orig`]!.bytes, `${file} backup`).toEqual(TREE_FILES[file]);
        expect(after[`${key}.orig`]!.mode).toBe(before[key]!.mode);
      } else {
        // Unchanged files are not even rewritten: same inode, same mtime.
        expect(after[key], file).toEqual(before[key]);
        expect(after[`${key}.orig`]).toBeUndefined();
      }
    }
    expect(after["tree/moji.txt"]!.mode).toBe(0o640);
    expect(after["tree/link.txt"]).toEqual(before["tree/link.txt"]);
    expect(after["outside/target.txt"]).toEqual(before["outside/target.txt"]);
    expect(after["tree/build/generated.txt"]).toEqual(before["tree/build/generated.txt"]);
    expect(after["tree/.hidden.txt"]).toEqual(before["tree/.hidden.txt"]);
    expect(allTempFiles(t.base)).toEqual([]);
  });
  it("a second run changes nothing and leaves the backups alone", async () => {
    const t = tree();
    await runBatchCli(["tree", "--write", "--backup"], { cwd: t.base });
    const before = snapshot(t.base);
    const r = await runBatchCli(["tree", "--write", "--backup"], { cwd: t.base });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/0 changed/);
    expect(snapshot(t.base)).toEqual(before);
  });
  it("never overwrites an existing, different backup: the file is left alone and the run exits 2", async () => {
    const t = tree({ "a.txt": Buffer.from("The cafÃ©\n"), "b.txt": Buffer.from("The cafÃ© too\n"), "a.txt.bak": Buffer.from("older original\n") });
    const r = await runBatchCli(["tree", "--write", "--backup", ".bak"], { cwd: t.base });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/tree\/a\.txt: backup a\.txt\.bak already exists/);
    expect(readFileSync(path.join(t.root, "a.txt.bak"), "utf8")).toBe("older original\n");
    expect(readFileSync(path.join(t.root, "a.txt"), "utf8")).toBe("The cafÃ©\n");
    const b = expectedOutput(Buffer.from("The cafÃ© too\n"))!;
    expect(readFileSync(path.join(t.root, "b.txt"))).toEqual(b);
  });
  it("removes temp files a killed run left behind, and --check neither removes nor reads them", async () => {
    const t = tree({ "a.txt": Buffer.from("fine\n") });
    const leftover = path.join(t.root, ".a.txt.mojifix-0123456789ab.tmp");
    writeFileSync(leftover, "half a fi");
    const check = await runBatchCli(["tree", "--check", "--hidden"], { cwd: t.base });
    expect(check.code).toBe(0);
    expect(existsSync(leftover)).toBe(true);
    const write = await runBatchCli(["tree", "--write"], { cwd: t.base });
    expect(existsSync(leftover)).toBe(false);
    expect(write.stderr).toMatch(/removed 1 temp file\(s\) left by an interrupted run/);
  });
  it("writes nothing for --write on standard input (usage error)", async () => {
    const r = await runBatchCli(["-", "--write"], { stdin: "x" });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/standard input/);
  });
});

describe("batch: a Latin-1 file is never damaged", () => {
  it("is either re-encoded to UTF-8 with its text intact, or left byte-identical with an error", async () => {
    const latin1 = Buffer.from("caf\xe9 cr\xe8me br\xfbl\xe9e, na\xefve\n", "latin1");
    const t = tree({ "latin1.txt": latin1 });
    const r = await runBatchCli(["tree", "--write"], { cwd: t.base });
    const after = readFileSync(path.join(t.root, "latin1.txt"));
    if (after.equals(latin1)) {
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/latin1\.txt: .*left alone/);
    } else {
      expect(r.code).toBe(0);
      expect(after.toString("utf8")).toBe("café crème brûlée, naïve\n");
    }
  });
});

describe("batch: --out-dir", () => {
  it("mirrors the tree's text files under DIR and writes nothing else", async () => {
    const t = tree();
    const before = snapshot(t.base);
    const r = await runBatchCli(["tree", "--out-dir", "out"], { cwd: t.base });
    expect(r.code).toBe(0);
    const after = snapshot(t.base);
    const outFiles = Object.keys(after).filter((k) => k.startsWith("out/") && after[k]!.kind === "file");
    const textFiles = WALKED.filter((f) => expectedOutput(TREE_FILES[f]!) !== undefined);
    expect(outFiles).toEqual(textFiles.map((f) => `out/${f}`).sort());
    for (const f of textFiles) expect(after[`out/${f}`]!.bytes).toEqual(expectedOutput(TREE_FILES[f]!));
    for (const key of Object.keys(before)) expect(after[key], key).toEqual(before[key]);
    expect(Object.keys(after).filter((k) => !(k in before) && !k.startsWith("out"))).toEqual([]);
  });
  it("leaves an out-dir inside the input tree out of the walk", async () => {
    const t = tree({ "a.txt": Buffer.from("The cafÃ©\n") });
    await runBatchCli([".", "--out-dir", "clean"], { cwd: t.root });
    const again = await runBatchCli([".", "--out-dir", "clean"], { cwd: t.root });
    expect(again.code).toBe(0);
    expect(existsSync(path.join(t.root, "clean", "clean"))).toBe(false);
    expect(readdirSync(path.join(t.root, "clean")).sort()).toEqual(["a.txt"]);
  });
  it("refuses to let two inputs land on one path under DIR", async () => {
    const t = tree({ "a/x.txt": Buffer.from("from a\n"), "b/x.txt": Buffer.from("from b\n") });
    const r = await runBatchCli(["tree/a", "tree/b", "--out-dir", "out"], { cwd: t.base });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/tree\/b\/x\.txt: would land on x\.txt under --out-dir, like tree\/a\/x\.txt/);
    expect(readFileSync(path.join(t.base, "out", "x.txt"), "utf8")).toBe("from a\n");
  });
  it("refuses an out-dir that holds an input", async () => {
    const t = tree({ "a.txt": Buffer.from("x\n") });
    const r = await runBatchCli(["tree", "--out-dir", "."], { cwd: t.base });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/holds the input/);
  });
  it("never writes through a link inside the out-dir that points out of it", async () => {
    const t = tree({ "sub/a.txt": Buffer.from("The cafÃ©\n"), "b.txt": Buffer.from("fine\n") });
    const escape = path.join(t.base, "escape");
    mkdirSync(escape);
    mkdirSync(path.join(t.base, "out"));
    symlinkSync(escape, path.join(t.base, "out", "sub"));
    const r = await runBatchCli(["tree", "--out-dir", "out"], { cwd: t.base });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/tree\/sub\/a\.txt: .*symbolic link/);
    expect(readdirSync(escape)).toEqual([]);
    expect(readFileSync(path.join(t.base, "out", "b.txt"), "utf8")).toBe("fine\n");
  });
});

describe("batch: --report", () => {
  it("prints valid JSON on stdout with one entry per file, in sorted order", async () => {
    const t = tree();
    const r = await runBatchCli(["tree", "--check", "--report", "-"], { cwd: t.base });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    const paths = report.files.map((f: { path: string }) => f.path);
    expect(paths).toEqual([...WALKED, "link.txt"].sort().map((f) => `tree/${f}`));
    const byPath = Object.fromEntries(report.files.map((f: { path: string }) => [f.path, f]));
    expect(byPath["tree/image.png"]).toMatchObject({ skipped: "binary", changed: false, encoding: null });
    expect(byPath["tree/link.txt"]).toMatchObject({ skipped: "link" });
    expect(byPath["tree/sub/deeper/utf16.txt"]).toMatchObject({ encoding: "utf-16le", error: null });
    expect(byPath["tree/sub/quotes.txt"]).toMatchObject({ changed: true, fixes: { "curly-quotes": 2 } });
    for (const entry of report.files) {
      expect(Object.keys(entry).sort()).toEqual(
        ["backedUp", "changed", "confidence", "encoding", "error", "fixes", "lowConfidence", "path", "skipped", "written"].sort(),
      );
    }
    // Ignored: build/ (by .gitignore), .gitignore and .hidden.txt (hidden).
    expect(report.summary).toMatchObject({ seen: 9, binary: 1, links: 1, ignored: 3, failed: 0 });
    // The --check list moved to stderr, so stdout is only JSON.
    expect(r.stderr).toMatch(/^tree\/moji\.txt$/m);
  });
  it("writes the report to a file inside the tree without walking it", async () => {
    const t = tree({ "a.txt": Buffer.from("fine\n") });
    const first = await runBatchCli([".", "--report", "report.json"], { cwd: t.root });
    expect(first.code).toBe(0);
    const second = await runBatchCli([".", "--report", "report.json"], { cwd: t.root });
    const report = JSON.parse(readFileSync(path.join(t.root, "report.json"), "utf8"));
    expect(second.code).toBe(0);
    expect(report.files.map((f: { path: string }) => f.path)).toEqual(["a.txt", "link.txt"]);
  });
});

describe("batch: --diff", () => {
  const files = { "a.txt": Buffer.from("one\nShe said \u201chi\u201d.\nthree\n") };
  it("prints a plain unified diff when piped, and writes nothing", async () => {
    const t = tree(files);
    const r = await runBatchCli(["tree", "--diff"], { cwd: t.base });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("--- a/tree/a.txt\tutf-8\n+++ b/tree/a.txt\tutf-8\n");
    expect(r.stdout).toContain("-She said \u201chi\u201d.\n+She said \"hi\".\n");
    expect(r.stdout).not.toMatch(/\x1b\[/);
    expect(readFileSync(path.join(t.root, "a.txt"))).toEqual(files["a.txt"]);
  });
  it("colors on a terminal, but not with NO_COLOR", async () => {
    const t = tree(files);
    const tty = await runBatchCli(["tree", "--diff"], { cwd: t.base, stdoutTTY: true });
    expect(tty.stdout).toMatch(/\x1b\[32m\+She said "hi"\./);
    const noColor = await runBatchCli(["tree", "--diff"], { cwd: t.base, stdoutTTY: true, env: { NO_COLOR: "1" } });
    expect(noColor.stdout).not.toMatch(/\x1b\[/);
  });
});

describe("batch: what the walk takes", () => {
  const files = {
    "a.txt": Buffer.from("The cafÃ©\n"),
    "b.srt": Buffer.from("The cafÃ©\n"),
    "logs/x.log": Buffer.from("The cafÃ©\n"),
    "logs/keep.log": Buffer.from("The cafÃ©\n"),
    "logs/.ignore": Buffer.from("*.log\n!keep.log\n"),
    ".config/c.txt": Buffer.from("The cafÃ©\n"),
    ".gitignore": Buffer.from("*.srt\n"),
  };
  const cases: { name: string; args: string[]; listed: string[] }[] = [
    { name: "default: ignore files (nested, with negation), no hidden", args: [], listed: ["a.txt", "link.txt", "logs/keep.log"] },
    { name: "--no-ignore", args: ["--no-ignore"], listed: ["a.txt", "b.srt", "link.txt", "logs/keep.log", "logs/x.log"] },
    {
      name: "--hidden (the ignore files themselves are text files too)",
      args: ["--hidden"],
      listed: [".config/c.txt", ".gitignore", "a.txt", "link.txt", "logs/.ignore", "logs/keep.log"],
    },
    { name: "--include", args: ["--include", "*.log"], listed: ["link.txt", "logs/keep.log"] },
    { name: "--exclude a folder", args: ["--exclude", "logs"], listed: ["a.txt", "link.txt"] },
    { name: "--exclude twice", args: ["--exclude", "a.txt", "--exclude", "**/keep.log"], listed: ["link.txt"] },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const t = tree(files);
      const r = await runBatchCli([".", "--report", "-", ...c.args], { cwd: t.root });
      const report = JSON.parse(r.stdout);
      expect(report.files.map((f: { path: string }) => f.path)).toEqual(c.listed);
    });
  }
  it("reads a linked file with --follow, but --write never writes through it", async () => {
    const t = tree({ "a.txt": Buffer.from("fine\n") });
    const check = await runBatchCli(["tree", "--check", "--follow"], { cwd: t.base });
    expect(check.stdout).toBe(`tree/link.txt\n`);
    const before = readFileSync(t.outsideFile);
    const write = await runBatchCli(["tree", "--write", "--follow"], { cwd: t.base });
    expect(write.code).toBe(0);
    expect(readFileSync(t.outsideFile)).toEqual(before);
    expect(write.stderr).toMatch(/not written through: tree\/link\.txt/);
  });
  it("reports a link loop instead of walking it forever", async () => {
    const t = tree({ "sub/a.txt": Buffer.from("fine\n") });
    symlinkSync("..", path.join(t.root, "sub", "up"));
    const r = await runBatchCli(["tree", "--check", "--follow", "--report", "-"], { cwd: t.base });
    const report = JSON.parse(r.stdout);
    expect(report.files.find((f: { path: string }) => f.path === "tree/sub/up")).toMatchObject({ skipped: "loop" });
  });
  it("skips a FIFO instead of hanging on it", async () => {
    const t = tree({ "a.txt": Buffer.from("fine\n") });
    const { execFileSync } = await import("node:child_process");
    execFileSync("mkfifo", [path.join(t.root, "pipe")]);
    const r = await runBatchCli(["tree", "--check", "--report", "-"], { cwd: t.base });
    const report = JSON.parse(r.stdout);
    expect(report.files.find((f: { path: string }) => f.path === "tree/pipe")).toMatchObject({ skipped: "special" });
  });
});

describe("batch: usage", () => {
  it("a folder without a mode is a usage error naming the modes", async () => {
    const t = tree({ "a.txt": Buffer.from("x\n") });
    const r = await runBatchCli(["tree"], { cwd: t.base });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--write.*--out-dir.*--check.*--diff/);
    expect(r.stdout).toBe("");
  });
  const misuse: { args: string[]; message: RegExp }[] = [
    { args: ["a", "b"], message: /several inputs needs one of --write/ },
    { args: ["a", "--write", "--out-dir", "o"], message: /one of --write/ },
    { args: ["a", "--check", "--write"], message: /--check writes nothing/ },
    { args: ["a", "--backup"], message: /--backup only goes with --write/ },
    { args: ["a", "--write", "--jobs", "0"], message: /--jobs wants/ },
    { args: ["a", "b", "--check", "-o", "x"], message: /-o\/--output is for one input/ },
  ];
  for (const m of misuse) {
    it(`refuses ${m.args.join(" ")}`, async () => {
      const r = await runBatchCli(m.args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(m.message);
    });
  }
});

describe("batch: errors", () => {
  it("names a missing input, exits 2, and still does every other file", async () => {
    const t = tree();
    const r = await runBatchCli(["tree", "missing.txt", "--write"], { cwd: t.base });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/mojifix: missing\.txt: no such file/);
    expect(r.stderr).toMatch(/1 failed/);
    expect(readFileSync(path.join(t.root, "moji.txt"))).toEqual(expectedOutput(TREE_FILES["moji.txt"]!));
  });
  it("a broken link followed with --follow is an error; the rest is done", async () => {
    const t = tree({ "a.txt": Buffer.from("The cafÃ©\n") });
    symlinkSync("nowhere.txt", path.join(t.root, "broken.txt"));
    const r = await runBatchCli(["tree", "--write", "--follow"], { cwd: t.base });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/tree\/broken\.txt: broken link/);
    expect(readFileSync(path.join(t.root, "a.txt"))).toEqual(expectedOutput(Buffer.from("The cafÃ©\n")));
  });
  it.skipIf(process.getuid?.() === 0)("an unreadable file (chmod 000) is an error; the rest is done", async () => {
    const t = tree({ "a.txt": Buffer.from("The cafÃ©\n"), "locked.txt": Buffer.from("secret\n") });
    const { chmodSync } = await import("node:fs");
    chmodSync(path.join(t.root, "locked.txt"), 0);
    const r = await runBatchCli(["tree", "--write"], { cwd: t.base });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/tree\/locked\.txt: permission denied/);
    expect(readFileSync(path.join(t.root, "a.txt"))).toEqual(expectedOutput(Buffer.from("The cafÃ©\n")));
  });
});

describe("batch: permissions", () => {
  it.skipIf(process.getuid?.() === 0)("a read-only file is not replaced: permission error, exit 2, the rest is done", async () => {
    const t = tree({ "a.txt": Buffer.from("The cafÃ©\n"), "ro.txt": Buffer.from("The cafÃ© read-only\n") });
    const { chmodSync } = await import("node:fs");
    chmodSync(path.join(t.root, "ro.txt"), 0o444);
    const r = await runBatchCli(["tree", "--write"], { cwd: t.base });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/tree\/ro\.txt: permission denied/);
    expect(readFileSync(path.join(t.root, "ro.txt"), "utf8")).toBe("The cafÃ© read-only\n");
    expect(readFileSync(path.join(t.root, "a.txt"))).toEqual(expectedOutput(Buffer.from("The cafÃ©\n")));
  });
});

describe("batch: parallel runs", () => {
  it("gives the same output, in the same sorted order, with 1 job and with worker threads", async () => {
    const files: Record<string, Buffer> = {};
    for (let i = 0; i < 60; i++) {
      const text = i % 3 === 0 ? `file ${i}: The cafÃ© “${i}”\n` : i % 3 === 1 ? `file ${i}: fine\n` : `file ${i}: crÃ¨me\n`.repeat(5);
      files[`d${i % 4}/f${String(i).padStart(3, "0")}.txt`] = Buffer.from(text);
    }
    const runs = [];
    for (const jobs of ["1", "2", "3"]) {
      const t = tree(files);
      const r = await runBatchCli(["tree", "--check", "--report", "-", "--jobs", jobs], { cwd: t.base });
      const report = JSON.parse(r.stdout);
      runs.push({ stderrList: r.stderr.split("\n").filter((l) => l.startsWith("tree/")), files: report.files.map((f: object) => ({ ...f })) });
    }
    expect(runs[0]!.files.length).toBe(61);
    expect(runs[1]).toEqual(runs[0]);
    expect(runs[2]).toEqual(runs[0]);
    const paths = runs[0]!.files.map((f: { path: string }) => f.path);
    expect(paths).toEqual([...paths].sort());
  }, 60_000);
});

describe("batch: large binary files", () => {
  it("are skipped from their head, never altered", async () => {
    const big = Buffer.alloc(3 * 1024 * 1024, 0x41);
    PNG_BYTES.copy(big, 0);
    const t = tree({ "big.png": big, "a.txt": Buffer.from("fine\n") });
    const before = statSync(path.join(t.root, "big.png"));
    const r = await runBatchCli(["tree", "--write", "--report", "-"], { cwd: t.base });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).files[1]).toMatchObject({ path: "tree/big.png", skipped: "binary" });
    expect(statSync(path.join(t.root, "big.png")).mtimeMs).toBe(before.mtimeMs);
  });
});

describe("batch: the reader of stdout goes away", () => {
  it("drops further output after EPIPE and still writes every file", async () => {
    const { Writable } = await import("node:stream");
    const { main } = await import("../src/cli/main.js");
    const t = tree({ "a.txt": Buffer.from("The cafÃ© “a”\n"), "b.txt": Buffer.from("The cafÃ© “b”\n"), "c.txt": Buffer.from("The cafÃ© “c”\n") });
    let writes = 0;
    const stdout = new Writable({
      write(_chunk, _encoding, callback) {
        writes++;
        callback(Object.assign(new Error("write EPIPE"), { code: "EPIPE" }));
      },
    });
    stdout.on("error", () => {});
    const stderr = new Writable({ write: (_c, _e, cb) => cb() });
    const io = { stdin: process.stdin, stdout, stderr, env: {}, cwd: t.base };
    const code = await main(["tree", "--write", "--diff", "--jobs", "1"], io);
    expect(code).toBe(0);
    expect(writes).toBe(1);
    for (const name of ["a.txt", "b.txt", "c.txt"]) expect(readFileSync(path.join(t.root, name), "utf8")).not.toContain("Ã");
  });
});

describe("batch: mtime of unchanged files", () => {
  it("does not rewrite a file whose clean form is identical", async () => {
    const t = tree({ "a.txt": Buffer.from("fine\n") });
    const before = statSync(path.join(t.root, "a.txt"));
    await runBatchCli(["tree", "--write"], { cwd: t.base });
    const after = statSync(path.join(t.root, "a.txt"));
    expect(after.mtimeMs).toBe(before.mtimeMs);
    expect(after.ino).toBe(before.ino);
  });
});
