/**
 * `npm run fuzz`: the property tests of `npm test` (tests/properties*.test.ts), a
 * million draws each (MOJIFIX_FUZZ_RUNS), with a fresh seed (MOJIFIX_FUZZ_SEED,
 * printed so a failure can be replayed), including the properties `npm test` skips
 * as known bugs. Each property prints a progress line on stderr every 50,000 cases.
 * Takes hours at a million; `node bench/fuzz.js --runs 100000 --seed 42` for less.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function argument(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

const runs = argument("runs", "1000000");
const seed = argument("seed", String(1 + Math.floor(Math.random() * 2 ** 31)));
console.log(`fuzz: ${Number(runs).toLocaleString("en")} runs per property, seed ${seed} (replay: node bench/fuzz.js --runs ${runs} --seed ${seed})`);

const vitest = path.join(root, "node_modules", "vitest", "vitest.mjs");
const run = spawnSync(process.execPath, [vitest, "run", "tests/properties", "--testTimeout=0", "--hookTimeout=0", "--reporter=verbose"], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, MOJIFIX_FUZZ_RUNS: runs, MOJIFIX_FUZZ_SEED: seed },
});
process.exit(run.status ?? 1);
