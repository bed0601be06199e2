/**
 * Options for many files at once — what to do with them (--write, --out-dir,
 * --check, --diff, --report), which files a walk takes (--no-ignore, --hidden,
 * --include, --exclude, --follow), and how (--jobs, --quiet) — and how they become
 * the batch runner's settings.
 * Example: `--write --backup --exclude '*.min.js' -j 4` → { write, backupSuffix: ".orig", exclude: ["*.min.js"], jobs: 4 }.
 */
import { availableParallelism } from "node:os";
import { Option, type Command } from "commander";
import { DEFAULT_BACKUP_SUFFIX } from "../../files/backup.js";
import { UsageError } from "../io.js";

export interface BatchCommandOptions {
  write?: boolean;
  backup?: string | boolean;
  outDir?: string;
  check?: boolean;
  diff?: boolean;
  report?: string;
  /** false with --no-ignore. */
  ignore?: boolean;
  hidden?: boolean;
  include?: string[];
  exclude?: string[];
  follow?: boolean;
  jobs?: string;
  quiet?: boolean;
}

export interface BatchSettings {
  write: boolean;
  backupSuffix?: string;
  outDir?: string;
  check: boolean;
  diff: boolean;
  report?: string;
  useIgnoreFiles: boolean;
  hidden: boolean;
  include: string[];
  exclude: string[];
  follow: boolean;
  jobs: number;
  /**
   * Threads that repair one big input: 1 unless --jobs asks for more. Measured on this
   * project's 2-core machine (README, "Big inputs"): a second thread made 5–20 MB of
   * clean multilingual text and 2 MB of mojibake 7–35% slower and ~100 MB heavier (each
   * thread keeps its own tables and caches, and learns only half the text's words).
   */
  streamJobs: number;
  quiet: boolean;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

const BATCH_EXAMPLES = `Many files (folders are walked; .gitignore/.ignore, hidden files and links are skipped):
  $ mojifix subs/ --check               list the files that would change (exit 1 if any)
  $ mojifix subs/ --diff                show what would change
  $ mojifix subs/ --write --backup      fix in place, keeping FILE.orig
  $ mojifix corpus/ --out-dir clean/    clean copies under clean/, originals untouched
  $ mojifix . --check --report -        a JSON report per file on stdout
`;

export function addBatchOptions(command: Command): Command {
  return command
    .addOption(new Option("-w, --write", "fix files in place (atomically; unchanged files are not touched)"))
    .addOption(new Option("--backup [suffix]", `with --write, keep each original as FILE<suffix> (default ${DEFAULT_BACKUP_SUFFIX})`))
    .addOption(new Option("--out-dir <dir>", "write every text file to the same relative path under DIR"))
    .addOption(new Option("--check", "write nothing; list the files that would change; exit 1 if any would"))
    .addOption(new Option("--diff", "print a unified diff of each file that changes (writes nothing unless --write/--out-dir)"))
    .addOption(new Option("--report <file>", "write a JSON report, one entry per file, to FILE ('-' for stdout)"))
    .addOption(new Option("--no-ignore", "do not honour .gitignore and .ignore files"))
    .addOption(new Option("--hidden", "walk hidden files and folders too (.git never)"))
    .addOption(new Option("--include <glob>", "only take files matching GLOB (repeatable)").argParser(collect))
    .addOption(new Option("--exclude <glob>", "leave out files and folders matching GLOB (repeatable)").argParser(collect))
    .addOption(new Option("--follow", "follow symbolic links (never written through; loops reported)"))
    .addOption(new Option("-j, --jobs <n>", "files processed in parallel (default: number of cores); one big input is repaired on one thread unless this asks for 2 or more"))
    .addOption(new Option("-q, --quiet", "no progress bar and no summary; errors only"))
    .addHelpText("after", BATCH_EXAMPLES);
}

/** True when these options ask for batch work, whatever the number of inputs. */
export function wantsBatch(options: BatchCommandOptions): boolean {
  return Boolean(options.write || options.outDir !== undefined || options.check || options.diff || options.report !== undefined);
}

export function batchSettingsFromOptions(options: BatchCommandOptions): BatchSettings {
  let jobs = availableParallelism();
  if (options.jobs !== undefined) {
    jobs = Number(options.jobs);
    if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs wants a whole number of at least 1, not '${options.jobs}'`);
  }
  if (options.backup !== undefined && !options.write) throw new UsageError("--backup only goes with --write");
  const backupSuffix = options.backup === undefined ? undefined : options.backup === true ? DEFAULT_BACKUP_SUFFIX : String(options.backup);
  if (backupSuffix !== undefined && (backupSuffix === "" || /[\\/]/.test(backupSuffix))) {
    throw new UsageError(`--backup wants a file name suffix such as ${DEFAULT_BACKUP_SUFFIX}, not '${backupSuffix}'`);
  }
  if (options.write && options.outDir !== undefined) throw new UsageError("choose one of --write (in place) and --out-dir");
  if (options.check && (options.write || options.outDir !== undefined)) {
    throw new UsageError("--check writes nothing; drop --write/--out-dir, or drop --check");
  }
  return {
    write: Boolean(options.write),
    backupSuffix,
    outDir: options.outDir,
    check: Boolean(options.check),
    diff: Boolean(options.diff),
    report: options.report,
    useIgnoreFiles: options.ignore !== false,
    hidden: Boolean(options.hidden),
    include: options.include ?? [],
    exclude: options.exclude ?? [],
    follow: Boolean(options.follow),
    jobs,
    streamJobs: options.jobs === undefined ? 1 : jobs,
    quiet: Boolean(options.quiet),
  };
}
