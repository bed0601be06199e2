/**
 * mojifix as a library: the same pipeline the CLI runs.
 */
import { repairText } from "./repair/index.js";
import type { Change, FixOptions } from "./types.js";

export { applyChanges } from "./repair/changes.js";
export { detectEncoding, type DetectResult, type EncodingCandidate } from "./detect/index.js";
export { fixBytes, type ByteFixResult, DecodeError } from "./pipeline.js";
export {
  BinaryInputError,
  createFixStream,
  createJsonlStream,
  JsonlLineError,
  type FixStream,
  type FixStreamInfo,
  type JsonlCounts,
  type JsonlStream,
  type JsonlStreamOptions,
} from "./stream/index.js";
export type { ByteFixOptions, Change, EncodingPair, FixOptions, LineEnding, UnicodeForm } from "./types.js";

/** Repair mojibake and apply the enabled normalizations. */
export function fixText(text: string, options?: FixOptions): string {
  return repairText(text, options).text;
}

/** Every change the fixes would make, in order, as replayable steps. */
export function explainText(text: string, options?: FixOptions): Change[] {
  return repairText(text, options).changes;
}
