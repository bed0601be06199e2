/**
 * Options that choose which fixes run and how they become `FixOptions`. Every fix
 * on by default gets `--no-<fix>`; the ones off by default are turned on by
 * `--ligatures`, `--width` and `--eol`; `--only` names the fixes to run and
 * `--repair-only` keeps the ones that undo damage. The flags are made from the
 * registry, so a new fix gets its flag without an edit here.
 */
import { Option, type Command } from "commander";
import { FIXES } from "../../repair/registry.js";
import type { FixOptions, LineEnding, UnicodeForm } from "../../types.js";
import { UsageError } from "../io.js";

/** Fixes whose flag is not `--<fix>` / `--no-<fix>` alone: they take a value. */
const VALUE_FLAG: Readonly<Record<string, string>> = {
  "line-endings": "--eol",
};

export interface RepairCommandOptions {
  keepQuotes?: boolean;
  only?: string;
  repairOnly?: boolean;
  eol?: LineEnding;
  normalize?: string;
  /** `--no-<fix>` (false when given) and `--<fix>` (true when given), by camelCase name. */
  [fixFlag: string]: unknown;
}

/** "curly-quotes" → "curlyQuotes", the key commander gives `--no-curly-quotes`. */
function optionKey(fixName: string): string {
  return fixName.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

const NORMALIZATION_FORMS: Readonly<Record<string, UnicodeForm>> = { nfc: "NFC", nfkc: "NFKC", none: "none" };

export function addRepairOptions(command: Command): Command {
  command
    .addOption(new Option("--keep-quotes", "keep curly quotes ‘ ’ “ ” (default: make them ASCII ' and \")"))
    .addOption(new Option("--only <fixes>", `run only these fixes, comma-separated (${FIXES.map((f) => f.name).join(", ")})`))
    .addOption(new Option("--repair-only", "only undo damage (mojibake, C1 controls, surrogates); no normalization"))
    .addOption(new Option("--eol <ending>", "line endings: lf, crlf or keep").choices(["lf", "crlf", "keep"]))
    .addOption(new Option("--normalize <form>", "Unicode normalization: NFC, NFKC or none (default: NFC)"));
  for (const fix of FIXES) {
    if (VALUE_FLAG[fix.name]) continue;
    if (fix.defaultOn) command.addOption(new Option(`--no-${fix.name}`, `do not run ${fix.name}: ${fix.summary}`));
    else command.addOption(new Option(`--${fix.name}`, `also run ${fix.name}: ${fix.summary}`));
  }
  return command;
}

function parseOnly(list: string): string[] {
  const names = list.split(",").map((name) => name.trim()).filter((name) => name.length > 0);
  const valid = new Set(FIXES.map((f) => f.name));
  const unknown = names.filter((name) => !valid.has(name));
  if (unknown.length > 0 || names.length === 0) {
    const what = unknown.length > 0 ? `unknown fix '${unknown.join("', '")}'` : "no fix named";
    throw new UsageError(`--only: ${what}; valid fixes: ${[...valid].join(", ")}`);
  }
  return names;
}

export function repairConfigFromOptions(options: RepairCommandOptions): FixOptions {
  const config: FixOptions = { fixes: {} };
  const fixes = config.fixes!;
  if (options.keepQuotes) fixes["curly-quotes"] = false;
  for (const fix of FIXES) {
    if (VALUE_FLAG[fix.name]) continue;
    const given = options[optionKey(fix.name)];
    // commander sets `--no-x` options to true by default: only an explicit false is a choice.
    if (fix.defaultOn ? given === false : given === true) fixes[fix.name] = !fix.defaultOn;
  }
  if (options.only !== undefined) config.only = parseOnly(options.only);
  if (options.repairOnly) config.repairOnly = true;
  if (options.eol !== undefined) config.eol = options.eol;
  if (options.normalize !== undefined) {
    const form = NORMALIZATION_FORMS[options.normalize.toLowerCase()];
    if (!form) throw new UsageError(`--normalize: '${options.normalize}' is not one of NFC, NFKC, none`);
    config.normalize = form;
  }
  return config;
}
