/**
 * The worker thread of a parallel stream (see parallel-repair.ts): it receives the fix
 * options once (workerData), then blocks of valid UTF-8 lines, and answers each with
 * its repaired text, or with nothing when the block stays as it is. Loaded from dist/;
 * it holds no logic of its own.
 */
import { parentPort, workerData } from "node:worker_threads";
import { enabledFixes } from "../repair/registry.js";
import type { FixOptions } from "../types.js";
import { repairUtf8Block } from "./fix-core.js";
import { WORKER_HEAP_SOFT_LIMIT_BYTES, collectIfHeapAbove } from "./heap-guard.js";

export interface RepairRequest {
  id: number;
  bytes: Uint8Array;
}

export interface RepairAnswer {
  id: number;
  /** The repaired text; undefined when the block is unchanged. */
  text?: string;
  error?: string;
}

const options = workerData as FixOptions;
const fixes = enabledFixes(options);

parentPort!.on("message", ({ id, bytes }: RepairRequest) => {
  let answer: RepairAnswer;
  try {
    const repaired = repairUtf8Block(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), fixes, options);
    answer = repaired.changed ? { id, text: repaired.text } : { id };
  } catch (error) {
    answer = { id, error: (error as Error).message };
  }
  parentPort!.postMessage(answer);
  collectIfHeapAbove(WORKER_HEAP_SOFT_LIMIT_BYTES);
});
