/**
 * The CLI's two-thread stream (src/stream/parallel-repair.ts): blocks that need the
 * repair search go to a worker in turns, and the output is the one-thread output,
 * byte for byte, in order. The worker is the compiled dist/stream/repair-worker.js
 * (`npm test` builds first).
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { workerScript } from "../src/files/worker-pool.js";
import { fixBytes } from "../src/pipeline.js";
import { createFixCore, finishBytes, ParallelRepairSink, pushBytes } from "../src/stream/index.js";
import type { ByteFixOptions } from "../src/types.js";
import { scratchDir } from "./helpers/scratch-dir.js";

const script = workerScript("stream/repair-worker.js");

async function runParallel(input: Buffer, chunkSize: number, options: ByteFixOptions, settings: { script?: URL; startAfterBytes?: number }) {
  const core = createFixCore(options);
  const sink = new ParallelRepairSink(core, options, settings);
  const out: Buffer[] = [];
  try {
    for (let i = 0; i < input.length; i += chunkSize) {
      pushBytes(core, input.subarray(i, i + chunkSize), sink);
      await sink.drain((bytes) => void out.push(bytes), false);
    }
    finishBytes(core, sink);
    await sink.drain((bytes) => void out.push(bytes), true);
  } finally {
    await sink.close();
  }
  return { output: Buffer.concat(out), changed: core.changed, sent: sink.blocksSentToWorker };
}

/** Lines of every kind, clean and broken, many blocks' worth (a block is at most 64 KiB). */
function mixedInput(lines: number): Buffer {
  const kinds = [
    "plain ASCII line with nothing to do",
    "cafÃ© au lait, naÃ¯ve, â€œquotedâ€",
    "Kari艈拧 said 鈥檚 fine",
    "Привет, мир — “curly” too",
    "Ïðèâåò èç Ìîñêâû è äðóãèõ ãîðîäîâ",
    "人人生而自由，在尊严和权利上一律平等。",
  ];
  const out: string[] = [];
  for (let i = 0; i < lines; i++) out.push(`${i}: ${kinds[i % kinds.length]}`);
  return Buffer.from(out.join("\n") + "\n", "utf8");
}

describe.runIf(script !== undefined)("two-thread stream", () => {
  const input = mixedInput(6000);
  const cases: { name: string; options: ByteFixOptions; chunkSize: number }[] = [
    { name: "default fixes, 64 KiB reads", options: {}, chunkSize: 64 * 1024 },
    { name: "repair only, odd 7 KB reads", options: { repairOnly: true }, chunkSize: 7001 },
  ];
  for (const { name, options, chunkSize } of cases) {
    it(`gives the one-thread output, in order: ${name}`, async () => {
      const expected = fixBytes(input, options);
      const parallel = await runParallel(input, chunkSize, options, { script, startAfterBytes: 0 });
      expect(parallel.output.equals(Buffer.from(expected.text, "utf8"))).toBe(true);
      expect(parallel.changed).toBe(true);
      expect(parallel.sent).toBeGreaterThan(0);
    });
  }

  it("clean input stays the same bytes and unchanged", async () => {
    const clean = Buffer.from("Grüße aus Köln\nΚαλημέρα κόσμε\nplain\n".repeat(3000), "utf8");
    const parallel = await runParallel(clean, 32 * 1024, { repairOnly: true }, { script, startAfterBytes: 0 });
    expect(parallel.output.equals(clean)).toBe(true);
    expect(parallel.changed).toBe(false);
  });

  it("a worker that dies leaves its blocks to the main thread: same output", async () => {
    const dir = scratchDir("worker");
    const crashing = path.join(dir, "crashing-worker.mjs");
    writeFileSync(crashing, 'import { parentPort } from "node:worker_threads";\nparentPort.on("message", () => process.exit(3));\n');
    const parallel = await runParallel(input, 64 * 1024, {}, { script: pathToFileURL(crashing), startAfterBytes: 0 });
    expect(parallel.sent).toBeGreaterThan(0);
    expect(parallel.output.equals(Buffer.from(fixBytes(input, {}).text, "utf8"))).toBe(true);
  });

  it("without a worker script, everything runs on the main thread", async () => {
    const parallel = await runParallel(input, 64 * 1024, {}, { script: undefined, startAfterBytes: 0 });
    expect(parallel.sent).toBe(0);
    expect(parallel.output.equals(Buffer.from(fixBytes(input, {}).text, "utf8"))).toBe(true);
  });
});
