/**
 * `npm run bench`: run every bench/*.bench.js and *.bench.mjs, one child process each,
 * in name order. Each bench file is self-contained (reads dist/, prints its tables,
 * writes bench/results/). `node bench/run.js repair` runs only files whose name
 * contains "repair"; arguments after `--` are passed to each bench.
 */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const dash = args.indexOf("--");
const filters = dash < 0 ? args : args.slice(0, dash);
const passThrough = dash < 0 ? [] : args.slice(dash + 1);

const benches = readdirSync(here)
  .filter((name) => /\.bench\.m?js$/.test(name))
  .filter((name) => filters.length === 0 || filters.some((f) => name.includes(f)))
  .sort();

let failed = 0;
for (const name of benches) {
  console.log(`\n=== ${name}`);
  const run = spawnSync(process.execPath, [path.join(here, name), ...passThrough], { stdio: "inherit" });
  if (run.status !== 0) {
    failed++;
    console.log(`=== ${name} exited with ${run.status ?? run.signal}`);
  }
}
process.exit(failed === 0 ? 0 : 1);
