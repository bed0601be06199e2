/**
 * Streaming: bytes in any chunks → repaired UTF-8, in constant memory, byte-identical
 * to the whole-buffer call (which runs on the same core). JSON Lines mode repairs the
 * string values of each record.
 */
export { BinaryInputError, createFixCore, finishBytes, pushBytes, type FixCoreState, type FixSink } from "./fix-core.js";
export { ParallelRepairSink } from "./parallel-repair.js";
export { createFixStream, forcedEncodingOf, type FixStream, type FixStreamInfo } from "./fix-stream.js";
export { fixBytesWhole, type WholeFixResult } from "./whole-buffer.js";
export { JsonlRepairer, type JsonlOptions } from "./jsonl.js";
export {
  createJsonlCore,
  createJsonlStream,
  finishJsonl,
  JsonlLineError,
  pushJsonl,
  type JsonlCounts,
  type JsonlStream,
  type JsonlStreamOptions,
} from "./jsonl-stream.js";
