/**
 * The library as a user gets it: the package is packed, installed by name into a
 * scratch project, and imported as `mojifix` — types included. Each public function
 * is called on the same inputs as the installed CLI, and they must agree.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import iconv from "iconv-lite";
import { beforeAll, describe, expect, it } from "vitest";
import { scratchDir } from "./helpers/scratch-dir.js";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** `npm test` builds before the tests run; build here only when dist/ is older than src/. */
function ensureBuilt(): void {
  let built = 0;
  try {
    built = newestMtime(path.join(repo, "dist"));
  } catch {
    built = 0;
  }
  if (newestMtime(path.join(repo, "src")) > built) execFileSync("npm", ["run", "build", "--silent"], { cwd: repo, stdio: "pipe" });
}

const INPUTS: Record<string, Buffer> = {
  "gbk-mojibake.txt": Buffer.from(iconv.decode(Buffer.from("Kariņš said — “hello” it’s fine.\n", "utf8"), "gbk"), "utf8"),
  "latin1-mojibake.txt": Buffer.from("The cafÃ© serves crÃ¨me brÃ»lÃ©e.\r\n", "utf8"),
  "windows-1251.txt": iconv.encode("Привет, мир! Это обычный русский текст, сохранённый в старой кодировке.\n", "windows-1251"),
  "normalizations.txt": Buffer.from("caf&eacute; “x” \x1b[31mred\x1b[0m e\u0301 ﬁ\ufeff\n", "utf8"),
  "clean.txt": Buffer.from("Déjà vu — 東京 — Ελληνικά\n", "utf8"),
};

/** [CLI flags, the same choice as library options] */
const OPTION_SETS: [string[], object][] = [
  [[], {}],
  [["--keep-quotes"], { fixes: { "curly-quotes": false } }],
  [["--repair-only"], { repairOnly: true }],
  [["--only", "html-entities,unicode-normalization", "--normalize", "NFKC"], { only: ["html-entities", "unicode-normalization"], normalize: "NFKC" }],
];

/** Runs in the scratch project: imports the package by name and prints what each function returns. */
const USER_SCRIPT = `
import { readFileSync } from "node:fs";
import { Readable } from "node:stream";
import * as mojifix from "mojifix";
import { fixText, fixBytes, detectEncoding, explainText } from "mojifix";

const [inputs, optionSets] = JSON.parse(readFileSync("cases.json", "utf8"));
const results = {};
for (const name of inputs) {
  const bytes = readFileSync(name);
  const detected = detectEncoding(bytes);
  results[name] = {
    detected: { encoding: detected.encoding, confidence: detected.confidence, candidates: detected.candidates },
    runs: [],
  };
  for (const options of optionSets) {
    const fixed = fixBytes(bytes, options);
    const text = bytes.toString("utf8");
    const run = { fixBytes: { text: fixed.text, encoding: fixed.encoding, changes: fixed.changes } };
    if (fixed.encoding === "utf-8" || fixed.encoding === "ascii") {
      run.fixText = fixText(text, options);
      run.explainText = explainText(text, options);
    }
    if (typeof mojifix.createFixStream === "function") {
      const chunks = [];
      const stream = Readable.from([bytes]).pipe(mojifix.createFixStream(options));
      for await (const chunk of stream) chunks.push(Buffer.from(chunk));
      run.createFixStream = Buffer.concat(chunks).toString("utf8");
    }
    results[name].runs.push(run);
  }
}
process.stdout.write(JSON.stringify({ exports: Object.keys(mojifix).sort(), results }));
`;

/** Type-checked against the package's own declarations, as a TypeScript user would. */
const USER_TYPES = `
import { fixText, fixBytes, detectEncoding, explainText, type Change, type FixOptions } from "mojifix";
const options: FixOptions = { repairOnly: true, normalize: "NFKC", eol: "lf", only: ["mojibake"] };
const text: string = fixText("cafÃ©", options);
const bytes = fixBytes(new Uint8Array([0x63, 0x61, 0x66, 0xe9]), { encoding: "windows-1252" });
const encoding: string = bytes.encoding;
const confidence: number = detectEncoding(new Uint8Array([0x61])).confidence;
const changes: Change[] = explainText(text);
const first: string | undefined = changes[0]?.fix;
export { encoding, confidence, first };
`;

interface Run {
  fixBytes: { text: string; encoding: string; changes: unknown[] };
  fixText?: string;
  explainText?: { fix: string; before: string; after: string }[];
  createFixStream?: string;
}

let scratch = "";
let fromLibrary: { exports: string[]; results: Record<string, { detected: { encoding: string; confidence: number; candidates: unknown[] }; runs: Run[] }> };

function cli(args: string[]): string {
  return execFileSync(process.execPath, [path.join(scratch, "node_modules", "mojifix", "bin", "mojifix.js"), ...args], {
    cwd: scratch,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
}

beforeAll(() => {
  ensureBuilt();
  const work = scratchDir("api");
  execFileSync("npm", ["pack", "--ignore-scripts", "--silent", "--pack-destination", work], { cwd: repo, stdio: "pipe" });
  const tarball = readdirSync(work).find((f) => f.endsWith(".tgz"))!;
  scratch = path.join(work, "user-project");
  mkdirSync(scratch);
  writeFileSync(path.join(scratch, "package.json"), JSON.stringify({ name: "user-project", private: true, type: "module" }));
  const install = ["install", "--no-audit", "--no-fund", "--ignore-scripts", "--silent", path.join(work, tarball)];
  try {
    execFileSync("npm", [...install, "--offline"], { cwd: scratch, stdio: "pipe" });
  } catch {
    execFileSync("npm", [...install, "--prefer-offline"], { cwd: scratch, stdio: "pipe" });
  }
  for (const [name, bytes] of Object.entries(INPUTS)) writeFileSync(path.join(scratch, name), bytes);
  writeFileSync(path.join(scratch, "cases.json"), JSON.stringify([Object.keys(INPUTS), OPTION_SETS.map(([, o]) => o)]));
  writeFileSync(path.join(scratch, "use.mjs"), USER_SCRIPT);
  fromLibrary = JSON.parse(execFileSync(process.execPath, ["use.mjs"], { cwd: scratch, encoding: "utf8" }));
}, 180_000);

describe("the installed package", () => {
  it("exports the documented functions from its root", () => {
    for (const name of ["fixText", "fixBytes", "detectEncoding", "explainText"]) expect(fromLibrary.exports).toContain(name);
  });

  it("gives TypeScript users its types through package.json exports", () => {
    writeFileSync(path.join(scratch, "use.ts"), USER_TYPES);
    const tsc = path.join(repo, "node_modules", "typescript", "bin", "tsc");
    const args = ["--noEmit", "--strict", "--module", "nodenext", "--moduleResolution", "nodenext", "--target", "es2022", "--skipLibCheck"];
    execFileSync(process.execPath, [tsc, ...args, "--typeRoots", path.join(repo, "node_modules", "@types"), "--types", "node", "use.ts"], { cwd: scratch, stdio: "pipe" });
  }, 60_000);

  /** One CLI run per option set: every input repaired into an out dir, and explained, by the installed bin. */
  describe.each(OPTION_SETS.map(([flags], i) => [flags.join(" ") || "(defaults)", i] as const))("with %s", (_, i) => {
    const [flags] = OPTION_SETS[i]!;
    const names = Object.keys(INPUTS);
    let repaired: Record<string, string> = {};
    let explained: Record<string, { fix: string; before: string; after: string }[]> = {};
    beforeAll(() => {
      const outDir = path.join(scratch, `out-${i}`);
      cli([...flags, "--quiet", "--out-dir", outDir, ...names]);
      repaired = Object.fromEntries(names.map((name) => [name, readFileSync(path.join(outDir, name), "utf8")]));
      explained = Object.fromEntries(names.map((name) => [name, []]));
      for (const line of cli(["explain", "--json", ...flags, ...names]).split("\n").filter(Boolean)) {
        const { path: from, fix, before, after } = JSON.parse(line) as { path: string; fix: string; before: string; after: string };
        explained[from]!.push({ fix, before, after });
      }
    }, 60_000);
    it.each(names)("fixBytes, fixText and createFixStream give the CLI's output on %s", (name) => {
      const run = fromLibrary.results[name]!.runs[i]!;
      expect(run.fixBytes.text).toBe(repaired[name]);
      if (run.fixText !== undefined) expect(run.fixText).toBe(repaired[name]);
      if (run.createFixStream !== undefined) expect(run.createFixStream).toBe(repaired[name]);
    });
    it.each(names)("explainText and fixBytes' changes are the steps explain prints on %s", (name) => {
      const run = fromLibrary.results[name]!.runs[i]!;
      const steps = (run.explainText ?? (run.fixBytes.changes as { fix: string; before: string; after: string }[])).map(
        ({ fix, before, after }) => ({ fix, before, after }),
      );
      expect(explained[name]).toEqual(steps);
    });
  });

  it("gives the single-input CLI's stdout the library's text", () => {
    const name = "gbk-mojibake.txt";
    expect(cli([name])).toBe(fromLibrary.results[name]!.runs[0]!.fixBytes.text);
  });

  it.each(Object.keys(INPUTS))("detects the encoding the repair used on %s", (name) => {
    const { detected, runs } = fromLibrary.results[name]!;
    expect(detected.encoding).toBe(runs[0]!.fixBytes.encoding);
    expect(detected.confidence).toBeGreaterThan(0);
    expect(Array.isArray(detected.candidates)).toBe(true);
  });

  it("repairs what it should through the package", () => {
    expect(fromLibrary.results["gbk-mojibake.txt"]!.runs[0]!.fixBytes.text).toBe("Kariņš said — \"hello\" it's fine.\n");
    expect(fromLibrary.results["windows-1251.txt"]!.runs[0]!.fixBytes.encoding).toBe("windows-1251");
    expect(fromLibrary.results["clean.txt"]!.runs[0]!.fixBytes.changes).toEqual([]);
  });
});
