/**
 * The work on one file of a batch, the same in a worker thread and in-process:
 * read → the library's `fixBytes` → compare → (write in place | write under
 * --out-dir) → an outcome record. No repair logic lives here: whether a file
 * "changes" is simply whether the clean UTF-8 differs from the bytes on disk.
 * Example: `café` stored as Latin-1 (`63 61 66 E9`) → changed (re-encoded to UTF-8),
 * fixes {}; "cafÃ©" in UTF-8 → changed, fixes { mojibake: 1 }; clean UTF-8 → unchanged, not written.
 */
import fs, { constants as fsConstants, type Stats } from "node:fs";
import { createTwoFilesPatch } from "diff";
import { decodeInput, fixBytes } from "../pipeline.js";
import type { ByteFixOptions } from "../types.js";
import { sniffBom } from "../detect/bom.js";
import { detectEncoding } from "../detect/index.js";
import { writeFileAtomicSync } from "./atomic-write.js";
import { backupOriginal } from "./backup.js";
import { describeError } from "./describe-error.js";
import { decodesLosslessly } from "./lossless-decode.js";
import { displayPath, type FsPath } from "./fs-path.js";
import { outDirTarget } from "./out-dir.js";
import { assertSameVersion, FileChangedWhileReadingError, readGuardTestHook, versionOf } from "./read-guard.js";
import type { SkipReason } from "./walk.js";

/** What a batch run does with each file; the same for every file, sent once to each worker. */
export interface BatchPlan {
  config: ByteFixOptions;
  /** --write: replace changed files in place. */
  write: boolean;
  /** --backup: keep the original as `<file><suffix>` before replacing it. */
  backupSuffix?: string;
  /** --out-dir, as a real absolute path: write every text file below it. */
  outDir?: string;
  /** --diff: produce a unified diff for changed files. */
  diff: boolean;
}

export interface FileTask {
  /** Position in the sorted walk: outcomes are put back in this order. */
  index: number;
  /** Bytes when the name is not UTF-8 (they arrive in a worker as a Uint8Array, which fs takes too). */
  path: FsPath;
  display: string;
  relative: FsPath;
}

export interface FileOutcome {
  index: number;
  display: string;
  encoding?: string;
  confidence?: number;
  /** The clean UTF-8 differs from the bytes on disk. */
  changed: boolean;
  /** Number of changes made by each fix, by fix name. */
  fixes: Record<string, number>;
  skipped?: SkipReason;
  error?: string;
  /** Where the new bytes were written (in place or under --out-dir). */
  written?: string;
  backup?: string;
  /** Unified diff (uncolored) for --diff. */
  patch?: string;
}

/** Lines of context around each diff hunk, as `diff -u` and git show. */
const DIFF_CONTEXT_LINES = 3;

export class FileChangedDuringRunError extends Error {}


/**
 * Files above this size are first judged by their head alone: a 2 GB video is called
 * binary from its first bytes, without being read whole. (Skipping is the safe side:
 * a file wrongly skipped is left exactly as it was.)
 */
const HEAD_FIRST_ABOVE_BYTES = 1024 * 1024;
const HEAD_BYTES = 64 * 1024;

/**
 * Read a regular file without blocking on a FIFO or device swapped in since the walk;
 * `bytes` is undefined for a binary file. A file that changed while it was read
 * (read-guard.ts) throws: its bytes may be half old, half new.
 */
function readRegularFile(file: FsPath): { bytes?: Buffer; stat: Stats } {
  const fd = fs.openSync(file, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK);
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) throw new Error("not a regular file");
    if (stat.size > HEAD_FIRST_ABOVE_BYTES) {
      const head = Buffer.alloc(HEAD_BYTES);
      const got = fs.readSync(fd, head, 0, HEAD_BYTES, 0);
      if (detectEncoding(head.subarray(0, got)).binary) return { stat };
    }
    const bytes = fs.readFileSync(fd);
    readGuardTestHook.betweenReads?.();
    assertSameVersion(versionOf(stat), versionOf(fs.fstatSync(fd)), bytes.length);
    return { bytes, stat };
  } finally {
    fs.closeSync(fd);
  }
}

/** The bytes of an earlier copy of the same size, if there is one (the common case on a first run is none). */
function readIfSameSize(file: FsPath, size: number): Buffer | undefined {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat?.isFile() || stat.size !== size) return undefined;
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}

function countFixes(changes: readonly { fix: string }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const change of changes) counts[change.fix] = (counts[change.fix] ?? 0) + 1;
  return counts;
}

/** Refuse to replace a file someone else changed after we read it: their edit would be lost. */
function assertUnchangedSince(file: FsPath, read: Stats): void {
  const now = fs.lstatSync(file);
  if (!now.isFile() || now.ino !== read.ino || now.size !== read.size || now.mtimeMs !== read.mtimeMs) {
    throw new FileChangedDuringRunError("changed on disk during the run; left alone");
  }
}

/** The pipeline's verdict on bytes already in memory: the outcome, and the clean UTF-8 when it is text. */
export function fixFileBytes(bytes: Buffer, task: Pick<FileTask, "index" | "display">, plan: BatchPlan): { outcome: FileOutcome; clean?: Buffer } {
  const outcome: FileOutcome = { index: task.index, display: task.display, changed: false, fixes: {} };
  const result = fixBytes(bytes, plan.config);
  if (result.binary) return { outcome: { ...outcome, skipped: "binary" } };
  outcome.encoding = result.encoding;
  outcome.confidence = result.confidence;
  const bom = sniffBom(bytes);
  const bomLength = bom?.encoding === result.encoding ? bom.length : 0;
  // A guessed encoding that loses bytes would destroy text; an encoding the user chose is their call.
  if (plan.config.encoding === undefined && !decodesLosslessly(bytes, result.encoding, bomLength)) {
    return { outcome: { ...outcome, error: `decoding as ${result.encoding} would lose bytes; left alone (choose the encoding with -e NAME)` } };
  }
  outcome.fixes = countFixes(result.changes);
  const clean = Buffer.from(result.text, "utf8");
  outcome.changed = !clean.equals(bytes);
  if (plan.diff && outcome.changed) {
    const before = decodeInput(bytes, plan.config).text;
    outcome.patch = createTwoFilesPatch(`a/${task.display.replace(/^\/+/, "")}`, `b/${task.display.replace(/^\/+/, "")}`, before, result.text, result.encoding, "utf-8", {
      context: DIFF_CONTEXT_LINES,
    });
  }
  return { outcome, clean };
}

/**
 * One file, start to end. Synchronous on purpose: it runs on worker threads, where
 * blocking is free and each async call would cost a hop through the shared thread pool.
 */
export function processFileSync(task: FileTask, plan: BatchPlan): FileOutcome {
  let outcome: FileOutcome = { index: task.index, display: task.display, changed: false, fixes: {} };
  try {
    const { bytes, stat } = readRegularFile(task.path);
    if (!bytes) return { ...outcome, skipped: "binary" };
    const fixed = fixFileBytes(bytes, task, plan);
    outcome = fixed.outcome;
    const clean = fixed.clean;
    if (!clean || outcome.error !== undefined) return outcome;
    const mode = stat.mode & 0o7777;
    const owner = { uid: stat.uid, gid: stat.gid };
    if (plan.write && outcome.changed) {
      // A read-only file is not replaced behind its owner's back, even though its folder would allow it.
      fs.accessSync(task.path, fsConstants.W_OK);
      if (plan.backupSuffix !== undefined) outcome.backup = displayPath(backupOriginal(task.path, bytes, plan.backupSuffix, mode, owner));
      assertUnchangedSince(task.path, stat);
      writeFileAtomicSync(task.path, clean, mode, { owner });
      outcome.written = displayPath(task.path);
    } else if (plan.outDir !== undefined) {
      const target = outDirTarget(plan.outDir, task.relative);
      // An identical copy from an earlier run stays as it is (and keeps its mtime).
      if (!readIfSameSize(target, clean.length)?.equals(clean)) writeFileAtomicSync(target, clean, mode, { flush: false });
      outcome.written = displayPath(target);
    }
    return outcome;
  } catch (error) {
    const reason = error instanceof FileChangedWhileReadingError ? `${error.message}; left alone` : describeError(error);
    return { ...outcome, error: reason };
  }
}
