/**
 * --report: a JSON document with one entry per file the walk met (read, skipped as
 * binary or link, or failed) in the same sorted order as every other output, and the
 * run's counts. Files left out by ignore rules, hidden names or --include/--exclude
 * are only counted. Every entry has every field (null when it does not apply), so a
 * consumer never needs to test for presence.
 * Example entry: { "path": "subs/ep1.srt", "encoding": "windows-1252", "confidence": 0.62,
 *   "lowConfidence": false, "changed": true, "fixes": { "mojibake": 3 }, "skipped": null, "error": null, … }
 */
import type { FileOutcome } from "../../files/process-file.js";
import type { SkipReason } from "../../files/walk.js";
import type { BatchCounts } from "./summary.js";

/** Below even odds the detector's first guess is as likely wrong as right: flag it for a human look. */
export const LOW_CONFIDENCE_BELOW = 0.5;

export interface ReportEntry {
  path: string;
  encoding: string | null;
  confidence: number | null;
  lowConfidence: boolean;
  changed: boolean;
  fixes: Record<string, number>;
  skipped: SkipReason | null;
  error: string | null;
  /** New bytes were written (in place, or under --out-dir). */
  written: boolean;
  backedUp: boolean;
}

export function reportEntry(outcome: FileOutcome): ReportEntry {
  const confidence = outcome.confidence ?? null;
  return {
    path: outcome.display,
    encoding: outcome.encoding ?? null,
    confidence: confidence === null ? null : Math.round(confidence * 1000) / 1000,
    lowConfidence: confidence !== null && confidence < LOW_CONFIDENCE_BELOW,
    changed: outcome.changed,
    fixes: outcome.fixes,
    skipped: outcome.skipped ?? null,
    error: outcome.error ?? null,
    written: outcome.written !== undefined,
    backedUp: outcome.backup !== undefined,
  };
}

export interface BatchReport {
  mojifix: string;
  mode: "write" | "out-dir" | "check" | "diff" | "report";
  files: ReportEntry[];
  summary: BatchCounts & { elapsedMs: number };
}

export function formatReport(report: BatchReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
