/**
 * The entry the `mojifix` binary calls. A bare `mojifix` on empty stdin (`mojifix <
 * /dev/null`, an empty stage in a pipeline) answers before the command-line program
 * and the repair pipeline are even loaded, so it costs about Node's own start-up;
 * anything else goes to `main` (main.ts) with stdin intact (its first chunk put back).
 * Example: `mojifix < /dev/null` → exit 0 after ~1.1 × `node -e ''`.
 */
import { fstatSync } from "node:fs";
import { Readable } from "node:stream";
import { startHeapGuard } from "../stream/heap-guard.js";
import { type CliIo, EXIT_ERROR, EXIT_OK, processIo } from "./io.js";

/** `stream` with `first` (already read through `rest`) put back in front. */
function withFirstChunk(first: unknown, rest: AsyncIterator<unknown>): Readable {
  return Readable.from(
    (async function* () {
      yield first;
      for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
    })(),
    { objectMode: false },
  );
}

/** The size of stdin when it is a regular file (`mojifix < file`), else undefined. */
function stdinFileSize(): number | undefined {
  try {
    const stat = fstatSync(0);
    return stat.isFile() ? stat.size : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A reader that went away (`mojifix --help | head -1`: EPIPE) is not an error; others
 * (a full disk behind `> file`) are reported once: by the command when it saw the
 * failure (it exits non-zero), else here, after it returned — or when they come later.
 */
function watchOutputErrors(io: CliIo): { settle(code: number): number } {
  let failure: NodeJS.ErrnoException | undefined;
  let settled = false;
  const report = (error: NodeJS.ErrnoException) => io.stderr.write(`mojifix: <stdout>: ${error.message}\n`);
  io.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") return;
    if (!settled) failure ??= error;
    else {
      report(error);
      process.exitCode = EXIT_ERROR;
    }
  });
  return {
    settle(code) {
      settled = true;
      if (failure === undefined || code !== EXIT_OK) return code;
      report(failure);
      return EXIT_ERROR;
    },
  };
}

export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const output = watchOutputErrors(io);
  if (argv.length === 0 && io.stdin === process.stdin && stdinFileSize() !== undefined) {
    // A regular file on stdin: its size answers without reading (and nothing is wrapped).
    if (stdinFileSize() === 0) return output.settle(EXIT_OK);
  } else if (argv.length === 0) {
    const chunks = io.stdin[Symbol.asyncIterator]();
    const first = await chunks.next();
    if (first.done) return output.settle(EXIT_OK);
    io = { ...io, stdin: withFirstChunk(first.value, chunks) };
  }
  startHeapGuard();
  const program = await import("./main.js");
  return output.settle(await program.main(argv, io));
}
