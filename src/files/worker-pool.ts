/**
 * Runs file tasks on `jobs` worker threads (or in-process), handing each worker
 * small chunks so that one slow large file does not hold up the rest, and reports
 * every outcome as it comes. Order is the caller's business (outcomes carry their index).
 * The worker script is the compiled `dist/files/batch-worker.js`: beside this file
 * when running from dist/, or found from src/ (as under vitest) after `npm run build`;
 * without it, or when threads would cost more than they save, files run in-process.
 * Example: 10,000 tasks, jobs 2 → 2 workers, chunks of 32, at most 2 chunks in flight each;
 * 10 tasks → in-process.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { setImmediate as nextTurn } from "node:timers/promises";
import { type BatchPlan, type FileOutcome, type FileTask, processFileSync } from "./process-file.js";

/**
 * Below this many files per worker a thread costs more than it saves: each one starts
 * in ~50 ms, then builds the engine's tables again on its first non-ASCII text
 * (~0.7 s on this machine, paid by the threads in parallel, as the main thread would).
 */
export const MIN_FILES_PER_WORKER = 8;
/** Largest chunk sent to a worker: one message per 32 files keeps the messaging cost negligible. */
const MAX_CHUNK = 32;
/** Chunks per worker in the pipeline, so a worker never waits for the main thread. */
const CHUNKS_IN_FLIGHT = 2;
/** Aim for at least this many chunks per worker, so the work evens out at the end. */
const CHUNKS_PER_WORKER_TARGET = 8;

/** A compiled worker script by its path under dist/ ("files/batch-worker.js"), or undefined when there is none (no build yet). */
export function workerScript(distPath = "files/batch-worker.js"): URL | undefined {
  for (const candidate of [`../${distPath}`, `../../dist/${distPath}`]) {
    const url = new URL(candidate, import.meta.url);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return undefined;
}

/** How many threads to use for `files` files when `jobs` were asked for (0 = in-process). */
export function threadCount(jobs: number, files: number): number {
  const useful = Math.min(jobs, Math.floor(files / MIN_FILES_PER_WORKER));
  // One worker thread is no faster than the main thread doing the work itself.
  return useful >= 2 ? useful : 0;
}

/** In-process, let timers (the progress bar) and output run after every few files. */
const IN_PROCESS_FILES_PER_TURN = 16;

async function runInProcess(tasks: readonly FileTask[], plan: BatchPlan, onOutcome: (o: FileOutcome) => void): Promise<void> {
  for (let i = 0; i < tasks.length; i++) {
    onOutcome(processFileSync(tasks[i]!, plan));
    if (i % IN_PROCESS_FILES_PER_TURN === IN_PROCESS_FILES_PER_TURN - 1) await nextTurn();
  }
}

function runOnWorkers(
  script: URL,
  threads: number,
  tasks: readonly FileTask[],
  plan: BatchPlan,
  onOutcome: (o: FileOutcome) => void,
): Promise<void> {
  const chunkSize = Math.max(1, Math.min(MAX_CHUNK, Math.floor(tasks.length / (threads * CHUNKS_PER_WORKER_TARGET))));
  let next = 0;
  let pending = tasks.length;
  let alive = threads;
  return new Promise<void>((resolve) => {
    const report = (outcome: FileOutcome) => {
      onOutcome(outcome);
      if (--pending === 0) resolve();
    };
    for (let i = 0; i < threads; i++) {
      const worker = new Worker(script, { workerData: plan });
      // Chunks sent and not yet answered, oldest first (a worker answers in order).
      const inFlight: FileTask[][] = [];
      let dead = false;
      let answered = false;
      const feed = () => {
        if (next >= tasks.length) {
          if (inFlight.length === 0) void worker.terminate();
          return;
        }
        const chunk = tasks.slice(next, next + chunkSize);
        next += chunk.length;
        inFlight.push(chunk);
        worker.postMessage(chunk);
      };
      // A worker that dies after it has worked (a crash, out of memory) fails only the files it
      // held; one that never answered could not start (e.g. dist/ half rebuilt): its files run here.
      const die = (reason: string) => {
        if (dead) return;
        dead = true;
        alive--;
        const held = inFlight.splice(0).flat();
        if (!answered) void runInProcess(held, plan, report);
        else for (const task of held) report({ index: task.index, display: task.display, changed: false, fixes: {}, error: `worker thread failed: ${reason}` });
        if (alive === 0 && next < tasks.length) {
          const rest = tasks.slice(next);
          next = tasks.length;
          void runInProcess(rest, plan, report);
        }
      };
      worker.on("message", (outcomes: FileOutcome[]) => {
        answered = true;
        inFlight.shift();
        feed();
        for (const outcome of outcomes) report(outcome);
      });
      worker.on("error", (error) => die(error.message));
      worker.on("exit", (code) => {
        if (inFlight.length > 0) die(`exit code ${code}`);
      });
      for (let k = 0; k < CHUNKS_IN_FLIGHT; k++) feed();
    }
  });
}

/** Process every task; `onOutcome` is called once per task, in completion order. */
export async function runTasks(tasks: readonly FileTask[], plan: BatchPlan, jobs: number, onOutcome: (o: FileOutcome) => void): Promise<void> {
  const threads = threadCount(jobs, tasks.length);
  const script = threads > 0 ? workerScript() : undefined;
  if (!script) return runInProcess(tasks, plan, onOutcome);
  return runOnWorkers(script, threads, tasks, plan, onOutcome);
}
