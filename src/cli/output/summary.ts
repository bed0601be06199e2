/**
 * The one line that ends a batch run on stderr: how many files were seen, changed,
 * unchanged, skipped (and why), failed, and how long it took.
 * Example: "mojifix: 12 files: 3 changed, 7 unchanged; skipped 1 binary, 4 ignored, 1 link; 1 failed (0.4s)".
 * With --check or --diff (nothing written) "changed" reads "would change".
 */

export interface BatchCounts {
  /** Files read and run through the pipeline, plus the ones that failed. */
  seen: number;
  changed: number;
  unchanged: number;
  binary: number;
  ignored: number;
  links: number;
  other: number;
  failed: number;
}

export function emptyCounts(): BatchCounts {
  return { seen: 0, changed: 0, unchanged: 0, binary: 0, ignored: 0, links: 0, other: 0, failed: 0 };
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function formatElapsed(ms: number): string {
  return ms < 10_000 ? `${(ms / 1000).toFixed(1)}s` : `${Math.round(ms / 1000)}s`;
}

export function formatSummary(counts: BatchCounts, elapsedMs: number, writes: boolean): string {
  const changed = writes ? `${counts.changed} changed` : `${counts.changed} would change`;
  const parts = [`mojifix: ${plural(counts.seen, "file")}: ${changed}, ${counts.unchanged} unchanged`];
  const skipped: string[] = [];
  if (counts.binary) skipped.push(`${counts.binary} binary`);
  if (counts.ignored) skipped.push(`${counts.ignored} ignored`);
  if (counts.links) skipped.push(plural(counts.links, "link"));
  if (counts.other) skipped.push(`${counts.other} not regular files`);
  if (skipped.length) parts.push(`skipped ${skipped.join(", ")}`);
  if (counts.failed) parts.push(`${counts.failed} failed`);
  return `${parts.join("; ")} (${formatElapsed(elapsedMs)})`;
}
