/**
 * The whole-buffer call on the stream's core: one chunk, then the end. `fixBytes`
 * (src/pipeline.ts) runs through here, so a file repaired at once and the same file
 * streamed in any chunks cannot disagree. The steps of each block are shifted by the
 * length of the text written before it, so they replay on the whole decoded text.
 * Example: `fixBytesWhole(Buffer.from("cafÃ©\n"))` → `{ text: "café\n", encoding: "utf-8", … }`.
 */
import type { ByteFixResult } from "../pipeline.js";
import type { Change, FixOptions } from "../types.js";
import { BinaryInputError, createFixCore, finishBytes, pushBytes, type FixSink } from "./fix-core.js";

/** What `fixBytes` returns (defined with it in src/pipeline.ts). */
export type WholeFixResult = ByteFixResult;

/** Repair a whole buffer. `forcedEncoding` is a canonical name (see canonicalEncoding). */
export function fixBytesWhole(bytes: Uint8Array, options: FixOptions = {}, forcedEncoding?: string): WholeFixResult {
  const state = createFixCore(options, forcedEncoding);
  const parts: string[] = [];
  const changes: Change[] = [];
  let written = 0;
  const sink: FixSink = {
    keep(chunk, text) {
      const decoded = text ?? chunk.toString("utf8");
      parts.push(decoded);
      written += decoded.length;
    },
    emit(text, blockChanges) {
      for (const change of blockChanges) changes.push({ ...change, start: change.start + written, end: change.end + written });
      parts.push(text);
      written += text.length;
    },
  };
  try {
    pushBytes(state, bytes, sink);
    finishBytes(state, sink);
  } catch (error) {
    if (!(error instanceof BinaryInputError)) throw error;
    return { text: "", encoding: "binary", confidence: state.plan?.confidence ?? 1, binary: true, changes: [] };
  }
  const plan = state.plan!;
  const result: WholeFixResult = {
    text: parts.join(""),
    encoding: plan.encoding,
    confidence: plan.confidence,
    binary: false,
    changes,
  };
  if (state.legacyEncoding !== undefined) result.legacyEncoding = state.legacyEncoding;
  return result;
}
