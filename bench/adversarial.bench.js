/**
 * Adversarial inputs (issue 8): files built to hurt, each at 1, 2, 4 and 8 MB, run
 * through the CLI as a user would (`node bin/mojifix.js < file > out`). Every run must
 * finish (a per-run time limit marks a hang, reported as "timeout" and the larger
 * sizes not run) and the time must grow linearly: the table shows seconds per size
 * and the ratio time(8 MB) / time(1 MB) — ≈ 8 is linear, ≈ 64 quadratic — with the
 * verdict "linear" or "non-linear" (above LINEAR_RATIO_LIMIT × the size ratio).
 * Results go to bench/results/adversarial.json; `--quick` runs 64–512 KB instead
 * (minutes, not an hour) and writes bench/results/adversarial-quick.json.
 *
 * Usage: `npm run bench -- adversarial` or `node bench/adversarial.bench.js
 * [--quick] [--sizes 1,2,4,8] [--unit MB|KB] [--only name,name] [--limit seconds]`.
 * Example row: `ascii-one-line   0.21 0.33 0.61 1.18   ×5.6  linear`.
 */
import { spawnSync } from "node:child_process";
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from "node:fs";
import os, { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..");
const bin = path.join(root, "bin", "mojifix.js");

/** The commit measured (and whether the tree had changes), for the results file. */
function commitOf() {
  const head = spawnSync("git", ["rev-parse", "--short", "HEAD"], { cwd: root, encoding: "utf8" }).stdout.trim();
  const dirty = spawnSync("git", ["status", "--porcelain", "--", "src"], { cwd: root, encoding: "utf8" }).stdout.trim() !== "";
  return dirty ? `${head} + uncommitted src changes` : head;
}

function argument(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

const QUICK = process.argv.includes("--quick");
const UNIT = argument("unit", QUICK ? "KB" : "MB") === "KB" ? 1024 : 1024 * 1024;
const SIZES = argument("sizes", QUICK ? "64,128,256,512" : "1,2,4,8").split(",").map(Number);
const RESULTS_FILE = QUICK ? "adversarial-quick.json" : "adversarial.json";
/** Seconds before a run counts as a hang (killed, reported as "timeout"). */
const TIME_LIMIT_SECONDS = Number(argument("limit", "300"));
/**
 * time(largest) / time(smallest) above size ratio × this is "non-linear": ×12 for 1 → 8 MB
 * leaves room for noise on a loaded 2-core machine, and quadratic growth gives ×64.
 * Node's start-up (~0.1 s) makes small runs relatively slow, so linear work shows below ×8.
 */
const LINEAR_RATIO_LIMIT = 1.5;

/** Each input: a unit string repeated to the size (one line unless the unit has a newline), or bytes. */
const INPUTS = [
  { name: "ascii-one-line", why: "10 MB on one line", unit: "plain words on one endless line " },
  { name: "A-tilde", why: "only Ã (C3 83)", unit: "Ã" },
  { name: "gbk-quote-lead", why: "only 鈥 (the GBK reading of E2 80)", unit: "鈥" },
  { name: "cjk-ascii-alternating", why: "CJK and ASCII characters alternating", unit: "中a文b字c" },
  { name: "tiny-mojibake-runs", why: "millions of tiny runs", unit: "Ã© " },
  { name: "layered-mojibake", why: "é read as Windows-1252 five times", unit: `${layer("é", 5)} ` },
  { name: "fffd-only", why: "only U+FFFD", unit: "\uFFFD" },
  { name: "combining-marks", why: "only combining marks", unit: "\u0301\u0308\u0327" },
  { name: "byte-80", why: "one byte, 0x80, repeated", bytes: 0x80 },
  { name: "byte-C3", why: "one byte, 0xC3, repeated", bytes: 0xc3 },
  { name: "byte-E2", why: "one byte, 0xE2, repeated", bytes: 0xe2 },
  { name: "byte-a", why: "one byte, 'a', repeated", bytes: 0x61 },
  { name: "mojibake-lines", why: "ordinary mojibake, short lines", unit: "cafÃ© â€œquotedâ€\u009d\n" },
];

/** `text` as UTF-8 read as Windows-1252 (C1 bytes as C1 controls), `times` times. */
function layer(text, times) {
  const cp1252 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";
  let out = text;
  for (let i = 0; i < times; i++) {
    out = Array.from(Buffer.from(out, "utf8"), (b) => (b >= 0x80 && b < 0xa0 ? cp1252[b - 0x80] : String.fromCharCode(b))).join("");
  }
  return out;
}

function writeInput(file, input, bytes) {
  const fd = openSync(file, "w");
  const block = input.bytes !== undefined ? Buffer.alloc(1024 * 1024, input.bytes) : Buffer.from(input.unit.repeat(Math.ceil((1024 * 1024) / Buffer.byteLength(input.unit))), "utf8");
  let written = 0;
  while (written < bytes) written += writeSync(fd, block, 0, Math.min(block.length, bytes - written));
  closeSync(fd);
}

/** One CLI run: seconds, or "timeout" / "exit N". */
function timeRun(file) {
  const start = process.hrtime.bigint();
  const run = spawnSync("bash", ["-c", `${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} < ${JSON.stringify(file)} > /dev/null`], {
    timeout: TIME_LIMIT_SECONDS * 1000,
    encoding: "utf8",
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (run.error?.code === "ETIMEDOUT" || run.signal === "SIGTERM") return { seconds, outcome: "timeout" };
  return { seconds, outcome: run.status === 0 ? "ok" : `exit ${run.status}: ${run.stderr.trim().split("\n")[0]}` };
}

const only = argument("only", "").split(",").filter(Boolean);
const dir = mkdtempSync(path.join(tmpdir(), "mojifix-adversarial-"));
const rows = [];
try {
  const unitName = UNIT === 1024 ? "KB" : "MB";
  console.log(`adversarial inputs through the CLI, seconds at ${SIZES.join(", ")} ${unitName} (limit ${TIME_LIMIT_SECONDS} s per run)`);
  console.log(`${"input".padEnd(24)}${SIZES.map((s) => `${s} ${unitName}`.padStart(9)).join("")}   ratio  verdict`);
  for (const input of INPUTS.filter((i) => only.length === 0 || only.includes(i.name))) {
    const times = [];
    let verdict = "linear";
    for (const size of SIZES) {
      const file = path.join(dir, `${input.name}-${size}`);
      writeInput(file, input, size * UNIT);
      const { seconds, outcome } = timeRun(file);
      rmSync(file);
      times.push(outcome === "ok" ? seconds : null);
      if (outcome !== "ok") {
        verdict = outcome === "timeout" ? `timeout at ${size} ${UNIT === 1024 ? "KB" : "MB"} (over ${TIME_LIMIT_SECONDS} s)` : outcome;
        break; // larger sizes would only take longer
      }
    }
    const first = times[0];
    const last = times[times.length - 1];
    const ratio = times.length === SIZES.length && first && last ? last / first : null;
    const sizeRatio = SIZES[SIZES.length - 1] / SIZES[0];
    if (verdict === "linear" && ratio !== null && ratio > sizeRatio * LINEAR_RATIO_LIMIT) verdict = "non-linear";
    rows.push({ input: input.name, why: input.why, sizes: SIZES, unit: unitName, seconds: times, ratio, verdict });
    const cells = SIZES.map((_, i) => (times[i] === undefined ? "—" : times[i] === null ? "timeout" : times[i].toFixed(2)).padStart(9)).join("");
    console.log(`${input.name.padEnd(24)}${cells}   ${ratio === null ? "  —  " : `×${ratio.toFixed(1)}`.padStart(5)}  ${verdict}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
mkdirSync(path.join(here, "results"), { recursive: true });
const machine = { cpus: os.cpus().length, loadAverageAtEnd: os.loadavg().map((l) => Number(l.toFixed(2))) };
writeFileSync(path.join(here, "results", RESULTS_FILE), `${JSON.stringify({ date: new Date().toISOString(), node: process.version, commit: commitOf(), machine, timeLimitSeconds: TIME_LIMIT_SECONDS, rows }, null, 2)}\n`);
console.log(`written bench/results/${RESULTS_FILE}`);
