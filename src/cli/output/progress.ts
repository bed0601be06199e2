/**
 * A progress bar on stderr for work that takes a while: shown only when stderr is
 * a terminal, not with --quiet, and only once the work has run for PROGRESS_DELAY_MS
 * (a quick run never flashes a bar). Lines printed while it is up (errors) go through
 * `log`, which clears the bar's line first. Shared by the batch and single-file paths.
 * Example: `mojifix corpus/ --write` on a terminal → "█████░░░░░ 52% | 5200/10000 files | 3s".
 */
import cliProgress from "cli-progress";
import type { CliIo } from "../io.js";

/** Runs shorter than this never show a bar. */
export const PROGRESS_DELAY_MS = 500;

export interface Progress {
  /** Add `amount` done units. */
  advance(amount?: number): void;
  /** Print a line to stderr without tearing the bar. */
  log(line: string): void;
  stop(): void;
}

export interface ProgressOptions {
  total: number;
  /** What is counted: "files", "MB", … */
  unit: string;
  quiet: boolean;
}

export function startProgress(io: CliIo, options: ProgressOptions): Progress {
  const stderr = io.stderr;
  let done = 0;
  let bar: cliProgress.SingleBar | undefined;
  const enabled = Boolean(stderr.isTTY) && !options.quiet && options.total > 0;
  const timer = enabled
    ? setTimeout(() => {
        bar = new cliProgress.SingleBar(
          {
            stream: stderr as NodeJS.WritableStream,
            format: `{bar} {percentage}% | {value}/{total} ${options.unit} | {duration_formatted}`,
            hideCursor: true,
            clearOnComplete: true,
            etaBuffer: 50,
          },
          cliProgress.Presets.shades_classic,
        );
        bar.start(options.total, done);
      }, PROGRESS_DELAY_MS)
    : undefined;
  timer?.unref();
  return {
    advance(amount = 1) {
      done += amount;
      bar?.update(done);
    },
    log(line: string) {
      if (bar) stderr.write("\r\x1b[K");
      stderr.write(line.endsWith("\n") ? line : `${line}\n`);
      if (bar) bar.render();
    },
    stop() {
      if (timer) clearTimeout(timer);
      bar?.stop();
      bar = undefined;
    },
  };
}
