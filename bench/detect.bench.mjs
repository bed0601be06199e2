/**
 * Encoding detection on a labelled set cut from real text the model never saw
 * (detect-labelled-set.mjs): the share of files whose decoding with the reported
 * encoding is exactly the original text, per size and per family, for mojifix and
 * side by side for npm chardet, npm jschardet and uchardet (Debian; installed with
 * apt-get when missing, skipped when that fails). Prints tables and writes
 * bench/results/detect.json.
 * Usage: node bench/detect.bench.mjs [--per-cell N] [--only mojifix] [--failures]
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import chardet from "chardet";
import jschardet from "jschardet";
import { canonicalEncoding } from "../dist/decode/encodings.js";
import { sniffBom } from "../dist/detect/bom.js";
import { detectEncoding } from "../dist/detect/index.js";
import { SIZES, decodedRight, labelledSet } from "./detect-labelled-set.mjs";

const args = process.argv.slice(2);
const perCell = Number(args[args.indexOf("--per-cell") + 1]) || 13;
const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : undefined;
const showFailures = args.includes("--failures");

const FAMILIES = {
  western: ["windows-1252", "iso-8859-1", "iso-8859-15", "iso-8859-3", "iso-8859-14", "iso-8859-10"],
  "mac/dos": ["macintosh", "ibm437", "ibm850"],
  "central european": ["windows-1250", "iso-8859-2", "iso-8859-16"],
  baltic: ["windows-1257", "iso-8859-13", "iso-8859-4"],
  cyrillic: ["windows-1251", "koi8-r", "koi8-u", "iso-8859-5", "ibm866"],
  "greek/turkish": ["windows-1253", "iso-8859-7", "windows-1254", "iso-8859-9"],
  "hebrew/arabic": ["windows-1255", "iso-8859-8", "windows-1256", "iso-8859-6"],
  "thai/vietnamese": ["windows-874", "iso-8859-11", "windows-1258"],
  chinese: ["gb2312", "gbk", "gb18030", "big5"],
  "japanese/korean": ["shift_jis", "euc-jp", "iso-2022-jp", "euc-kr"],
  unicode: ["utf-8", "utf-8 BOM", "utf-16le", "utf-16be", "utf-16le BOM", "utf-32be BOM"],
};
const familyOf = (label) => Object.entries(FAMILIES).find(([, labels]) => labels.includes(label))?.[0] ?? "other";

/** Peer names → canonical, and the BOM length to skip when the peer names the BOM's encoding. */
function peerAnswer(file, name) {
  if (!name) return { encoding: undefined, bomLength: 0 };
  const encoding = canonicalEncoding(String(name)) ?? String(name).toLowerCase();
  const bom = sniffBom(file.bytes);
  return { encoding, bomLength: bom && bom.encoding.slice(0, 6) === encoding.slice(0, 6) ? bom.length : 0 };
}

function uchardetAvailable() {
  if (spawnSync("uchardet", ["--version"]).status === 0) return true;
  const install = spawnSync("sh", ["-c", "(apt-get install -y uchardet || (apt-get update && apt-get install -y uchardet)) >/dev/null 2>&1"]);
  return install.status === 0 && spawnSync("uchardet", ["--version"]).status === 0;
}

function uchardetAll(files) {
  const dir = mkdtempSync(path.join(tmpdir(), "mojifix-detect-"));
  try {
    const names = files.map((file, i) => {
      const name = path.join(dir, `${i}.txt`);
      writeFileSync(name, file.bytes);
      return name;
    });
    const answers = [];
    for (let i = 0; i < names.length; i += 200) {
      const out = execFileSync("uchardet", names.slice(i, i + 200), { encoding: "utf8" });
      for (const line of out.trim().split("\n")) answers.push(line.slice(line.lastIndexOf(": ") + 2).trim());
    }
    return answers;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const files = labelledSet({ perCell });
const detectors = {
  mojifix: (file) => {
    const r = detectEncoding(file.bytes);
    return { encoding: r.encoding, bomLength: r.bomLength };
  },
  chardet: (file) => peerAnswer(file, chardet.detect(file.bytes)),
  jschardet: (file) => peerAnswer(file, jschardet.detect(file.bytes).encoding),
};
let uchardetAnswers;
if (!only || only === "uchardet") {
  if (uchardetAvailable()) {
    uchardetAnswers = uchardetAll(files);
    detectors.uchardet = (file, i) => peerAnswer(file, uchardetAnswers[i] === "unknown" ? undefined : uchardetAnswers[i]);
  } else console.log("uchardet: not installed and apt-get failed; skipped");
}

const results = {};
const failures = [];
for (const [name, detect] of Object.entries(detectors)) {
  if (only && name !== only) continue;
  const started = performance.now();
  const cells = {};
  files.forEach((file, i) => {
    const answer = detect(file, i);
    const right = decodedRight(file, answer.encoding, answer.bomLength);
    for (const key of [`size:${file.size}`, `family:${familyOf(file.label)}`, `label:${file.label}`, "all"]) {
      cells[key] ??= { right: 0, total: 0 };
      cells[key].total++;
      if (right) cells[key].right++;
    }
    if (!right && name === "mojifix") failures.push(`${file.label} ${file.language} ${file.size}B → ${answer.encoding}: ${JSON.stringify(file.text.slice(0, 60))}`);
  });
  results[name] = { ms: Math.round(performance.now() - started), cells };
}

const pct = (c) => (c ? ((100 * c.right) / c.total).toFixed(1) : "-");
const names = Object.keys(results);
const row = (cells) => `| ${cells.join(" | ")} |`;
console.log(`\n${files.length} files, ${new Set(files.map((f) => f.label)).size} encodings (udhr test half, never used in training)\n`);
console.log(row(["detector", ...SIZES.map((s) => `~${s} B`), "all", "ms"]));
console.log(row(["---", ...SIZES.map(() => "---:"), "---:", "---:"]));
for (const name of names) console.log(row([name, ...SIZES.map((s) => pct(results[name].cells[`size:${s}`])), pct(results[name].cells.all), results[name].ms]));
console.log(`\n${row(["family", ...names])}`);
console.log(row(["---", ...names.map(() => "---:")]));
for (const family of Object.keys(FAMILIES)) console.log(row([family, ...names.map((n) => pct(results[n].cells[`family:${family}`]))]));
if (showFailures) {
  console.log(`\nmojifix failures (${failures.length}):`);
  for (const f of failures) console.log(`  ${f}`);
  const labels = [...new Set(files.map((f) => f.label))];
  console.log(`\nper encoding (mojifix): ${labels.map((l) => `${l} ${pct(results.mojifix?.cells[`label:${l}`])}`).join(", ")}`);
}
mkdirSync(new URL("./results/", import.meta.url), { recursive: true });
writeFileSync(new URL("./results/detect.json", import.meta.url), `${JSON.stringify({ files: files.length, perCell, results, failures }, null, 1)}\n`);
