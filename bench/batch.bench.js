#!/usr/bin/env node
/**
 * Batch throughput: files per second for many small files and for a few large ones,
 * mojifix's batch runner (`mojifix DIR --out-dir OUT`, with 1 job and with every core)
 * against a plain sequential loop over the same library call (read → fixBytes →
 * write). Self-contained: it generates its own corpus in a temp folder (text written
 * here, mostly clean with some mojibake and Latin-1), runs each contender, checks they
 * wrote the same bytes, prints a table and saves JSON to bench/results/batch.json.
 *
 * A third set of 10,000 small clean ASCII files measures the runner itself (walk,
 * threads, atomic writes), since the engine has next to nothing to do on them.
 * Sizes (defaults are the issue's: 10,000 small files, 100 large ones of 1 MB):
 *   BATCH_BENCH_SMALL=2000 BATCH_BENCH_LARGE=20 BATCH_BENCH_LARGE_KB=256 node bench/batch.bench.js
 *   BATCH_BENCH_SETS="small ASCII" node bench/batch.bench.js     (BATCH_BENCH_ASCII sets that set's size)
 * A set the engine would take longer than BATCH_BENCH_BUDGET seconds (default 300) on
 * is cut to a subset, with a note; BATCH_BENCH_FULL=1 runs every file.
 * Needs `npm run build` first (npm run bench does it).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, "..");
const work = mkdtempSync(path.join(tmpdir(), "mojifix-batch-bench-"));

/**
 * A private build of the current sources (dist, bin, package.json), so that the loop
 * and the CLI run the same code even if dist/ is rebuilt while the bench runs.
 */
function privateBuild() {
  const app = path.join(work, "app");
  execFileSync(process.execPath, [path.join(repo, "node_modules", "typescript", "bin", "tsc"), "-p", path.join(repo, "tsconfig.json"), "--outDir", path.join(app, "dist")]);
  mkdirSync(path.join(app, "bin"));
  copyFileSync(path.join(repo, "bin", "mojifix.js"), path.join(app, "bin", "mojifix.js"));
  copyFileSync(path.join(repo, "package.json"), path.join(app, "package.json"));
  symlinkSync(path.join(repo, "node_modules"), path.join(app, "node_modules"));
  return app;
}
const app = privateBuild();
const bin = path.join(app, "bin", "mojifix.js");
const { fixBytes } = await import(path.join(app, "dist", "index.js"));

const SMALL_FILES = Number(process.env.BATCH_BENCH_SMALL ?? 10_000);
const ASCII_FILES = Number(process.env.BATCH_BENCH_ASCII ?? SMALL_FILES);
const LARGE_FILES = Number(process.env.BATCH_BENCH_LARGE ?? 100);
const LARGE_BYTES = Number(process.env.BATCH_BENCH_LARGE_KB ?? 1024) * 1024;
/** BATCH_BENCH_SETS="small ASCII,large" runs only those sets. */
const ONLY_SETS = process.env.BATCH_BENCH_SETS?.split(",");

/** Lines of our own, in the proportions a scraped corpus might have. */
const CLEAN_LINES = [
  "The meeting moved to Thursday, after the budget review.\n",
  "Bring the printed agenda and the notes from last week.\n",
  "Zoë and Łukasz drove to Kraków for the conference.\n",
  "The café on the corner serves crème brûlée on Sundays.\n",
  "Ørsted's report was translated by Søren and Ana-María.\n",
];
const BROKEN_LINES = ["The cafÃ© on the corner serves crÃ¨me brÃ»lÃ©e.\n", "She said \u201chello\u201d and left.\n"];

const ASCII_LINES = ["The meeting moved to Thursday, after the budget review.\n", "Bring the printed agenda and the notes.\n"];

function makeText(bytes, seed, asciiOnly = false) {
  if (asciiOnly) return ASCII_LINES[seed % 2].repeat(Math.ceil(bytes / ASCII_LINES[seed % 2].length));
  let text = "";
  let i = seed;
  while (Buffer.byteLength(text) < bytes) {
    i = (i * 1103515245 + 12345) & 0x7fffffff;
    text += i % 10 === 0 ? BROKEN_LINES[i % BROKEN_LINES.length] : CLEAN_LINES[i % CLEAN_LINES.length];
  }
  return text;
}

function writeCorpus(folder, count, bytes, asciiOnly) {
  for (let n = 0; n < count; n++) {
    const file = path.join(folder, `d${n % 50}`, `f${n}.txt`);
    mkdirSync(path.dirname(file), { recursive: true });
    const text = makeText(bytes, n + 1, asciiOnly);
    // One file in ten is legacy Latin-1 (a CSV export from an old system).
    const data = n % 10 === 3 ? Buffer.from(text.replace(/[^\x00-\xff]/g, "?"), "latin1") : Buffer.from(text);
    writeFileSync(file, data);
  }
}

function listFiles(folder) {
  return readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".txt"))
    .sort();
}

/** The baseline: one thread, one file after another, the same library call. */
function sequentialLoop(input, output) {
  for (const relative of listFiles(input)) {
    const bytes = readFileSync(path.join(input, relative));
    const result = fixBytes(bytes);
    if (result.binary) continue;
    const target = path.join(output, relative);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, result.text);
  }
}

function runCli(input, output, jobs) {
  const r = spawnSync(process.execPath, [bin, input, "--out-dir", output, "--jobs", String(jobs), "--quiet"], { encoding: "utf8" });
  // Exit 2 is fine here: a Latin-1 file the detector cannot decode losslessly is left alone, and counted.
  if (r.status !== 0 && r.status !== 2) throw new Error(`mojifix exited ${r.status}: ${r.stderr}`);
  return r.stderr.split("\n").filter((l) => l.includes(": ")).length;
}

function time(fn) {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

function sameOutputs(a, b) {
  const files = listFiles(a);
  let differ = 0;
  for (const f of files) {
    let other;
    try {
      other = readFileSync(path.join(b, f));
    } catch {
      differ++;
      continue;
    }
    if (!other.equals(readFileSync(path.join(a, f)))) differ++;
  }
  return { files: files.length, differ };
}

/** Seconds a set may take, all contenders together, before it is cut to a subset (BATCH_BENCH_FULL=1 never cuts). */
const SET_BUDGET_SECONDS = Number(process.env.BATCH_BENCH_BUDGET ?? 300);
/** Files timed to estimate a set's cost, each at most ESTIMATE_SLICE_BYTES long. */
const ESTIMATE_FILES = 12;
const ESTIMATE_SLICE_BYTES = 4 * 1024;
/** The loop, the CLI on one job and on all cores: about 2.5 loops' worth of work. */
const CONTENDER_LOOPS = 2.5;

/**
 * While the repair engine is slow, 10,000 mixed files (or 100 × 1 MB) would take hours:
 * estimate from a few files and cut the set to fit the budget, saying so.
 */
function affordableCount(set) {
  if (process.env.BATCH_BENCH_FULL === "1") return set.count;
  // Large files are timed on a slice and scaled by size, so the estimate itself stays cheap.
  const sampleBytes = Math.min(set.bytes, ESTIMATE_SLICE_BYTES);
  const sample = Array.from({ length: ESTIMATE_FILES }, (_, n) => Buffer.from(makeText(sampleBytes, n + 1, set.asciiOnly)));
  fixBytes(sample[0]); // the engine builds its tables on first use
  const start = performance.now();
  for (const bytes of sample) fixBytes(bytes);
  const perFileMs = ((performance.now() - start) / ESTIMATE_FILES) * (set.bytes / sampleBytes);
  const projectedSeconds = (set.count * perFileMs * CONTENDER_LOOPS) / 1000;
  if (projectedSeconds <= SET_BUDGET_SECONDS) return set.count;
  const count = Math.max(2, Math.floor((SET_BUDGET_SECONDS * 1000) / (perFileMs * CONTENDER_LOOPS)));
  console.log(
    `${set.name}: ${perFileMs.toFixed(1)} ms per file → ~${Math.round(projectedSeconds)} s for ${set.count} files; running ${count} (BATCH_BENCH_FULL=1 runs all)`,
  );
  return count;
}

const rows = [];
try {
  const sets = [
    // Clean ASCII costs the engine next to nothing: this set measures the runner itself (walk, threads, I/O).
    { name: "small ASCII", count: ASCII_FILES, bytes: 400, asciiOnly: true },
    { name: "small", count: SMALL_FILES, bytes: 400 },
    { name: "large", count: LARGE_FILES, bytes: LARGE_BYTES },
  ].filter((s) => s.count > 0 && (ONLY_SETS === undefined || ONLY_SETS.includes(s.name)));
  for (const set of sets) {
    set.count = affordableCount(set);
    const input = path.join(work, `${set.name.replace(/ /g, "-")}-in`);
    writeCorpus(input, set.count, set.bytes, set.asciiOnly);
    const totalMB = listFiles(input).reduce((sum, f) => sum + readFileSync(path.join(input, f)).length, 0) / 1e6;
    const loopOut = path.join(work, `${set.name.replace(/ /g, "-")}-loop`);
    const loop = time(() => sequentialLoop(input, loopOut));
    rows.push({ set: set.name, files: set.count, mb: totalMB, contender: "sequential loop (in-process)", ms: loop.ms, failed: 0, differ: 0 });
    for (const jobs of [...new Set([1, availableParallelism()])]) {
      const out = path.join(work, `${set.name.replace(/ /g, "-")}-cli-${jobs}`);
      const cli = time(() => runCli(input, out, jobs));
      const check = sameOutputs(loopOut, out);
      rows.push({ set: set.name, files: set.count, mb: totalMB, contender: `mojifix --out-dir --jobs ${jobs}`, ms: cli.ms, failed: cli.value, differ: check.differ });
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const table = rows.map((r) => ({
  set: `${r.files} ${r.set} (${r.mb.toFixed(1)} MB)`,
  contender: r.contender,
  seconds: (r.ms / 1000).toFixed(2),
  "files/s": Math.round((r.files / r.ms) * 1000),
  "MB/s": ((r.mb / r.ms) * 1000).toFixed(2),
  "files differing from loop": r.differ,
}));
console.log(`batch throughput on ${availableParallelism()} cores (${cpus()[0]?.model ?? "unknown CPU"}), node ${process.version}`);
console.table(table);
mkdirSync(path.join(here, "results"), { recursive: true });
writeFileSync(
  path.join(here, "results", "batch.json"),
  `${JSON.stringify({ date: new Date().toISOString(), cores: availableParallelism(), node: process.version, rows }, null, 2)}\n`,
);
