/**
 * The fix command's options, and how they become a pipeline configuration.
 * The CLI holds no repair logic: this is the whole translation.
 */
import { Option, type Command } from "commander";
import { canonicalEncoding } from "../decode/encodings.js";
import type { ByteFixOptions } from "../types.js";
import { UsageError } from "./io.js";

export interface FixCommandOptions {
  output?: string;
  encoding?: string;
  keepQuotes?: boolean;
}

export function addFixOptions(command: Command): Command {
  return command
    .option("-o, --output <file>", "write the repaired text to FILE instead of stdout")
    .option("-e, --encoding <name>", "skip detection and decode the input as NAME (e.g. windows-1251, gbk)")
    .addOption(new Option("--keep-quotes", "keep curly quotes ‘ ’ “ ” (default: make them ASCII ' and \")"));
}

export function fixConfigFromOptions(options: FixCommandOptions): ByteFixOptions {
  const config: ByteFixOptions = { fixes: {} };
  if (options.encoding !== undefined) {
    if (!canonicalEncoding(options.encoding)) throw new UsageError(`unknown encoding '${options.encoding}' (see iconv-lite's list of encodings)`);
    config.encoding = options.encoding;
  }
  if (options.keepQuotes) config.fixes!["curly-quotes"] = false;
  return config;
}
