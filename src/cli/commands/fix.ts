/**
 * The default command. One input (a file, or stdin for none or `-`) is repaired to
 * stdout or `-o FILE` (fix-single.ts); several inputs, directories and the batch
 * modes (--write, --out-dir, --check, --diff) go to the batch runner.
 */
import type { ByteFixOptions } from "../../types.js";
import type { CliIo } from "../io.js";
import { runSingle } from "./fix-single.js";

export interface FixRun {
  paths: string[];
  output?: string;
  config: ByteFixOptions;
}

export async function runFix(run: FixRun, io: CliIo): Promise<number> {
  return runSingle(run, io);
}
