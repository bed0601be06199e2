import { PassThrough } from "node:stream";
import { main } from "../../src/cli/main.js";
import type { CliIo } from "../../src/cli/io.js";

/** Run the CLI in-process with `stdin` as input; collect stdout and stderr. */
export async function runCli(argv: string[], stdin: string | Buffer = "", cwd = process.cwd()) {
  const io: CliIo = {
    stdin: PassThrough.from([Buffer.from(stdin)]) as unknown as CliIo["stdin"],
    stdout: new PassThrough(),
    stderr: new PassThrough(),
    env: {},
    cwd,
  };
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  io.stdout.on("data", (c: Buffer) => out.push(c));
  io.stderr.on("data", (c: Buffer) => err.push(c));
  const code = await main(argv, io);
  return { code, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") };
}

