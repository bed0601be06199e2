/**
 * The fix command's options, and how they become a pipeline configuration.
 * The CLI holds no repair logic: this is the whole translation. Each group of
 * options lives in `options/`; this file composes them.
 */
import type { Command } from "commander";
import { canonicalEncoding } from "../decode/encodings.js";
import type { ByteFixOptions } from "../types.js";
import { UsageError } from "./io.js";
import { addBatchOptions, type BatchCommandOptions } from "./options/batch.js";
import { addRepairOptions, type RepairCommandOptions, repairConfigFromOptions } from "./options/repair.js";
import { addStreamOptions, type StreamCommandOptions } from "./options/stream.js";

export interface FixCommandOptions extends RepairCommandOptions, BatchCommandOptions, StreamCommandOptions {
  output?: string;
  encoding?: string;
}

export function addFixOptions(command: Command): Command {
  command
    .option("-o, --output <file>", "write the repaired text to FILE instead of stdout")
    .option("-e, --encoding <name>", "skip detection and decode the input as NAME (e.g. windows-1251, gbk)");
  addRepairOptions(command);
  addBatchOptions(command);
  addStreamOptions(command);
  return command;
}

export function fixConfigFromOptions(options: FixCommandOptions): ByteFixOptions {
  const config: ByteFixOptions = repairConfigFromOptions(options);
  if (options.encoding !== undefined) {
    if (!canonicalEncoding(options.encoding)) throw new UsageError(`unknown encoding '${options.encoding}' (see iconv-lite's list of encodings)`);
    config.encoding = options.encoding;
  }
  return config;
}
