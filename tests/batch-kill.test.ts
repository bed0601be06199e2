/**
 * The kill test: `mojifix --write --backup` over a tree, killed with SIGKILL at random
 * moments, several times in a row. After every kill each file must be either its
 * original bytes or its fully repaired bytes (never empty, truncated or mixed), and
 * each backup must be the original. A final run over the last killed tree must finish
 * the job and leave no temp files behind. Runs the built CLI (dist/, via bin/mojifix.js) as a real process.
 */
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const BIN = fileURLToPath(new URL("../bin/mojifix.js", import.meta.url));
const BUILT = existsSync(fileURLToPath(new URL("../dist/cli/main.js", import.meta.url)));
const FILES = 60;
const KILLS = 6;

const base = mkdtempSync(path.join(tmpdir(), "mojifix-kill-"));
afterAll(() => rmSync(base, { recursive: true, force: true }));

function fileName(i: number): string {
  return `part${i % 3}/note-${String(i).padStart(3, "0")}.txt`;
}

function buildPristine(folder: string): void {
  for (let i = 0; i < FILES; i++) {
    const file = path.join(folder, fileName(i));
    mkdirSync(path.dirname(file), { recursive: true });
    const body = `Note ${i}: the cafÃ© is \u201copen\u201d today.\n` + `Plain line ${i} that stays as it is.\n`.repeat(1 + (i % 7) * 20);
    writeFileSync(file, body);
  }
}

function listTemps(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: "utf8" }).filter((name) => /\.mojifix-[0-9a-f]+\.tmp$/.test(name));
}

function runUntilKilled(tree: string, afterMs: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, tree, "--write", "--backup", "--jobs", "2", "--quiet"], { stdio: "ignore" });
    const timer = setTimeout(() => child.kill("SIGKILL"), afterMs);
    child.on("exit", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

describe.skipIf(!BUILT)("batch: killed at random moments", () => {
  it("leaves every file original or fully repaired, and the next run leaves no temp files", async () => {
    const pristine = path.join(base, "pristine");
    buildPristine(pristine);
    // The expected result of each file, from a complete run of the same binary.
    const reference = path.join(base, "reference");
    const started = Date.now();
    const ref = spawnSync(process.execPath, [BIN, pristine, "--out-dir", reference, "--quiet"]);
    expect(ref.status, ref.stderr.toString()).toBe(0);
    const fullRunMs = Date.now() - started;

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
      await runUntilKilled(tree, fullRunMs * ((round + Math.random()) / KILLS));
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
    if (process.env.MOJIFIX_KILL_LOG) console.log(`full run ${fullRunMs} ms; after each kill: ${states.join("; ")}`);
  }, 120_000);
});
