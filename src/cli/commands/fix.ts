/**
 * The default command. One input (a file, or stdin for none or `-`) is repaired to
 * stdout or `-o FILE` (fix-single.ts); several inputs, directories and the batch
 * modes (--write, --out-dir, --check, --diff, --report) go to the batch runner (fix-batch.ts).
 */
import { promises as fs } from "node:fs";
import type { ByteFixOptions } from "../../types.js";
import { resolvePath } from "../../files/fs-path.js";
import { type CliIo, UsageError } from "../io.js";
import { fsPathOfArgument } from "../raw-argv.js";
import type { BatchSettings } from "../options/batch.js";
import type { StreamSettings } from "../options/stream.js";
import { runBatch } from "./fix-batch.js";
import { runSingle } from "./fix-single.js";

export interface FixRun {
  paths: string[];
  output?: string;
  config: ByteFixOptions;
  /** Settings for many files; used when the run goes to the batch runner. */
  batch?: BatchSettings;
  /** A batch mode was asked for (--write, --out-dir, --check, --diff, --report). */
  batchRequested?: boolean;
  /** Settings of the single-input streaming path (--jsonl, --field, --strict). */
  stream?: StreamSettings;
}

async function isFolder(input: string, io: CliIo): Promise<boolean> {
  if (input === "-") return false;
  const stat = await fs.stat(resolvePath(io.cwd, fsPathOfArgument(input))).catch(() => undefined);
  return Boolean(stat?.isDirectory());
}

export async function runFix(run: FixRun, io: CliIo): Promise<number> {
  const batch = run.batch && (run.batchRequested || run.paths.length > 1 || (run.paths.length === 1 && (await isFolder(run.paths[0]!, io))));
  if (batch && run.stream?.jsonl) throw new UsageError("--jsonl reads one input (a file or stdin) and writes one output");
  return batch ? runBatch(run, io) : runSingle(run, io);
}
