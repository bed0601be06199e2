/**
 * Keeps the process's memory near what it really uses. V8 lets its old generation grow
 * to several times the live data when a program allocates fast, as the mojibake search
 * does: one 20 MB multilingual line reached 390 MB resident with ~100 MB live. A full
 * collection whenever resident memory passes a soft limit (checked twice a second)
 * holds it near the live size at no measurable cost (same line: 219 MB, same time).
 * When the live data itself is larger, the limit moves up so collections do not repeat
 * in vain. A repair worker thread does the same with its own heap after each block.
 * `gc` is exposed through V8's flags at run time (by the CLI's entry); where it is not,
 * nothing is done — the library never changes the flags of its caller's process.
 * V8 is also told to grow its heap by at most HEAP_GROWING_PERCENT past the live data.
 * Example: `startHeapGuard()` → a 20 MB line peaks at ~220 MB instead of ~390 MB.
 */
import v8 from "node:v8";
import vm from "node:vm";

/** Resident memory above which a full collection is asked for: near the streaming target (150 MB). */
const RSS_SOFT_LIMIT_BYTES = 160 * 2 ** 20;
const CHECK_EVERY_MS = 500;
/** When a collection leaves live data of more than 1 / LIMIT_HEADROOM of the limit, the limit moves to this many times it. */
const LIMIT_HEADROOM = 2;
/**
 * How far V8 lets the heap grow past the live data before its next full collection, in
 * percent (V8 picks 10% to 300% by allocation rate, and the mojibake search allocates
 * fast, so it took ~300%). Measured through the CLI (one core, 0.7 MB of broken text):
 * default 282 MB peak, 30: 243 MB, 20: 238 MB, at the same CPU time within noise; 2 MB
 * of broken text on two threads 527 → 378 MB. A V8 flag, so it holds for the worker
 * threads too; set by the CLI only.
 */
const HEAP_GROWING_PERCENT = 20;
/** A worker thread's heap above which it collects after a block (its hard limit is set where it starts). */
export const WORKER_HEAP_SOFT_LIMIT_BYTES = 64 * 2 ** 20;

/** V8's full collection, when the process's flags expose it (see startHeapGuard). */
function exposedGc(): (() => void) | undefined {
  try {
    const gc: unknown = vm.runInNewContext("typeof gc === 'function' ? gc : undefined");
    return typeof gc === "function" ? (gc as () => void) : undefined;
  } catch {
    return undefined;
  }
}

/** The CLI's guard: exposes `gc` to this process (and the worker threads it starts later) and collects when resident memory grows. */
export function startHeapGuard(): void {
  try {
    v8.setFlagsFromString("--expose-gc");
    v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  } catch {
    return;
  }
  const collect = exposedGc();
  if (!collect) return;
  let limit = RSS_SOFT_LIMIT_BYTES;
  setInterval(() => {
    if (process.memoryUsage.rss() <= limit) return;
    collect();
    limit = Math.max(limit, process.memoryUsage().heapUsed * LIMIT_HEADROOM);
  }, CHECK_EVERY_MS).unref();
}

let workerGc: (() => void) | undefined | null = null;
let workerLimit = 0;

/** In a worker thread, after a block: a full collection when its heap has grown past the soft limit (and `gc` is exposed). */
export function collectIfHeapAbove(limitBytes: number): void {
  if (workerGc === null) workerGc = exposedGc();
  workerLimit = Math.max(workerLimit, limitBytes);
  if (!workerGc || v8.getHeapStatistics().total_heap_size <= workerLimit) return;
  workerGc();
  workerLimit = Math.max(workerLimit, v8.getHeapStatistics().used_heap_size * LIMIT_HEADROOM);
}
