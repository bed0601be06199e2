/**
 * Many files at once: walk the inputs, run every file through the library on a pool
 * of worker threads, and report in the walk's sorted order whatever the scheduling —
 * the --check list, --diff patches, errors, the --report JSON and a one-line summary.
 * Writing (--write in place, --out-dir) happens file by file in process-file.ts,
 * atomically. Exit 2 if any file failed (the others are still done), else 1 when
 * --check found files to change, else 0.
 * Example: `mojifix subs/ --check` → "subs/ep1.srt" on stdout, exit 1.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import { removeLeftoverTempsBelow, writeFileAtomic } from "../../files/atomic-write.js";
import { DEFAULT_BACKUP_SUFFIX } from "../../files/backup.js";
import { type BatchPlan, type FileOutcome, type FileTask, fixFileBytes } from "../../files/process-file.js";
import { displayPath, type FsPath, fsPathFromBytes, pathKey, resolvePath } from "../../files/fs-path.js";
import { walkInputs, type WalkEntry } from "../../files/walk.js";
import { fsPathOfArgument } from "../raw-argv.js";
import { runTasks } from "../../files/worker-pool.js";
import { type CliIo, EXIT_CHECK_FAILED, EXIT_ERROR, EXIT_OK, UsageError, describeError, readAll, writeTo } from "../io.js";
import type { BatchSettings } from "../options/batch.js";
import { diffColorsWanted, formatPatch } from "../output/diff.js";
import { startProgress } from "../output/progress.js";
import { type BatchReport, formatReport, reportEntry } from "../output/report.js";
import { type BatchCounts, emptyCounts, formatSummary } from "../output/summary.js";
import type { FixRun } from "./fix.js";

/** At most this many names per kind of skipped file in the closing lines; the rest are counted. */
const SKIPPED_NAMES_SHOWN = 10;

type BatchMode = BatchReport["mode"];

function batchMode(settings: BatchSettings): BatchMode | undefined {
  if (settings.write) return "write";
  if (settings.outDir !== undefined) return "out-dir";
  if (settings.check) return "check";
  if (settings.diff) return "diff";
  if (settings.report !== undefined) return "report";
  return undefined;
}

/** Compared as bytes (Latin-1 text), so that names that are not UTF-8 compare too. */
function isInside(childPath: FsPath, parentPath: FsPath): boolean {
  const [child, parent] = [childPath, parentPath].map((p) => (typeof p === "string" ? Buffer.from(p, "utf8") : p).toString("latin1")) as [string, string];
  return child === parent || child.startsWith(parent.endsWith(path.sep) ? parent : parent + path.sep);
}

/** The real path of --out-dir (created if missing), checked not to hold any input. */
async function prepareOutDir(outDir: string, inputs: readonly string[], io: CliIo): Promise<string> {
  const absolute = path.resolve(io.cwd, outDir);
  try {
    await fs.mkdir(absolute, { recursive: true });
  } catch (error) {
    throw new UsageError(`--out-dir ${outDir}: ${describeError(error)}`);
  }
  const real = await fs.realpath(absolute);
  if (!(await fs.stat(real)).isDirectory()) throw new UsageError(`--out-dir ${outDir}: not a folder`);
  for (const input of inputs) {
    if (input === "-") continue;
    const inputReal = await fs
      .realpath(resolvePath(io.cwd, fsPathOfArgument(input)), { encoding: "buffer" })
      .then(fsPathFromBytes)
      .catch(() => undefined);
    if (inputReal && isInside(inputReal, real)) {
      throw new UsageError(`--out-dir ${outDir} holds the input ${input}; choose a folder outside the inputs`);
    }
  }
  await removeLeftoverTempsBelow(real);
  return real;
}

async function reportTarget(report: string | undefined, io: CliIo): Promise<string | undefined> {
  if (report === undefined || report === "-") return undefined;
  const absolute = path.resolve(io.cwd, report);
  const folder = await fs.realpath(path.dirname(absolute)).catch(() => path.dirname(absolute));
  return path.join(folder, path.basename(absolute));
}

/** Turn what the walk met into outcomes (skips, errors) and tasks (files to read). */
function plan(entries: readonly WalkEntry[], settings: BatchSettings) {
  const outcomes: (FileOutcome | undefined)[] = new Array(entries.length);
  const tasks: FileTask[] = [];
  let stdinIndex: number | undefined;
  // Under --out-dir two inputs can land on one path (a/x.txt and b/x.txt from `mojifix a b`).
  const outDirClaims = new Map<string, string>();
  entries.forEach((entry, index) => {
    const blank = { index, display: entry.display, changed: false, fixes: {} };
    switch (entry.kind) {
      case "skipped":
        outcomes[index] = { ...blank, skipped: entry.reason };
        break;
      case "error":
        outcomes[index] = { ...blank, error: entry.error };
        break;
      case "stdin":
        stdinIndex = index;
        break;
      case "file":
        // A link is read when followed, but never written through.
        if (settings.write && entry.viaLink) outcomes[index] = { ...blank, skipped: "link" };
        else if (settings.outDir !== undefined && outDirClaims.has(pathKey(entry.relative))) {
          outcomes[index] = { ...blank, error: `would land on ${displayPath(entry.relative)} under --out-dir, like ${outDirClaims.get(pathKey(entry.relative))}; not written` };
        } else {
          outDirClaims.set(pathKey(entry.relative), entry.display);
          tasks.push({ index, path: entry.path, display: entry.display, relative: entry.relative });
        }
        break;
    }
  });
  return { outcomes, tasks, stdinIndex };
}

/**
 * Writes to stdout (or stderr) that survive the reader going away: after an EPIPE
 * (`mojifix . --check | head -1`) further output is dropped, and the batch — which
 * may be writing files — goes on to the end.
 */
function outputSink(stream: CliIo["stdout"]): (text: string) => Promise<void> {
  let gone = false;
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE" || error.code === "ERR_STREAM_DESTROYED") gone = true;
  });
  return async (text) => {
    if (gone) return;
    await writeTo(stream, text).catch((error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE" || error.code === "ERR_STREAM_DESTROYED") gone = true;
      else throw error;
    });
  };
}

function count(counts: BatchCounts, outcome: FileOutcome): void {
  if (outcome.error !== undefined) counts.failed++;
  else if (outcome.skipped === "binary") counts.binary++;
  else if (outcome.skipped === "link" || outcome.skipped === "loop") counts.links++;
  else if (outcome.skipped !== undefined) counts.other++;
  else if (outcome.changed) counts.changed++;
  else counts.unchanged++;
}

function namesLine(what: string, names: readonly string[]): string | undefined {
  if (names.length === 0) return undefined;
  const shown = names.slice(0, SKIPPED_NAMES_SHOWN).join(", ");
  const more = names.length > SKIPPED_NAMES_SHOWN ? ` and ${names.length - SKIPPED_NAMES_SHOWN} more` : "";
  return `mojifix: ${what}: ${shown}${more}`;
}

export async function runBatch(run: FixRun, io: CliIo): Promise<number> {
  const settings = run.batch;
  if (!settings) throw new Error("runBatch needs batch settings");
  const started = performance.now();
  const inputs = run.paths.length === 0 ? ["-"] : run.paths;
  const mode = batchMode(settings);
  if (!mode) {
    const what = inputs.length > 1 ? "several inputs" : `${inputs[0]} is a folder, which`;
    throw new UsageError(`${what} needs one of --write (fix in place), --out-dir DIR, --check or --diff (or --report FILE)`);
  }
  if (run.output !== undefined) throw new UsageError("-o/--output is for one input; for many use --write or --out-dir DIR");
  if (inputs.includes("-") && (settings.write || settings.outDir !== undefined)) {
    throw new UsageError("standard input ('-') cannot be written in place or under --out-dir; use -o FILE");
  }
  if (settings.report === "-" && settings.diff) throw new UsageError("--report - and --diff both want stdout; send the report to a file");
  const outDir = settings.outDir === undefined ? undefined : await prepareOutDir(settings.outDir, inputs, io);
  const reportFile = await reportTarget(settings.report, io);

  const walk = await walkInputs(inputs.map(fsPathOfArgument), {
    cwd: io.cwd,
    useIgnoreFiles: settings.useIgnoreFiles,
    hidden: settings.hidden,
    include: settings.include,
    exclude: settings.exclude,
    follow: settings.follow,
    excludeFolders: outDir ? [outDir] : [],
    excludeFiles: reportFile ? [reportFile] : [],
    backupSuffixes: [...new Set([DEFAULT_BACKUP_SUFFIX, settings.backupSuffix ?? DEFAULT_BACKUP_SUFFIX])],
    removeLeftovers: settings.write,
  });
  const batchPlan: BatchPlan = { config: run.config, write: settings.write, backupSuffix: settings.backupSuffix, outDir, diff: settings.diff };
  const { outcomes, tasks, stdinIndex } = plan(walk.entries, settings);
  if (stdinIndex !== undefined) outcomes[stdinIndex] = await stdinOutcome(stdinIndex, batchPlan, io);

  const counts: BatchCounts = { ...emptyCounts(), ignored: walk.ignored };
  const colors = diffColorsWanted(io);
  // The --check list goes to stdout, unless the JSON report has it.
  const toStdout = outputSink(io.stdout);
  const toList = settings.report === "-" ? outputSink(io.stderr) : toStdout;
  const progress = startProgress(io, { total: tasks.length, unit: "files", quiet: settings.quiet });
  const binaryNames: string[] = [];
  const linkNames: string[] = [];
  const pendingWrites: Promise<void>[] = [];
  let nextToEmit = 0;
  const emitReady = () => {
    while (nextToEmit < outcomes.length && outcomes[nextToEmit] !== undefined) {
      const outcome = outcomes[nextToEmit++]!;
      count(counts, outcome);
      if (outcome.error !== undefined) progress.log(`mojifix: ${outcome.display}: ${outcome.error}`);
      else if (outcome.skipped === "binary") binaryNames.push(outcome.display);
      else if (outcome.skipped === "link" || outcome.skipped === "loop") linkNames.push(outcome.skipped === "loop" ? `${outcome.display} (loop)` : outcome.display);
      if (outcome.changed && settings.check) pendingWrites.push(toList(`${outcome.display}\n`));
      if (outcome.patch !== undefined) pendingWrites.push(toStdout(`${formatPatch(outcome.patch, colors)}\n`));
      delete outcome.patch; // printed; the report does not carry it
    }
  };
  emitReady();
  try {
    await runTasks(tasks, batchPlan, settings.jobs, (outcome) => {
      outcomes[outcome.index] = outcome;
      progress.advance();
      emitReady();
    });
  } finally {
    progress.stop();
  }
  emitReady();
  await Promise.all(pendingWrites);

  const elapsedMs = performance.now() - started;
  counts.seen = seenCount(counts);
  if (settings.report !== undefined) {
    const json = formatReport({
      mojifix: "batch-report/1",
      mode,
      files: (outcomes as FileOutcome[]).map(reportEntry),
      summary: { ...counts, elapsedMs: Math.round(elapsedMs) },
    });
    if (settings.report === "-") await toStdout(json);
    else {
      try {
        await writeFileAtomic(reportFile!, Buffer.from(json, "utf8"));
      } catch (error) {
        io.stderr.write(`mojifix: --report ${settings.report}: ${describeError(error)}\n`);
        counts.failed++;
      }
    }
  }
  if (!settings.quiet) {
    const leftovers = walk.leftoversRemoved > 0 ? `mojifix: removed ${walk.leftoversRemoved} temp file(s) left by an interrupted run` : undefined;
    for (const line of [leftovers, namesLine("binary, left alone", binaryNames), namesLine("links, not followed or not written through", linkNames)]) {
      if (line) io.stderr.write(`${line}\n`);
    }
    io.stderr.write(`${formatSummary(counts, elapsedMs, mode === "write" || mode === "out-dir")}\n`);
  }
  if (counts.failed > 0) return EXIT_ERROR;
  if (settings.check && counts.changed > 0) return EXIT_CHECK_FAILED;
  return EXIT_OK;
}

/** Standard input (`-`) is checked in-process; it can be diffed or reported, never written. */
async function stdinOutcome(index: number, batchPlan: BatchPlan, io: CliIo): Promise<FileOutcome> {
  try {
    return fixFileBytes(await readAll(io.stdin), { index, display: "<stdin>" }, batchPlan).outcome;
  } catch (error) {
    return { index, display: "<stdin>", changed: false, fixes: {}, error: describeError(error) };
  }
}

function seenCount(c: BatchCounts): number {
  return c.changed + c.unchanged + c.binary + c.links + c.other + c.failed;
}
