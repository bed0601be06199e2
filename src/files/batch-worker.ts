/**
 * The worker thread of a batch run: it receives the plan once (workerData), then
 * chunks of file tasks, and answers each chunk with its outcomes. Loaded from
 * dist/ (see worker-pool.ts); it holds no logic of its own.
 */
import { parentPort, workerData } from "node:worker_threads";
import { type BatchPlan, type FileTask, processFileSync } from "./process-file.js";

const plan = workerData as BatchPlan;

parentPort!.on("message", (chunk: FileTask[]) => {
  parentPort!.postMessage(chunk.map((task) => processFileSync(task, plan)));
});
