/**
 * One input to one output, streamed in constant memory: a file or stdin, repaired to
 * stdout or to `-o FILE` (a temporary file renamed over FILE at the end, so a failed
 * run leaves FILE as it was). The repair pipeline is loaded only once the first bytes
 * arrive, so `mojifix < /dev/null` costs little more than Node's own start-up. Binary
 * input is refused before anything is written; on stdout, a failure after output began
 * (a read error) leaves what was written. A reader that goes away (`mojifix big.txt |
 * head -1`, EPIPE) ends the run quietly with status 0. `--jsonl` streams JSON Lines the
 * same way (src/stream/jsonl-stream.ts). With a file input, stdout or stderr on a
 * terminal shows a progress bar by bytes (not with --quiet). A regular file that
 * changes while it is read (src/files/read-guard.ts) is an error and nothing is written:
 * `-o` is left as it was, and on stdout the output of a file up to
 * HOLD_STDOUT_MAX_BYTES is held until the whole file was read unchanged.
 */
import { createReadStream, promises as fs, fstat, type Stats } from "node:fs";
import { promisify } from "node:util";
import type { Readable, Writable } from "node:stream";
import { tempPathFor } from "../../files/atomic-write.js";
import { displayPath, type FsPath, pathKey, resolvePath } from "../../files/fs-path.js";
import { assertSameVersion, FileChangedWhileReadingError, type FileVersion, readGuardTestHook, versionOf } from "../../files/read-guard.js";
import { type CliIo, EXIT_OK, InputError, UsageError, describeError } from "../io.js";
import type { Progress } from "../output/progress.js";
import { fsPathOfArgument } from "../raw-argv.js";
import type { FixRun } from "./fix.js";

/** Bytes per read from a file: large reads keep the per-chunk cost small next to the copy. */
const FILE_READ_CHUNK_BYTES = 1024 * 1024;
/**
 * On stdout, the output of a regular file up to this size is held until the file was
 * read to the end unchanged, so a file that changes under us prints nothing. 16 MiB
 * of text takes seconds to repair, and holding it costs little next to the engine's
 * own memory; a larger file streams (constant memory), and if it changes, the error
 * says the output already printed is incomplete.
 */
const HOLD_STDOUT_MAX_BYTES = 16 * 1024 * 1024;
/** The progress bar counts mebibytes. */
const PROGRESS_UNIT_BYTES = 1024 * 1024;

/** Where the output goes: written in order, then closed (or abandoned on failure). */
interface OutputWriter {
  /** stdout (or another stream we do not own): what is written there cannot be taken back. */
  isStream: boolean;
  write(bytes: Buffer): Promise<void>;
  close(): Promise<void>;
  abandon(): Promise<void>;
}

/** The reader of the output went away (EPIPE): not an error of ours. */
class ReaderGoneError extends Error {}

function isReaderGone(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException)?.code;
  return code === "EPIPE" || code === "ERR_STREAM_DESTROYED";
}

/** Writes to a stream we do not own (stdout): waits for drain, never ends it. */
function streamWriter(stream: Writable): OutputWriter {
  let failure: unknown;
  // Kept for the whole run: an EPIPE reported after our last write must not crash the process.
  stream.on("error", (error) => {
    failure ??= error;
  });
  const check = () => {
    if (failure !== undefined) throw isReaderGone(failure) ? new ReaderGoneError() : new InputError("<stdout>", describeError(failure));
  };
  return {
    isStream: true,
    async write(bytes) {
      check();
      if (stream.write(bytes)) return;
      await new Promise<void>((resolve) => {
        const done = () => {
          stream.off("drain", done);
          stream.off("error", done);
          stream.off("close", done);
          resolve();
        };
        stream.on("drain", done);
        stream.on("error", done);
        stream.on("close", done);
      });
      check();
    },
    async close() {
      check();
    },
    async abandon() {},
  };
}

/** Writes to a temporary file beside `target`; close() flushes it to disk and renames it over `target`. */
async function atomicFileWriter(target: FsPath, shownName: string, mode: number | undefined): Promise<OutputWriter> {
  const temp = tempPathFor(target);
  const handle = await fs.open(temp, "wx", mode ?? 0o666);
  let open = true;
  const closeHandle = async () => {
    if (!open) return;
    open = false;
    await handle.close();
  };
  return {
    isStream: false,
    async write(bytes) {
      try {
        let offset = 0;
        while (offset < bytes.length) offset += (await handle.write(bytes, offset)).bytesWritten;
      } catch (error) {
        throw new InputError(shownName, describeError(error));
      }
    },
    async close() {
      try {
        if (mode !== undefined) await handle.chmod(mode);
        await handle.sync();
        await closeHandle();
        await fs.rename(temp, target);
      } catch (error) {
        await closeHandle().catch(() => {});
        await fs.rm(temp, { force: true });
        throw error;
      }
    },
    async abandon() {
      await closeHandle().catch(() => {});
      await fs.rm(temp, { force: true });
    },
  };
}

interface OpenedInput {
  source: Readable;
  /** Size in bytes for a regular file (progress), else undefined. */
  size: number | undefined;
  /**
   * For a regular file: its version when opened, how to fstat it again on the same
   * descriptor, and whether it is read from its first byte (stdin may start further on).
   */
  guard?: { before: FileVersion; now(): Promise<FileVersion>; fromStart: boolean };
  close(): void;
}

const fstatAsync = promisify(fstat) as (fd: number) => Promise<Stats>;

async function openInput(input: string, io: CliIo): Promise<OpenedInput> {
  const shown = displayPath(fsPathOfArgument(input));
  if (input === "-") {
    // stdin redirected from a file (`mojifix < big.txt`): read it in large chunks, with a size for progress.
    const stat = io.stdin === process.stdin ? await fs.stat("/dev/stdin").catch(() => undefined) : undefined;
    const before = stat?.isFile() ? await fstatAsync(0).catch(() => undefined) : undefined;
    if (before?.isFile()) {
      const source = createReadStream("", { fd: 0, autoClose: false, highWaterMark: FILE_READ_CHUNK_BYTES });
      const guard = { before: versionOf(before), now: async () => versionOf(await fstatAsync(0)), fromStart: false };
      return { source, size: before.size, guard, close: () => source.destroy() };
    }
    return { source: io.stdin, size: undefined, close: () => {} };
  }
  try {
    const handle = await fs.open(resolvePath(io.cwd, fsPathOfArgument(input)), "r");
    const stat = await handle.stat();
    if (stat.isDirectory()) {
      await handle.close();
      throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
    }
    // The descriptor stays open after the last read: the closing fstat must see the same file.
    const source = handle.createReadStream({ highWaterMark: FILE_READ_CHUNK_BYTES, autoClose: false });
    const guard = stat.isFile() ? { before: versionOf(stat), now: async () => versionOf(await handle.stat()), fromStart: true } : undefined;
    const close = () => {
      source.destroy();
      handle.close().catch(() => {});
    };
    return { source, size: stat.isFile() ? stat.size : undefined, guard, close };
  } catch (error) {
    throw new InputError(shown, describeError(error));
  }
}

async function openOutput(run: FixRun, io: CliIo): Promise<OutputWriter> {
  if (run.output === undefined || run.output === "-") return streamWriter(io.stdout);
  const target = resolvePath(io.cwd, fsPathOfArgument(run.output));
  const shown = displayPath(fsPathOfArgument(run.output));
  const existing = await fs.stat(target).catch(() => undefined);
  if (existing?.isDirectory()) throw new InputError(shown, "is a directory");
  try {
    return await atomicFileWriter(target, shown, existing?.mode);
  } catch (error) {
    throw new InputError(shown, describeError(error));
  }
}

/** Bytes in → bytes out, for either mode; `end()` returns a line for stderr, if any. */
interface Converter {
  push(chunk: Buffer, write: (bytes: Buffer) => void): void | Promise<void>;
  end(write: (bytes: Buffer) => void): string | undefined | Promise<string | undefined>;
}

async function createConverter(run: FixRun): Promise<Converter> {
  const stream = await import("../../stream/index.js");
  if (run.stream?.jsonl) {
    const state = stream.createJsonlCore(run.config, { fields: run.stream.fields, strict: run.stream.strict });
    return {
      push: (chunk, write) => stream.pushJsonl(state, chunk, write),
      end(write) {
        stream.finishJsonl(state, write);
        const { invalidLines, firstInvalidLine } = state.counts;
        if (invalidLines === 0) return undefined;
        const lines = invalidLines === 1 ? "1 line was" : `${invalidLines} lines were`;
        return `${lines} not valid JSON, passed through unchanged (first: line ${firstInvalidLine})`;
      },
    };
  }
  const core = stream.createFixCore(run.config, stream.forcedEncodingOf(run.config));
  // Blocks that need the repair search are shared with a worker thread on big inputs when -j asks for 2 or more.
  const sink = new stream.ParallelRepairSink(core, run.config, (run.batch?.streamJobs ?? 1) >= 2 ? {} : { script: undefined });
  return {
    async push(chunk, write) {
      stream.pushBytes(core, chunk, sink);
      await sink.drain(write, false);
    },
    async end(write) {
      try {
        stream.finishBytes(core, sink);
        await sink.drain(write, true);
      } finally {
        await sink.close();
      }
      return undefined;
    },
  };
}

async function startByteProgress(io: CliIo, run: FixRun, size: number | undefined): Promise<Progress | undefined> {
  if (size === undefined || !io.stderr.isTTY || run.batch?.quiet) return undefined;
  const { startProgress } = await import("../output/progress.js");
  return startProgress(io, { total: Math.max(1, Math.ceil(size / PROGRESS_UNIT_BYTES)), unit: "MB", quiet: false });
}

export async function runSingle(run: FixRun, io: CliIo): Promise<number> {
  const paths = run.paths.length === 0 ? ["-"] : run.paths;
  if (paths.length > 1) throw new UsageError("give one input at a time (batch mode comes with --write / --out-dir)");
  const input = paths[0]!;
  const name = input === "-" ? "<stdin>" : displayPath(fsPathOfArgument(input));
  const outputName = run.output === undefined || run.output === "-" ? "<stdout>" : displayPath(fsPathOfArgument(run.output));
  const resolved = (argument: string) => pathKey(resolvePath(io.cwd, fsPathOfArgument(argument)));
  if (run.output !== undefined && run.output !== "-" && input !== "-" && resolved(run.output) === resolved(input)) {
    throw new UsageError(`-o ${outputName} is the input file; use --write to fix a file in place`);
  }
  const opened = await openInput(input, io);
  const output = await openOutput(run, io);
  const progress = await startByteProgress(io, run, opened.size);
  const holdOutput = output.isStream && opened.guard !== undefined && opened.size! <= HOLD_STDOUT_MAX_BYTES;
  let converter: Converter | undefined;
  let pending: Buffer[] = [];
  let outputStarted = false;
  const collect = (bytes: Buffer) => {
    if (bytes.length > 0) pending.push(bytes);
  };
  const flush = async (readDone: boolean) => {
    if (holdOutput && !readDone) return;
    const ready = pending;
    pending = [];
    for (const bytes of ready) await output.write(bytes);
    outputStarted ||= ready.length > 0;
  };
  /** After the last read: the file must be the version we opened, or nothing more is written. */
  const assertInputUnchanged = async () => {
    if (!opened.guard) return;
    try {
      assertSameVersion(opened.guard.before, await opened.guard.now(), opened.guard.fromStart ? bytesRead : undefined);
    } catch (error) {
      if (!(error instanceof FileChangedWhileReadingError)) throw error;
      const consequence = output.isStream && outputStarted ? "the output already written is incomplete" : "nothing written";
      throw new InputError(name, `${error.message}; ${consequence}`);
    }
  };
  let unitsShown = 0;
  let bytesRead = 0;
  try {
    let note: string | undefined;
    try {
      for await (const chunk of opened.source) {
        const bytes = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
        converter ??= await createConverter(run);
        await converter.push(bytes, collect);
        await flush(false);
        bytesRead += bytes.length;
        if (opened.guard) readGuardTestHook.betweenReads?.();
        if (progress) {
          const units = Math.floor(bytesRead / PROGRESS_UNIT_BYTES);
          progress.advance(units - unitsShown);
          unitsShown = units;
        }
      }
      // Empty input: nothing to repair, nothing loaded.
      if (converter) note = await converter.end(collect);
      await assertInputUnchanged();
      await flush(true);
    } catch (error) {
      if (error instanceof ReaderGoneError || isReaderGone(error)) return EXIT_OK;
      if (error instanceof UsageError || error instanceof InputError) throw error;
      throw new InputError(name, describeError(error));
    }
    try {
      await output.close();
    } catch (error) {
      if (error instanceof ReaderGoneError) return EXIT_OK;
      throw new InputError(outputName, describeError(error));
    }
    progress?.stop();
    if (note !== undefined) io.stderr.write(`mojifix: ${name}: ${note}\n`);
    return EXIT_OK;
  } finally {
    progress?.stop();
    opened.close();
    await output.abandon();
  }
}
