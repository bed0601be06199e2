/**
 * The repair engine on the full corpus (tests/corpus/: udhr held-out text in 56
 * languages, every mojibake family × kind, plus the negatives): prints the tables
 * per family, kind and group, the issue-3 targets as PASS/FAIL, and writes
 * bench/results/repair-corpus.json and bench/results/repair-failures.txt (a few
 * failures per family: input, got, expected).
 * Then the reviewer's way in: the CLI, as `mojifix --repair-only --out-dir OUT IN`
 * on a sample of case files in one process, and `mojifix --keep-quotes FILE` one
 * process per case on a handful.
 * Usage: node bench/repair.bench.js [--size small|full] [--seed N] [--cli-sample N]
 * (run `npm run build` first; `npm run bench` does).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { fixText } from "../dist/index.js";
import { DEFAULT_SEED, SIZES, generateCorpus } from "../tests/corpus/generate.js";
import { HAND_WRITTEN_NEGATIVES } from "../tests/corpus/negatives.js";
import { checkTargets, classify, formatChecks, formatFailures, formatTables, scoreCorpus, tabulate } from "../tests/corpus/score.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const sizeName = option("--size", "full");
const seed = Number(option("--seed", DEFAULT_SEED));
const cliSample = Number(option("--cli-sample", 400));
/** Cases run one process each (slow: ~0.1 s per process). */
const ONE_PROCESS_PER_CASE = 12;

/** What the issue asks: repairs only, no normalization (curly quotes off for older builds). */
const REPAIR_OPTIONS = { repairOnly: true, fixes: { "curly-quotes": false } };

const generateStart = performance.now();
const corpus = generateCorpus({ ...SIZES[sizeName], seed });
corpus.negatives.push(...HAND_WRITTEN_NEGATIVES);
const generateMs = performance.now() - generateStart;

const repairStart = performance.now();
const score = scoreCorpus(corpus, (text) => fixText(text, REPAIR_OPTIONS));
const repairMs = performance.now() - repairStart;
const inputChars = corpus.cases.reduce((s, c) => s + c.input.length, 0) + corpus.negatives.reduce((s, n) => s + n.text.length, 0);

const tables = tabulate(score);
const checks = checkTargets(tables);
console.log(`repair corpus: ${corpus.cases.length} cases, ${corpus.negatives.length} negatives (size ${sizeName}, seed ${seed}); generated in ${(generateMs / 1000).toFixed(1)} s`);
console.log(`fixText: ${(repairMs / 1000).toFixed(1)} s for ${(inputChars / 1e6).toFixed(2)} M chars (${((inputChars / repairMs) * 1000 / 1e6).toFixed(2)} M chars/s)\n`);
console.log(formatTables(tables));
console.log(`\n${formatChecks(checks)}`);

const resultsDir = path.join(here, "results");
mkdirSync(resultsDir, { recursive: true });
writeFileSync(path.join(resultsDir, "repair-failures.txt"), `${formatFailures(score)}\n`);

// ------------------------------------------------------------ the CLI, as the reviewer runs it
const bin = path.join(here, "..", "bin", "mojifix.js");
const work = mkdtempSync(path.join(tmpdir(), "mojifix-repair-bench-"));
const cli = { sampled: 0, sameAsLibrary: 0, exact: 0, negativesChanged: 0, negatives: 0, perProcess: [] };
try {
  const step = Math.max(1, Math.floor(corpus.cases.length / cliSample));
  const sample = corpus.cases.filter((_, i) => i % step === 0).slice(0, cliSample);
  const negativeSample = corpus.negatives.filter((_, i) => i % 4 === 0);
  const inDir = path.join(work, "in");
  const outDir = path.join(work, "out");
  mkdirSync(inDir);
  const fileName = (i, kind) => `${kind}-${String(i).padStart(5, "0")}.txt`;
  sample.forEach((c, i) => writeFileSync(path.join(inDir, fileName(i, "case")), c.input));
  negativeSample.forEach((n, i) => writeFileSync(path.join(inDir, fileName(i, "neg")), n.text));
  const run = spawnSync(process.execPath, [bin, "--repair-only", "--out-dir", outDir, inDir], { encoding: "utf8" });
  const byId = new Map(score.results.map((r) => [r.case.id, r.output]));
  const readOut = (name) => {
    try {
      return readFileSync(path.join(outDir, name), "utf8");
    } catch {
      return undefined;
    }
  };
  sample.forEach((c, i) => {
    const got = readOut(fileName(i, "case"));
    cli.sampled++;
    if (got === byId.get(c.id)) cli.sameAsLibrary++;
    if (got !== undefined && classify(c, got) === "exact") cli.exact++;
  });
  negativeSample.forEach((n, i) => {
    const got = readOut(fileName(i, "neg"));
    cli.negatives++;
    if (got !== n.text) cli.negativesChanged++;
  });
  console.log(`\nCLI \`mojifix --repair-only --out-dir OUT IN\` (exit ${run.status}) on ${cli.sampled} sampled cases: ${cli.exact} exact, ${cli.sameAsLibrary} same output as fixText; ${cli.negativesChanged} of ${cli.negatives} negatives changed`);
  if (run.status !== 0 && run.stderr) console.log(run.stderr.split("\n").slice(0, 5).join("\n"));

  // One process per case, with the flag that exists since the start.
  for (const c of sample.slice(0, ONE_PROCESS_PER_CASE)) {
    const file = path.join(work, "one.txt");
    writeFileSync(file, c.input);
    const one = spawnSync(process.execPath, [bin, "--keep-quotes", file], { encoding: "utf8" });
    cli.perProcess.push({ id: c.id, exit: one.status, outcome: classify(c, one.stdout) });
  }
  const perProcessExact = cli.perProcess.filter((p) => p.outcome === "exact").length;
  console.log(`CLI \`mojifix --keep-quotes FILE\`, one process per case: ${perProcessExact} of ${cli.perProcess.length} exact (${cli.perProcess.filter((p) => p.outcome !== "exact").map((p) => `${p.id}: ${p.outcome}`).join("; ") || "all exact"})`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

writeFileSync(
  path.join(resultsDir, "repair-corpus.json"),
  `${JSON.stringify(
    {
      size: sizeName,
      seed,
      cases: corpus.cases.length,
      negatives: corpus.negatives.length,
      seconds: { generate: +(generateMs / 1000).toFixed(2), fixText: +(repairMs / 1000).toFixed(2) },
      byGroup: tables.byGroup,
      byFamily: tables.byFamily,
      byKind: tables.byKind,
      byVariant: tables.byVariant,
      negatives: tables.negatives,
      targets: checks,
      cli,
    },
    null,
    2,
  )}\n`,
);
console.log(`\nwrote bench/results/repair-corpus.json and bench/results/repair-failures.txt`);
