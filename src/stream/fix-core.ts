/**
 * The core shared by the stream and the whole-buffer call: bytes in, in any chunks;
 * repaired UTF-8 out, block by block. Everything that crosses a chunk boundary lives
 * in one typed state (`FixCoreState`): the bytes held until the encoding is decided,
 * the unfinished line, a text decoder's pending bytes and the decoded text of an
 * unfinished line. Cuts are decided from content only (segment.ts) and every fix is
 * line-local, so any chunking gives the output of the whole-buffer call, byte for byte.
 * Example: "caf" + "\xC3" then "\xA9\n" → nothing, then "café\n".
 */
import { isUtf8 } from "node:buffer";
import { firstInvalidUtf8 } from "../detect/utf8.js";
import { enabledFixes } from "../repair/registry.js";
import { repairText } from "../repair/index.js";
import type { Fix } from "../repair/fix.js";
import type { Change, FixOptions } from "../types.js";
import { type DecodePlan, decideLegacyFallback, decidePlan } from "./decode-plan.js";
import { LINE_GROUP_SIZE, LONG_LINE_LIMIT, SAFE_CUT_CONTEXT, SAMPLE_BYTES } from "./limits.js";
import { isQuietUtf8, type QuietTable, quietTableFor } from "./quiet-scan.js";
import { nextByteBlock, nextTextBlock } from "./segment.js";
import { createTextDecoder, decodeLegacyLine, type StreamTextDecoder } from "./text-decoder.js";

/** Where the core's output goes. */
export interface FixSink {
  /** Valid UTF-8 that comes out unchanged; `text` is its decoding when the core made it. */
  keep(bytes: Buffer, text: string | undefined): void;
  /** Text to write as UTF-8, and the steps that made it (offsets relative to this block). */
  emit(text: string, changes: Change[]): void;
  /**
   * Optional: take a block of valid UTF-8 lines that needs the repair search, to be
   * repaired elsewhere (another thread, see parallel-repair.ts) and written in its turn
   * as `repairUtf8Block` gives it; true when taken. The sink then marks the core changed.
   */
  repairElsewhere?(bytes: Buffer): boolean;
}

/** The input was detected as binary (not text); nothing was written. */
export class BinaryInputError extends Error {
  constructor() {
    super("binary file (not text); nothing written");
  }
}

export interface FixCoreState {
  readonly options: FixOptions;
  /** The canonical encoding the user named, or undefined to detect. */
  readonly forcedEncoding: string | undefined;
  readonly fixes: readonly Fix[];
  /** Null when some enabled fix has no byte-level trigger test. */
  readonly quietTable: QuietTable | null;
  /** Undefined until SAMPLE_BYTES (or the whole input) have arrived. */
  plan: DecodePlan | undefined;
  /** Raw bytes received and not yet written: the sample, the unfinished line, the fallback window. */
  held: Buffer[];
  heldBytes: number;
  /** "decoder" plans: the decoder (with its pending bytes) and the text of the unfinished line. */
  decoder: StreamTextDecoder | undefined;
  pendingText: string;
  /** "utf-8" plans: the encoding of the lines that are not UTF-8, once decided. */
  legacyEncoding: string | undefined;
  bytesIn: number;
  /** True once any output differs from the input. */
  changed: boolean;
  finished: boolean;
}

export function createFixCore(options: FixOptions = {}, forcedEncoding?: string): FixCoreState {
  return {
    options,
    forcedEncoding,
    fixes: enabledFixes(options),
    quietTable: quietTableFor(options),
    plan: undefined,
    held: [],
    heldBytes: 0,
    decoder: undefined,
    pendingText: "",
    legacyEncoding: undefined,
    bytesIn: 0,
    changed: false,
    finished: false,
  };
}

/** Feed a chunk; whatever can be decided is written to `sink`. */
export function pushBytes(state: FixCoreState, chunk: Uint8Array, sink: FixSink): void {
  if (chunk.length === 0) return;
  const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  state.held.push(buffer);
  state.heldBytes += buffer.length;
  state.bytesIn += buffer.length;
  drain(state, false, sink);
}

/** The input has ended: write the rest. */
export function finishBytes(state: FixCoreState, sink: FixSink): void {
  drain(state, true, sink);
  state.finished = true;
}

function takeHeld(state: FixCoreState): Buffer {
  const all = state.held.length === 1 ? state.held[0]! : Buffer.concat(state.held, state.heldBytes);
  state.held = [];
  state.heldBytes = 0;
  return all;
}

function holdBack(state: FixCoreState, rest: Buffer): void {
  if (rest.length === 0) return;
  state.held = [rest];
  state.heldBytes = rest.length;
}

function drain(state: FixCoreState, final: boolean, sink: FixSink): void {
  if (state.plan === undefined) {
    if (state.heldBytes < SAMPLE_BYTES && !final) return;
    let all = takeHeld(state);
    const plan = decidePlan(all.subarray(0, SAMPLE_BYTES), final && all.length <= SAMPLE_BYTES, state.forcedEncoding);
    if (plan.binary) throw new BinaryInputError();
    state.plan = plan;
    all = all.subarray(plan.bomLength);
    if (plan.kind === "decoder") state.decoder = createTextDecoder(plan.encoding);
    holdBack(state, all);
  }
  if (state.plan.kind === "decoder") drainDecoded(state, final, sink);
  else drainUtf8(state, final, sink);
}

/** Run the enabled fixes, unless every one of them says by its pre-test that it has nothing to do. */
function repairWithFixes(text: string, fixes: readonly Fix[], options: FixOptions): { text: string; changes: Change[] } {
  const nothingToDo = fixes.every((fix) => fix.mayEdit !== undefined && !fix.mayEdit(text, options));
  return nothingToDo ? { text, changes: [] } : repairText(text, options);
}

/** A block of valid UTF-8 lines repaired: its text, the steps, and whether it differs from the bytes. */
export function repairUtf8Block(bytes: Buffer, fixes: readonly Fix[], options: FixOptions): { text: string; changes: Change[]; changed: boolean } {
  const text = bytes.toString("utf8");
  const repaired = repairWithFixes(text, fixes, options);
  return { ...repaired, changed: repaired.changes.length > 0 || repaired.text !== text };
}

function emitRepaired(state: FixCoreState, text: string, sink: FixSink): void {
  const repaired = repairWithFixes(text, state.fixes, state.options);
  if (repaired.changes.length > 0 || repaired.text !== text) state.changed = true;
  sink.emit(repaired.text, repaired.changes);
}

function drainDecoded(state: FixCoreState, final: boolean, sink: FixSink): void {
  const decoder = state.decoder!;
  for (const chunk of state.held) state.pendingText += decoder.write(chunk);
  state.held = [];
  state.heldBytes = 0;
  if (final) state.pendingText += decoder.end();
  const text = state.pendingText;
  let pos = 0;
  for (let block = nextTextBlock(text, pos, final); block !== undefined; block = nextTextBlock(text, pos, final)) {
    // A decoded stream always differs from its bytes (it was not UTF-8), so it always counts as changed.
    state.changed = true;
    emitRepaired(state, text.slice(pos, block.end), sink);
    pos = block.end;
  }
  state.pendingText = pos === 0 ? text : text.slice(pos);
}

function drainUtf8(state: FixCoreState, final: boolean, sink: FixSink): void {
  if (state.heldBytes === 0) return;
  const newest = state.held[state.held.length - 1]!;
  const firstBreak = state.held.length > 1 ? newest.indexOf(0x0a) : -1;
  // Cheap wait: the newest chunk has no line break, and neither the unfinished line nor
  // a fallback window being held can have reached the size that lets it go on.
  const mayHoldWindow = state.plan!.legacyFallback && state.legacyEncoding === undefined;
  const enough = mayHoldWindow ? SAMPLE_BYTES : LONG_LINE_LIMIT + SAFE_CUT_CONTEXT;
  if (!final && state.held.length > 1 && state.heldBytes < enough && firstBreak < 0) return;
  // Usual case: finish the unfinished line on its own, then work in the newest chunk
  // without copying it (every fix is line-local, so the grouping does not matter).
  const headBytes = state.heldBytes - newest.length + firstBreak + 1;
  if (firstBreak >= 0 && headBytes <= LINE_GROUP_SIZE) {
    const head = Buffer.concat([...state.held.slice(0, -1), newest.subarray(0, firstBreak + 1)], headBytes);
    const headLeft = writeUtf8Blocks(state, head, false, sink);
    const tail = newest.subarray(firstBreak + 1);
    state.held = headLeft.length > 0 ? [headLeft, tail] : [tail];
    state.heldBytes = headLeft.length + tail.length;
  }
  holdBack(state, writeUtf8Blocks(state, takeHeld(state), final, sink));
}

/** Write the blocks of `buf` that can be decided; returns the bytes to hold for later. */
function writeUtf8Blocks(state: FixCoreState, buf: Buffer, final: boolean, sink: FixSink): Buffer {
  let pos = 0;
  for (let block = nextByteBlock(buf, pos, final); block !== undefined; block = nextByteBlock(buf, pos, final)) {
    const bytes = buf.subarray(pos, block.end);
    if (state.plan!.legacyFallback && state.legacyEncoding === undefined && !isUtf8(bytes)) {
      // The first line that is not UTF-8: hold a window from its start, then choose its encoding.
      const lineStart = bytes.lastIndexOf(0x0a, firstInvalidUtf8(bytes)) + 1;
      if (lineStart > 0) writeUtf8Block(state, bytes.subarray(0, lineStart), sink);
      const windowStart = pos + lineStart;
      if (!final && buf.length - windowStart < SAMPLE_BYTES) return buf.subarray(windowStart);
      state.legacyEncoding = decideLegacyFallback(buf.subarray(windowStart, windowStart + SAMPLE_BYTES));
      writeUtf8Block(state, bytes.subarray(lineStart), sink);
    } else {
      writeUtf8Block(state, bytes, sink);
    }
    pos = block.end;
  }
  return buf.subarray(pos);
}

/** A block of whole lines (or one piece of a long line) of a "utf-8" plan. */
function writeUtf8Block(state: FixCoreState, bytes: Buffer, sink: FixSink): void {
  if (bytes.length === 0) return;
  if (isUtf8(bytes)) {
    if (state.quietTable !== null && isQuietUtf8(bytes, state.quietTable)) {
      sink.keep(bytes, undefined);
      return;
    }
    if (sink.repairElsewhere?.(bytes)) return;
    const repaired = repairUtf8Block(bytes, state.fixes, state.options);
    if (!repaired.changed) {
      sink.keep(bytes, repaired.text);
      return;
    }
    state.changed = true;
    sink.emit(repaired.text, repaired.changes);
    return;
  }
  state.changed = true;
  emitRepaired(state, decodeMixedLines(state, bytes), sink);
}

/** Lines that are valid UTF-8 decode as UTF-8; the others with the legacy encoding (or U+FFFD). */
function decodeMixedLines(state: FixCoreState, bytes: Buffer): string {
  const legacy = state.legacyEncoding;
  if (legacy === undefined) return bytes.toString("utf8");
  const parts: string[] = [];
  let start = 0;
  while (start < bytes.length) {
    const breakAt = bytes.indexOf(0x0a, start);
    const end = breakAt < 0 ? bytes.length : breakAt + 1;
    const line = bytes.subarray(start, end);
    parts.push(isUtf8(line) ? line.toString("utf8") : decodeLegacyLine(line, legacy));
    start = end;
  }
  return parts.join("");
}
