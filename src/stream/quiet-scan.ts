/**
 * The byte-level fast path: is a chunk of valid UTF-8 "quiet", free of every character
 * that could make an enabled fix act? Then it is written back as the original bytes,
 * never decoded. ASCII bytes are one table look-up each; other characters are looked up
 * in a table of code points filled lazily, 256 at a time, from the fixes' trigger tests
 * (fix-triggers.ts).
 * Example: with the default fixes, "plain ASCII line\n" is quiet; "it’s\n" is not.
 */
import { isAscii } from "node:buffer";
import { enabledFixes } from "../repair/registry.js";
import type { FixOptions } from "../types.js";
import { FIX_TRIGGER_RUNS, FIX_TRIGGERS, type TriggerTest } from "./fix-triggers.js";

export interface QuietTable {
  /** 1 for an ASCII byte that triggers some enabled fix. */
  asciiTriggers: Uint8Array;
  /** The same bytes as a list, searched with the native `indexOf` in ASCII-only chunks. */
  asciiTriggerBytes: number[];
  /** ASCII runs that trigger some enabled fix (FIX_TRIGGER_RUNS), searched the same way in every chunk. */
  asciiTriggerRuns: string[];
  /** True when every non-ASCII character triggers some fix (the mojibake search is on). */
  everyNonAsciiTriggers: boolean;
  /** Per 256-code-point block: 1 for a trigger; filled on first use. */
  blocks: (Uint8Array | undefined)[];
  tests: TriggerTest[];
  options: FixOptions;
}

const TABLES = new Map<string, QuietTable | null>();

function tableKey(options: FixOptions, names: string[]): string {
  return JSON.stringify([names, options.eol ?? null, options.normalize ?? null]);
}

/** The table for these options, or null when some enabled fix has no trigger test. */
export function quietTableFor(options: FixOptions): QuietTable | null {
  const fixes = enabledFixes(options);
  const names = fixes.map((f) => f.name);
  const key = tableKey(options, names);
  const cached = TABLES.get(key);
  if (cached !== undefined) return cached;
  let table: QuietTable | null = null;
  if (names.every((name) => FIX_TRIGGERS[name] !== undefined)) {
    const tests = names.map((name) => FIX_TRIGGERS[name]!);
    const runs = [...new Set(names.flatMap((name) => FIX_TRIGGER_RUNS[name] ?? []))];
    table = { asciiTriggers: new Uint8Array(128), asciiTriggerBytes: [], asciiTriggerRuns: runs, everyNonAsciiTriggers: false, blocks: [], tests, options };
    for (let b = 0; b < 128; b++) {
      table.asciiTriggers[b] = triggers(table, b) ? 1 : 0;
      if (table.asciiTriggers[b] === 1) table.asciiTriggerBytes.push(b);
    }
    // Sampled, not proven: used only to skip the per-character loop, never to call a chunk quiet.
    table.everyNonAsciiTriggers = [0x80, 0xe9, 0x416, 0x4e2d, 0xfffd, 0x1f600].every((cp) => triggers(table!, cp));
  }
  TABLES.set(key, table);
  return table;
}

function triggers(table: QuietTable, codePoint: number): boolean {
  const char = String.fromCodePoint(codePoint);
  return table.tests.some((test) => test(char, codePoint, table.options));
}

function fillBlock(table: QuietTable, blockIndex: number): Uint8Array {
  const block = new Uint8Array(256);
  const first = blockIndex << 8;
  for (let i = 0; i < 256; i++) {
    const codePoint = first + i;
    // Surrogate code points cannot come out of valid UTF-8; mark them anyway.
    block[i] = (codePoint >= 0xd800 && codePoint <= 0xdfff) || triggers(table, codePoint) ? 1 : 0;
  }
  table.blocks[blockIndex] = block;
  return block;
}

/** True when `bytes` (valid UTF-8) hold no character that triggers an enabled fix. */
export function isQuietUtf8(bytes: Uint8Array, table: QuietTable): boolean {
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const run of table.asciiTriggerRuns) if (buffer.indexOf(run) >= 0) return false;
  // ASCII-only chunks: native checks (SIMD validation, memchr per trigger byte) at ~1 ns/byte,
  // about 4× the per-byte loop below.
  if (isAscii(bytes)) {
    for (const trigger of table.asciiTriggerBytes) if (buffer.indexOf(trigger) >= 0) return false;
    return true;
  }
  if (table.everyNonAsciiTriggers) return false;
  const ascii = table.asciiTriggers;
  const blocks = table.blocks;
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b0 = bytes[i]!;
    if (b0 < 0x80) {
      if (ascii[b0] === 1) return false;
      i++;
      continue;
    }
    let codePoint: number;
    if (b0 < 0xe0) {
      codePoint = ((b0 & 0x1f) << 6) | (bytes[i + 1]! & 0x3f);
      i += 2;
    } else if (b0 < 0xf0) {
      codePoint = ((b0 & 0x0f) << 12) | ((bytes[i + 1]! & 0x3f) << 6) | (bytes[i + 2]! & 0x3f);
      i += 3;
    } else {
      codePoint =
        ((b0 & 0x07) << 18) | ((bytes[i + 1]! & 0x3f) << 12) | ((bytes[i + 2]! & 0x3f) << 6) | (bytes[i + 3]! & 0x3f);
      i += 4;
    }
    const block = blocks[codePoint >> 8] ?? fillBlock(table, codePoint >> 8);
    if (block[codePoint & 0xff] === 1) return false;
  }
  return true;
}
