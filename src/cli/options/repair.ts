/**
 * Options that choose which fixes run (quotes, normalizations, --repair-only, …)
 * and how they become `FixOptions`.
 */
import { Option, type Command } from "commander";
import type { FixOptions } from "../../types.js";

export interface RepairCommandOptions {
  keepQuotes?: boolean;
}

export function addRepairOptions(command: Command): Command {
  return command.addOption(new Option("--keep-quotes", "keep curly quotes ‘ ’ “ ” (default: make them ASCII ' and \")"));
}

export function repairConfigFromOptions(options: RepairCommandOptions): FixOptions {
  const config: FixOptions = { fixes: {} };
  if (options.keepQuotes) config.fixes!["curly-quotes"] = false;
  return config;
}
