/**
 * A stream's repair on two threads: blocks of lines that need the repair search go,
 * in turns, to a worker thread while the main thread repairs the others, and the
 * output is written in input order. Each block is repaired on its own (every fix is
 * line-local), so the output is byte for byte that of the one-thread stream. Used by
 * the CLI for one input; the worker starts only after a megabyte of such blocks (it
 * must build the engine's tables first) and only on a machine with two cores or more.
 * Example: 50 MB of mojibake lines → blocks 1, 3, 5… on the main thread, 2, 4, 6… on
 * the worker, written 1, 2, 3…
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { workerScript } from "../files/worker-pool.js";
import type { FixOptions } from "../types.js";
import { type FixCoreState, type FixSink, repairUtf8Block } from "./fix-core.js";
import type { RepairAnswer, RepairRequest } from "./repair-worker.js";

/** Bytes of blocks needing the search before a worker is worth starting (it costs ~0.5 s of tables). */
const START_AFTER_BYTES = 1024 * 1024;
/**
 * Blocks handed to the worker and not yet answered, at most. The main thread repairs
 * every other block itself while the worker's answers wait for it to come back to
 * the event loop (after a whole read chunk, ~16 blocks), so the worker needs a queue.
 */
const MAX_IN_FLIGHT = 32;
/** Output held behind a block the worker still has, at most, before the main thread waits for it. */
const MAX_HELD_BYTES = 4 * 1024 * 1024;

/**
 * The worker's young generation, in MB: small, so a second heap adds little to the peak
 * memory (measured: the default lets the two threads peak near twice one).
 */
const WORKER_YOUNG_GENERATION_MB = 6;
/**
 * The worker's old generation, in MB: the engine lives in ~90 MB, and without a bound V8
 * lets a busy heap grow to three times that. Should the bound ever be hit, the worker
 * dies and its blocks are repaired on the main thread.
 */
const WORKER_OLD_GENERATION_MB = 192;

interface Pending {
  bytes: Buffer;
  /** Set when the worker has answered. */
  answered: RepairAnswer | undefined;
  answer: Promise<RepairAnswer>;
}

export class ParallelRepairSink implements FixSink {
  /** Output in input order: bytes ready to write, or a block the worker still holds. */
  private readonly queue: (Buffer | Pending)[] = [];
  private readonly waiting = new Map<number, (answer: RepairAnswer) => void>();
  private worker: Worker | undefined;
  private failed: Error | undefined;
  private searchedBytes = 0;
  private heldBytes = 0;
  private turn = 0;
  private inFlight = 0;
  private nextId = 0;

  private readonly script: URL | undefined;
  private readonly startAfterBytes: number;

  /** `settings` are for tests: the worker script (none: one thread) and when to start it. */
  constructor(
    private readonly core: FixCoreState,
    private readonly options: FixOptions,
    settings: { script?: URL | undefined; startAfterBytes?: number } = {},
  ) {
    this.script = "script" in settings ? settings.script : availableParallelism() >= 2 ? workerScript("stream/repair-worker.js") : undefined;
    this.startAfterBytes = settings.startAfterBytes ?? START_AFTER_BYTES;
  }

  keep(bytes: Buffer): void {
    this.hold(bytes);
  }

  emit(text: string): void {
    this.hold(Buffer.from(text, "utf8"));
  }

  private hold(bytes: Buffer): void {
    this.queue.push(bytes);
    this.heldBytes += bytes.length;
  }

  repairElsewhere(bytes: Buffer): boolean {
    this.searchedBytes += bytes.length;
    if (!this.script || this.failed || this.searchedBytes < this.startAfterBytes || this.inFlight >= MAX_IN_FLIGHT) return false;
    // Turn about: every other block stays on the main thread.
    if (this.turn++ % 2 === 1) return false;
    const worker = (this.worker ??= this.startWorker(this.script));
    const id = this.nextId++;
    this.inFlight++;
    const pending: Pending = { bytes, answered: undefined, answer: Promise.resolve({ id }) };
    pending.answer = new Promise<RepairAnswer>((resolve) =>
      this.waiting.set(id, (answer) => {
        pending.answered = answer;
        resolve(answer);
      }),
    );
    // A copy of just this block, moved (not cloned) to the worker.
    const request: RepairRequest = { id, bytes: new Uint8Array(bytes) };
    worker.postMessage(request, [request.bytes.buffer as ArrayBuffer]);
    this.queue.push(pending);
    this.heldBytes += bytes.length;
    return true;
  }

  private startWorker(script: URL): Worker {
    const worker = new Worker(script, {
      workerData: this.options,
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB, maxOldGenerationSizeMb: WORKER_OLD_GENERATION_MB },
    });
    // An input that ends in an error must not be kept waiting for the thread.
    worker.unref();
    worker.on("message", (answer: RepairAnswer) => {
      this.inFlight--;
      this.waiting.get(answer.id)?.(answer);
      this.waiting.delete(answer.id);
    });
    const fail = (error: Error) => {
      this.failed ??= error;
      for (const [id, resolve] of this.waiting) resolve({ id, error: error.message });
      this.waiting.clear();
    };
    worker.on("error", fail);
    worker.on("exit", (code) => {
      if (this.waiting.size > 0) fail(new Error(`repair thread exited with code ${code}`));
    });
    return worker;
  }

  /**
   * Write what is ready, in order. With `all`, wait for every block; otherwise wait for
   * the worker only when too much output is held behind its oldest block.
   */
  async drain(write: (bytes: Buffer) => Promise<void> | void, all: boolean): Promise<void> {
    while (this.queue.length > 0) {
      const head = this.queue[0]!;
      if (!Buffer.isBuffer(head)) {
        if (!all && head.answered === undefined && this.heldBytes < MAX_HELD_BYTES) return;
        let answer = await head.answer;
        // The thread failed (out of memory, a crash): this block is repaired here, as it
        // would have been without a thread; a repair that fails here too throws here.
        if (answer.error !== undefined) answer = this.repairHere(head.bytes);
        const bytes = answer.text === undefined ? head.bytes : Buffer.from(answer.text, "utf8");
        if (answer.text !== undefined) this.core.changed = true;
        this.heldBytes += bytes.length - head.bytes.length;
        this.queue[0] = bytes;
        continue;
      }
      this.queue.shift();
      this.heldBytes -= head.length;
      await write(head);
    }
  }

  private repairHere(bytes: Buffer): RepairAnswer {
    const repaired = repairUtf8Block(bytes, this.core.fixes, this.options);
    return repaired.changed ? { id: -1, text: repaired.text } : { id: -1 };
  }

  /** Blocks handed to the worker so far (for tests). */
  get blocksSentToWorker(): number {
    return this.nextId;
  }

  /** Stop the worker (after the last drain, or on an error). */
  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = undefined;
  }
}
