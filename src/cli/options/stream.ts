/**
 * Options of the single-input streaming path: JSON Lines mode (--jsonl, --field,
 * --strict). `--quiet` (no progress bar) is shared with the batch options.
 * Example: `--jsonl --field text --field meta.title` → { jsonl: true, fields: ["text", "meta.title"], strict: false }.
 */
import { Option, type Command } from "commander";
import { UsageError } from "../io.js";

export interface StreamCommandOptions {
  jsonl?: boolean;
  field?: string[];
  strict?: boolean;
}

export interface StreamSettings {
  jsonl: boolean;
  fields: string[];
  strict: boolean;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function addStreamOptions(command: Command): Command {
  return command
    .addOption(new Option("--jsonl", "input is JSON Lines: repair the string values of each record, one line out per line in"))
    .addOption(new Option("--field <path>", "with --jsonl, repair only this field (dotted path, e.g. meta.title; repeatable)").argParser(collect))
    .addOption(new Option("--strict", "with --jsonl, a line that is not valid JSON is an error (exit 2) instead of passed through"));
}

export function streamSettingsFromOptions(options: StreamCommandOptions): StreamSettings {
  const fields = options.field ?? [];
  if (!options.jsonl && (fields.length > 0 || options.strict)) throw new UsageError("--field and --strict go with --jsonl");
  for (const field of fields) {
    if (field.split(".").some((part) => part === "")) throw new UsageError(`--field '${field}' is not a dotted path (e.g. meta.title)`);
  }
  return { jsonl: Boolean(options.jsonl), fields, strict: Boolean(options.strict) };
}
