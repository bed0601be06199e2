/**
 * `mojifix explain`: every change in order, with line:column in the input, the fix,
 * the encoding pair and the guess mark; JSON lines; colors only on a terminal;
 * nothing written; and the same steps as the real run.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PassThrough } from "node:stream";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { type ExplainedChange, inputOffsets, lineColumnLocator, undoChanges } from "../src/cli/commands/explain.js";
import type { CliIo } from "../src/cli/io.js";
import { main } from "../src/cli/main.js";
import { applyChanges, explainText, fixText } from "../src/index.js";
import type { Change } from "../src/types.js";
import { runCli } from "./helpers/run-cli.js";
import { scratchDir } from "./helpers/scratch-dir.js";

/** Like runCli, with a chosen environment and a stdout that may claim to be a terminal. */
async function runWith(argv: string[], stdin: string, env: Record<string, string>, isTTY: boolean) {
  const stdout = Object.assign(new PassThrough(), { isTTY });
  const io: CliIo = { stdin: PassThrough.from([Buffer.from(stdin)]) as unknown as CliIo["stdin"], stdout, stderr: new PassThrough(), env, cwd: process.cwd() };
  const out: Buffer[] = [];
  stdout.on("data", (c: Buffer) => out.push(c));
  const code = await main(argv, io);
  return { code, stdout: Buffer.concat(out).toString("utf8") };
}

type JsonChange = ExplainedChange;

function jsonLines(stdout: string): JsonChange[] {
  return stdout.split("\n").filter((l) => l.length > 0).map((l) => JSON.parse(l) as JsonChange);
}

/** UTF-8 text read as GBK, as a browser shows it: "—" before a space loses its last byte. */
const GBK_SAMPLE = iconv.decode(Buffer.from("Kariņš said — “hello” it’s fine.\n", "utf8"), "gbk");
const NORMALIZATION_SAMPLE = "caf&eacute; “x”\nline e\u0301 \x1b[31mred\x1b[0m\ufeff\n";

describe("explain, human output", () => {
  it("lists each normalization with line:column in the input, in the order applied", async () => {
    const r = await runCli(["explain"], NORMALIZATION_SAMPLE);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")).toEqual([
      '1:4  html-entities  "&eacute;" → "é"',
      '2:9  terminal-escapes  "\\u{1B}[31m" → ""',
      '2:17  terminal-escapes  "\\u{1B}[0m" → ""',
      '1:13  curly-quotes  "“" → "\\""',
      '1:15  curly-quotes  "”" → "\\""',
      '2:21  stray-bom  "\\u{FEFF}" → ""',
      '2:6  unicode-normalization  "e\\u{301}" → "\\u{E9}"',
      "<stdin>: 7 changes (html-entities 1, terminal-escapes 2, curly-quotes 2, stray-bom 1, unicode-normalization 1)",
      "",
    ]);
  });
  it("names the encoding pair of a mojibake repair and marks restored lost bytes as guesses", async () => {
    const r = await runCli(["explain", "--keep-quotes"], GBK_SAMPLE);
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe('1:5  mojibake  "艈拧" → "ņš"  (utf-8 read as gbk)');
    expect(lines.filter((l) => l.endsWith("guess")).length).toBeGreaterThanOrEqual(2);
    expect(lines.find((l) => l.includes('→ "—"'))).toMatch(/\(utf-8 read as gbk\)  guess$/);
    expect(r.stdout).not.toContain("curly-quotes");
    expect(lines.at(-2)).toMatch(/^<stdin>: \d+ changes \(mojibake \d+, \d+ guessed\)$/);
  });
  it("says so when there is nothing to change", async () => {
    const r = await runCli(["explain"], "clean text\n");
    expect(r).toMatchObject({ code: 0, stdout: "<stdin>: no changes\n", stderr: "" });
  });
  it.each([
    [{}, true, true],
    [{}, false, false],
    [{ NO_COLOR: "1" }, true, false],
    [{ FORCE_COLOR: "1" }, false, true],
  ])("colors with env %j on a terminal=%s: %s", async (env, isTTY, colored) => {
    const r = await runWith(["explain"], NORMALIZATION_SAMPLE, env, isTTY);
    expect(r.stdout.includes("\x1b[")).toBe(colored);
  });
  it("never colors JSON", async () => {
    const r = await runWith(["explain", "--json"], NORMALIZATION_SAMPLE, { FORCE_COLOR: "1" }, true);
    expect(() => jsonLines(r.stdout)).not.toThrow();
    expect(r.stdout).not.toContain("\x1b[3");
  });
});

describe("explain --json", () => {
  it("prints one object per change with every field", async () => {
    const r = await runCli(["explain", "--json"], GBK_SAMPLE);
    const changes = jsonLines(r.stdout);
    expect(changes[0]).toEqual({
      path: "-", line: 1, column: 5, fix: "mojibake", before: "艈拧", after: "ņš",
      encodingPair: { encoding: "utf-8", readAs: "gbk" }, guess: false,
    });
    expect(changes.some((c) => c.guess && c.after === "—")).toBe(true);
    expect(changes.filter((c) => c.fix === "curly-quotes").length).toBe(3);
    for (const c of changes) expect(Object.keys(c).sort()).toEqual(["after", "before", "column", "encodingPair", "fix", "guess", "line", "path"]);
  });
  it("gives the steps the library gives, in the same order", async () => {
    const r = await runCli(["explain", "--json"], GBK_SAMPLE + NORMALIZATION_SAMPLE);
    const fromCli = jsonLines(r.stdout).map(({ fix, before, after }) => ({ fix, before, after }));
    const fromLibrary = explainText(GBK_SAMPLE + NORMALIZATION_SAMPLE).map(({ fix, before, after }) => ({ fix, before, after }));
    expect(fromCli).toEqual(fromLibrary);
  });
  it("points every first-pass change at its `before` text in the input", async () => {
    const input = "a “b” &amp; c\n\u0093x\u0094 \x00y\n\n  ﬁ e\u0301 &lt;\r\n";
    const r = await runCli(["explain", "--json", "--ligatures"], input);
    const lines = input.split("\n");
    for (const c of jsonLines(r.stdout)) {
      if (c.before === "") continue;
      const line = Array.from(lines[c.line - 1]!);
      expect(line.slice(c.column - 1).join("").startsWith(c.before) || c.fix === "curly-quotes").toBe(true);
    }
  });
});

describe("explain on files", () => {
  it("writes nothing and leaves the files as they were", async () => {
    const dir = scratchDir("explain");
    const file = path.join(dir, "broken.txt");
    writeFileSync(file, GBK_SAMPLE);
    const before = { bytes: readFileSync(file), mtime: statSync(file).mtimeMs, entries: readdirSync(dir) };
    const r = await runCli(["explain", file, "--json"], "", dir);
    expect(r.code).toBe(0);
    expect(jsonLines(r.stdout).every((c) => c.path === file)).toBe(true);
    expect(readFileSync(file)).toEqual(before.bytes);
    expect(statSync(file).mtimeMs).toBe(before.mtime);
    expect(readdirSync(dir)).toEqual(before.entries);
  });
  it("explains each file, names a missing one on stderr, and exits 2", async () => {
    const dir = scratchDir("explain");
    writeFileSync(path.join(dir, "a.txt"), "“a”\n");
    writeFileSync(path.join(dir, "b.txt"), "b &amp; c\n");
    const r = await runCli(["explain", "a.txt", "missing.txt", "b.txt"], "", dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/missing\.txt: no such file/);
    expect(r.stdout).toContain('a.txt:1:1  curly-quotes  "“" → "\\""');
    expect(r.stdout).toContain('b.txt:1:3  html-entities  "&amp;" → "&"');
  });
  it("reports a legacy file's encoding and positions in the decoded text", async () => {
    const dir = scratchDir("explain");
    writeFileSync(path.join(dir, "old.txt"), iconv.encode("Привет, «мир» — это тест.\nвторая строка &amp; ещё\n", "windows-1251"));
    const r = await runCli(["explain", "-e", "windows-1251", "old.txt"], "", dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('old.txt:2:15  html-entities  "&amp;" → "&"');
    expect(r.stdout).toMatch(/old\.txt: 1 change \(html-entities 1\); read as windows-1251/);
  });
  it("takes the fix-selection options and refuses unknown fixes", async () => {
    expect((await runCli(["explain", "--only", "stray-bom"], NORMALIZATION_SAMPLE)).stdout).toBe(
      '2:21  stray-bom  "\\u{FEFF}" → ""\n<stdin>: 1 change (stray-bom 1)\n',
    );
    const bad = await runCli(["explain", "--only", "nope"], "x");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown fix 'nope'; valid fixes: html-entities/);
  });
});

describe("positions through earlier steps", () => {
  /** Apply `edits` (each against the text as the previous ones left it) and report the steps. */
  const step = (fix: string, start: number, before: string, after: string): Change => ({ fix, start, end: start + before.length, before, after });

  it("maps a later pass back through the shifts of earlier ones", () => {
    // "ab&amp;cd&amp;ef" → entities → "ab&cd&ef" → a later fix at "e" (position 6) → "ab&cd&Xf"
    const changes = [step("html-entities", 2, "&amp;", "&"), step("html-entities", 5, "&amp;", "&"), step("x", 6, "e", "X")];
    expect(inputOffsets(changes)).toEqual([2, 9, 14]);
    expect(undoChanges("ab&cd&Xf", changes)).toBe("ab&amp;cd&amp;ef");
  });
  it("maps a position inside an earlier replacement to that replacement's start", () => {
    const changes = [step("mojibake", 1, "鈥渉", "“h"), step("curly-quotes", 1, "“", '"')];
    expect(inputOffsets(changes)).toEqual([1, 1]);
  });
  it("agrees with replaying, on a text where every fix acts", () => {
    const input = GBK_SAMPLE + NORMALIZATION_SAMPLE + "\u0093tail\u0094 ﬁ\n";
    const changes = explainText(input, { fixes: { ligatures: true } });
    expect(applyChanges(input, changes)).toBe(fixText(input, { fixes: { ligatures: true } }));
    expect(undoChanges(applyChanges(input, changes), changes)).toBe(input);
    const offsets = inputOffsets(changes);
    changes.forEach((c, i) => {
      if (c.fix === "html-entities" || c.fix === "mojibake") expect(input.slice(offsets[i]!, offsets[i]! + c.before.length)).toBe(c.before);
    });
  });
  it("counts columns in characters, not UTF-16 units", () => {
    const locate = lineColumnLocator("😀x\n𝄞y😀z");
    expect(locate(2)).toEqual({ line: 1, column: 2 });
    expect(locate(6)).toEqual({ line: 2, column: 2 });
    expect(locate(7)).toEqual({ line: 2, column: 3 });
    expect(locate(9)).toEqual({ line: 2, column: 4 });
  });
});
