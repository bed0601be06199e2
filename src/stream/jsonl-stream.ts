/**
 * The JSON Lines mode as a stream: bytes in any chunks, cut at "\n" (a record is never
 * cut, so memory is bounded by the longest record), each line repaired by
 * `JsonlRepairer`, written in order. The state that crosses chunks is the unfinished
 * line and the counts. With `strict`, the first invalid line stops the stream with a
 * `JsonlLineError` naming it; otherwise invalid lines pass through and are counted.
 * Example: chunks `{"a":"cafÃ` and `©"}\n` → `{"a":"café"}\n`.
 */
import { Transform, type TransformCallback } from "node:stream";
import type { FixOptions } from "../types.js";
import { JsonlRepairer, type JsonlOptions } from "./jsonl.js";

export interface JsonlStreamOptions extends JsonlOptions {
  /** An invalid line is an error instead of being passed through. */
  strict?: boolean;
}

/** A line that is not valid JSON, under `strict`. Line numbers start at 1. */
export class JsonlLineError extends Error {
  constructor(readonly lineNumber: number) {
    super(`line ${lineNumber}: not valid JSON`);
  }
}

export interface JsonlCounts {
  lines: number;
  changedLines: number;
  invalidLines: number;
  /** Line number of the first invalid line, 0 when none. */
  firstInvalidLine: number;
}

export interface JsonlCoreState {
  readonly repairer: JsonlRepairer;
  readonly strict: boolean;
  /** Bytes of the unfinished line. */
  held: Buffer[];
  counts: JsonlCounts;
}

export function createJsonlCore(fixOptions: FixOptions, options: JsonlStreamOptions = {}): JsonlCoreState {
  return {
    repairer: new JsonlRepairer(fixOptions, options),
    strict: options.strict ?? false,
    held: [],
    counts: { lines: 0, changedLines: 0, invalidLines: 0, firstInvalidLine: 0 },
  };
}

function writeLine(state: JsonlCoreState, line: Buffer, write: (bytes: Buffer) => void): void {
  const counts = state.counts;
  counts.lines++;
  const outcome = state.repairer.repairLine(line);
  if (!outcome.valid) {
    if (state.strict) throw new JsonlLineError(counts.lines);
    counts.invalidLines++;
    if (counts.firstInvalidLine === 0) counts.firstInvalidLine = counts.lines;
  }
  if (outcome.text === undefined) write(line);
  else {
    counts.changedLines++;
    write(Buffer.from(outcome.text, "utf8"));
  }
}

export function pushJsonl(state: JsonlCoreState, chunk: Buffer, write: (bytes: Buffer) => void): void {
  let start = 0;
  for (let end = chunk.indexOf(0x0a); end >= 0; end = chunk.indexOf(0x0a, start)) {
    let line = chunk.subarray(start, end + 1);
    if (state.held.length > 0) {
      line = Buffer.concat([...state.held, line]);
      state.held = [];
    }
    writeLine(state, line, write);
    start = end + 1;
  }
  if (start < chunk.length) state.held.push(chunk.subarray(start));
}

export function finishJsonl(state: JsonlCoreState, write: (bytes: Buffer) => void): void {
  if (state.held.length === 0) return;
  const last = Buffer.concat(state.held);
  state.held = [];
  writeLine(state, last, write);
}

export interface JsonlStream extends Transform {
  readonly counts: JsonlCounts;
}

class JsonlTransform extends Transform implements JsonlStream {
  private readonly core: JsonlCoreState;
  private readonly emitBytes = (bytes: Buffer) => {
    if (bytes.length > 0) this.push(bytes);
  };

  constructor(fixOptions: FixOptions, options: JsonlStreamOptions) {
    super();
    this.core = createJsonlCore(fixOptions, options);
  }

  get counts(): JsonlCounts {
    return { ...this.core.counts };
  }

  override _transform(chunk: Buffer | string, _encoding: BufferEncoding, callback: TransformCallback): void {
    try {
      pushJsonl(this.core, typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk, this.emitBytes);
      callback();
    } catch (error) {
      callback(error as Error);
    }
  }

  override _flush(callback: TransformCallback): void {
    try {
      finishJsonl(this.core, this.emitBytes);
      callback();
    } catch (error) {
      callback(error as Error);
    }
  }
}

/** A Transform for JSON Lines: repaired string values, one line out per line in. */
export function createJsonlStream(fixOptions: FixOptions = {}, options: JsonlStreamOptions = {}): JsonlStream {
  return new JsonlTransform(fixOptions, options);
}
