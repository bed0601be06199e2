/**
 * The kill test: `mojifix --write --backup` over a tree, killed with SIGKILL at random
 * moments, several times in a row. After every kill each file must be either its
 * original bytes or its fully repaired bytes (never empty, truncated or mixed), and
 * each backup must be the original. A final run over the last killed tree must finish
 * the job and leave no temp files behind. Runs the built CLI (dist/, via bin/mojifix.js) as a real process.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { scratchDir } from "./helpers/scratch-dir.js";

const BIN = fileURLToPath(new URL("../bin/mojifix.js", import.meta.url));
const BUILT = existsSync(fileURLToPath(new URL("../dist/cli/main.js", import.meta.url)));
const FILES = 60;
const KILLS = 6;
/** How often the tree is looked at for the run's first write. */
const POLL_MS = 5;

const base = scratchDir("kill");

function fileName(i: number): string {
  return `part${i % 3}/note-${String(i).padStart(3, "0")}.txt`;
}

function buildPristine(folder: string): void {
  for (let i = 0; i < FILES; i++) {
    const file = path.join(folder, fileName(i));
    mkdirSync(path.dirname(file), { recursive: true });
    const body = `Note ${i}: the cafÃ© is \u201copen\u201d today.\n` + `Plain line ${i} that stays as it is.\n`.repeat(1 + (i % 7) * 5);
    writeFileSync(file, body);
  }
}

function listTemps(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: "utf8" }).filter((name) => /\.mojifix-[0-9a-f]+\.tmp$/.test(name));
}

/**
 * Run mojifix with `args`; once `firstWrite` exists (the run has started writing), call
 * `onWriting`. Resolves with the ms from start to first write and to exit.
 */
function runWatched(args: string[], firstWrite: string, onWriting: (child: ChildProcess) => void = () => {}): Promise<{ writingAt: number; endedAt: number }> {
  return new Promise((resolve) => {
    const started = Date.now();
    let writingAt = -1;
    const child = spawn(process.execPath, [BIN, ...args, "--quiet"], { stdio: "ignore" });
    const poll = setInterval(() => {
      if (writingAt < 0 && existsSync(firstWrite)) {
        writingAt = Date.now() - started;
        onWriting(child);
      }
    }, POLL_MS);
    child.on("exit", () => {
      clearInterval(poll);
      resolve({ writingAt: writingAt < 0 ? Date.now() - started : writingAt, endedAt: Date.now() - started });
    });
  });
}

describe.skipIf(!BUILT)("batch: killed at random moments", () => {
  it("leaves every file original or fully repaired, and the next run leaves no temp files", async () => {
    const pristine = path.join(base, "pristine");
    buildPristine(pristine);
    // The expected result of each file, from a complete run of the same binary.
    const reference = path.join(base, "reference");
    const ref = await runWatched([pristine, "--out-dir", reference], path.join(reference, fileName(0)));
    // Workers spend most of a short run starting up; the kills aim at the part that writes.
    const writingMs = Math.max(ref.endedAt - ref.writingAt, 50);

    const tree = path.join(base, "tree");
    const original = new Map<string, Buffer>();
    const repaired = new Map<string, Buffer>();
    for (let i = 0; i < FILES; i++) {
      original.set(fileName(i), readFileSync(path.join(pristine, fileName(i))));
      repaired.set(fileName(i), readFileSync(path.join(reference, fileName(i))));
      expect(repaired.get(fileName(i))).not.toEqual(original.get(fileName(i)));
    }

    const states: string[] = [];
    for (let round = 0; round < KILLS; round++) {
      // Each round starts from the damaged tree and dies at its own moment, spread over the run.
      rmSync(tree, { recursive: true, force: true });
      cpSync(pristine, tree, { recursive: true });
      const killAfter = writingMs * ((round + Math.random()) / KILLS);
      await runWatched([tree, "--write", "--backup", "--jobs", "2"], path.join(tree, `${fileName(0)}.orig`), (child) => {
        setTimeout(() => child.kill("SIGKILL"), killAfter);
      });
      let done = 0;
      for (const [name, before] of original) {
        const now = readFileSync(path.join(tree, name));
        const isOriginal = now.equals(before);
        const isRepaired = now.equals(repaired.get(name)!);
        expect(isOriginal || isRepaired, `${name} after kill ${round + 1}`).toBe(true);
        if (isRepaired) done++;
        const backup = path.join(tree, `${name}.orig`);
        if (existsSync(backup)) expect(readFileSync(backup).equals(before), `${name}.orig`).toBe(true);
        else expect(isOriginal, `${name} rewritten without its backup`).toBe(true);
      }
      states.push(`${done}/${FILES} repaired, ${listTemps(tree).length} temp`);
    }

    const final = spawnSync(process.execPath, [BIN, tree, "--write", "--backup", "--quiet"]);
    expect(final.status, final.stderr.toString()).toBe(0);
    for (const [name] of original) expect(readFileSync(path.join(tree, name)).equals(repaired.get(name)!), name).toBe(true);
    expect(listTemps(tree)).toEqual([]);
    expect(states).toHaveLength(KILLS);
    if (process.env.MOJIFIX_KILL_LOG) console.log(`writing phase ${writingMs} ms of ${ref.endedAt}; after each kill: ${states.join("; ")}`);
  }, 120_000);
});
