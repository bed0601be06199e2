/**
 * One input to one output: a file or stdin, repaired to stdout or to `-o FILE`
 * (written atomically). Nothing reaches the output when the input fails.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import { writeFileAtomic } from "../../files/atomic-write.js";
import { fixBytes } from "../../pipeline.js";
import { type CliIo, EXIT_OK, InputError, UsageError, describeError, readAll, writeTo } from "../io.js";
import type { FixRun } from "./fix.js";

async function readInput(input: string, io: CliIo): Promise<Buffer> {
  if (input === "-") return readAll(io.stdin);
  try {
    return await fs.readFile(path.resolve(io.cwd, input));
  } catch (error) {
    throw new InputError(input, describeError(error));
  }
}

export async function runSingle(run: FixRun, io: CliIo): Promise<number> {
  const paths = run.paths.length === 0 ? ["-"] : run.paths;
  if (paths.length > 1) throw new UsageError("give one input at a time (batch mode comes with --write / --out-dir)");
  const input = paths[0]!;
  const bytes = await readInput(input, io);
  const name = input === "-" ? "<stdin>" : input;
  let result: ReturnType<typeof fixBytes>;
  try {
    result = fixBytes(bytes, run.config);
  } catch (error) {
    throw new InputError(name, describeError(error));
  }
  if (result.binary) throw new InputError(name, "binary file (not text); nothing written");
  const out = Buffer.from(result.text, "utf8");
  if (run.output === undefined || run.output === "-") {
    await writeTo(io.stdout, out);
    return EXIT_OK;
  }
  const target = path.resolve(io.cwd, run.output);
  if (input !== "-" && target === path.resolve(io.cwd, input)) {
    throw new UsageError(`-o ${run.output} is the input file; use --write to fix a file in place`);
  }
  const existing = await fs.stat(target).catch(() => undefined);
  if (existing?.isDirectory()) throw new InputError(run.output, "is a directory");
  try {
    await writeFileAtomic(target, out, existing?.mode);
  } catch (error) {
    throw new InputError(run.output, describeError(error));
  }
  return EXIT_OK;
}
