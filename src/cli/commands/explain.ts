/**
 * `mojifix explain [--json] [PATH...]`: every change the real run would make, in
 * order, with its place in the input — and nothing written. It calls `fixBytes`,
 * the same code path as the fix command, and prints the steps it returns.
 * Example: `printf 'caf\xc3\x83\xc2\xa9\n' | mojifix explain` prints
 * `1:4  mojibake  "Ã©" → "é"  (utf-8 read as windows-1252)`.
 */
import { promises as fs } from "node:fs";
import type { Command } from "commander";
import pc from "picocolors";
import { fixBytes } from "../../pipeline.js";
import type { ByteFixOptions, Change } from "../../types.js";
import { type FixCommandOptions, fixConfigFromOptions } from "../fix-options.js";
import { resolvePath } from "../../files/fs-path.js";
import { type CliIo, EXIT_ERROR, EXIT_OK, describeError, readAll, writeTo } from "../io.js";
import { fsPathOfArgument } from "../raw-argv.js";
import { addRepairOptions } from "../options/repair.js";

const EXPLAIN_EXAMPLES = `
Examples:
  $ mojifix explain broken.txt             every change, with line:column in the input
  $ mojifix explain --json *.srt           one JSON object per change
  $ mojifix explain --repair-only a.txt    what a data pipeline run would change
`;

/** `mojifix explain`: the fix command's decoding and fix-selection options, plus --json. */
export function registerExplainCommand(program: Command, io: CliIo, exit: { code: number }): Command {
  const command = program
    .command("explain")
    .description("list every change mojifix would make, with its position, fix and reason; writes nothing")
    .argument("[paths...]", "files to explain; none or '-' reads stdin")
    .option("--json", "one JSON object per change and line (path, line, column, fix, before, after, encodingPair, guess)")
    .option("-e, --encoding <name>", "skip detection and decode the input as NAME (e.g. windows-1251, gbk)")
    .addHelpText("after", EXPLAIN_EXAMPLES);
  addRepairOptions(command);
  command.action(async (paths: string[], options: FixCommandOptions & { json?: boolean }) => {
    exit.code = await runExplain({ paths, json: options.json === true, config: fixConfigFromOptions(options) }, io);
  });
  return command;
}

export interface ExplainRun {
  paths: string[];
  json: boolean;
  config: ByteFixOptions;
}

/** One pass of one fix: its steps, whose positions increase, as edits against the pass's input. */
interface Pass {
  /** Start of each step in the pass's output, ascending. */
  outputStarts: number[];
  outputEnds: number[];
  inputStarts: number[];
  inputEnds: number[];
}

/**
 * Group the steps into passes. Within one fix's pass each step starts at or after the
 * end of the step before it (in the text as it is then); a new fix, or a step that
 * starts earlier, begins a new pass.
 */
function passesOf(changes: readonly Change[]): { passes: Pass[]; passOfChange: number[]; inputStartInPass: number[] } {
  const passes: Pass[] = [];
  const passOfChange: number[] = [];
  const inputStartInPass: number[] = [];
  let pass: Pass | undefined;
  let fix = "";
  let lastEnd = -1;
  let shift = 0;
  for (const change of changes) {
    if (pass === undefined || change.fix !== fix || change.start < lastEnd) {
      pass = { outputStarts: [], outputEnds: [], inputStarts: [], inputEnds: [] };
      passes.push(pass);
      fix = change.fix;
      shift = 0;
    }
    const inputStart = change.start - shift;
    pass.outputStarts.push(change.start);
    pass.outputEnds.push(change.start + change.after.length);
    pass.inputStarts.push(inputStart);
    pass.inputEnds.push(inputStart + change.before.length);
    passOfChange.push(passes.length - 1);
    inputStartInPass.push(inputStart);
    lastEnd = change.start + change.after.length;
    shift += change.after.length - change.before.length;
  }
  return { passes, passOfChange, inputStartInPass };
}

/** A position in a pass's output, mapped to its input (inside a replacement: the replacement's start). */
function throughPass(pass: Pass, position: number): number {
  let low = 0;
  let high = pass.outputStarts.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (pass.outputStarts[mid]! <= position) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  if (found < 0) return position;
  if (position < pass.outputEnds[found]!) return pass.inputStarts[found]!;
  return position - pass.outputEnds[found]! + pass.inputEnds[found]!;
}

/**
 * Where each step starts in the original input. A step's `start` counts in the text as
 * it was just before the step; walking back through the earlier passes undoes their
 * shifts (binary search per pass, so long explanations stay fast).
 */
export function inputOffsets(changes: readonly Change[]): number[] {
  const { passes, passOfChange, inputStartInPass } = passesOf(changes);
  return changes.map((_, i) => {
    let position = inputStartInPass[i]!;
    for (let p = passOfChange[i]! - 1; p >= 0; p--) position = throughPass(passes[p]!, position);
    return position;
  });
}

/** 1-based line and column (in characters, not UTF-16 units) of an offset; lines end after "\n". */
export function lineColumnLocator(text: string): (offset: number) => { line: number; column: number } {
  const lineStarts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    const lineStart = lineStarts[low]!;
    let column = 1;
    for (let i = lineStart; i < offset; i++) {
      const unit = text.charCodeAt(i);
      if (!(unit >= 0xdc00 && unit <= 0xdfff && i > lineStart && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff)) column++;
    }
    return { line: low + 1, column };
  };
}

const ESCAPED: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t", '"': '\\"', "\\": "\\\\" };
/** Characters a terminal would not show: controls, format characters, separators, lone surrogates. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}"\\]/gu;

/** Everything but printable ASCII (and the quote and backslash, which are escaped too). */
const NON_ASCII = /[^\x20\x21\x23-\x5b\x5d-\x7e]/gu;

function spelled(ch: string): string {
  return ESCAPED[ch] ?? `\\u{${ch.codePointAt(0)!.toString(16).toUpperCase()}}`;
}

/**
 * Before and after in quotes, invisible characters spelled out (`"\u{93}q\u{94}"`).
 * When the two look the same (NFC's "e\u{301}" → "é"), every non-ASCII character is.
 */
function shownPair(before: string, after: string): [string, string] {
  const lookAlike = before !== after && before.normalize("NFC") === after.normalize("NFC");
  const pattern = lookAlike ? NON_ASCII : INVISIBLE;
  return [before, after].map((text) => `"${text.replace(pattern, spelled)}"`) as [string, string];
}

function useColor(io: CliIo): boolean {
  if (io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== "0") return true;
  return io.stdout.isTTY === true;
}

/** One change as `explain --json` prints it. */
export interface ExplainedChange {
  path: string;
  line: number;
  column: number;
  fix: string;
  before: string;
  after: string;
  encodingPair: Change["encodingPair"] | null;
  guess: boolean;
}

function explainedChanges(name: string, text: string, changes: readonly Change[]): ExplainedChange[] {
  const locate = lineColumnLocator(text);
  const offsets = inputOffsets(changes);
  return changes.map((change, i) => ({
    path: name,
    ...locate(offsets[i]!),
    fix: change.fix,
    before: change.before,
    after: change.after,
    encodingPair: change.encodingPair ?? null,
    guess: change.guess === true,
  }));
}

function humanLine(c: ExplainedChange, withPath: boolean, colors: ReturnType<typeof pc.createColors>): string {
  const where = `${withPath ? `${c.path}:` : ""}${c.line}:${c.column}`;
  const pair = c.encodingPair ? `  ${colors.dim(`(${c.encodingPair.encoding} read as ${c.encodingPair.readAs})`)}` : "";
  const guess = c.guess ? `  ${colors.magenta("guess")}` : "";
  const [before, after] = shownPair(c.before, c.after);
  return `${colors.yellow(where)}  ${colors.cyan(c.fix)}  ${colors.red(before)} → ${colors.green(after)}${pair}${guess}\n`;
}

function summaryLine(name: string, changes: readonly ExplainedChange[], encoding: string, colors: ReturnType<typeof pc.createColors>): string {
  const decoded = encoding === "utf-8" || encoding === "ascii" ? "" : `; read as ${encoding}`;
  if (changes.length === 0) return colors.dim(`${name}: no changes${decoded}`) + "\n";
  const byFix = new Map<string, number>();
  for (const c of changes) byFix.set(c.fix, (byFix.get(c.fix) ?? 0) + 1);
  const counts = [...byFix].map(([fix, n]) => `${fix} ${n}`).join(", ");
  const guesses = changes.filter((c) => c.guess).length;
  const guessNote = guesses > 0 ? `, ${guesses} guessed` : "";
  return colors.dim(`${name}: ${changes.length} change${changes.length === 1 ? "" : "s"} (${counts}${guessNote})${decoded}`) + "\n";
}

async function readInput(input: string, io: CliIo): Promise<Buffer> {
  return input === "-" ? readAll(io.stdin) : fs.readFile(resolvePath(io.cwd, fsPathOfArgument(input)));
}

export async function runExplain(run: ExplainRun, io: CliIo): Promise<number> {
  const inputs = run.paths.length === 0 ? ["-"] : run.paths;
  const colors = pc.createColors(!run.json && useColor(io));
  const withPath = run.paths.length > 0;
  let status = EXIT_OK;
  for (const input of inputs) {
    const name = input === "-" ? "-" : input;
    const label = input === "-" ? "<stdin>" : input;
    let result: ReturnType<typeof fixBytes>;
    let text: string;
    try {
      const bytes = await readInput(input, io);
      result = fixBytes(bytes, run.config);
      // Positions count in the decoded input: replaying the steps backwards from the output gives it.
      text = undoChanges(result.text, result.changes);
    } catch (error) {
      io.stderr.write(`mojifix: ${label}: ${describeError(error)}\n`);
      status = EXIT_ERROR;
      continue;
    }
    if (result.binary) {
      io.stderr.write(`mojifix: ${label}: binary file (not text); nothing to explain\n`);
      status = EXIT_ERROR;
      continue;
    }
    const explained = explainedChanges(name, text, result.changes);
    const out = run.json
      ? explained.map((c) => JSON.stringify(c) + "\n").join("")
      : explained.map((c) => humanLine(c, withPath, colors)).join("") + summaryLine(label, explained, result.encoding, colors);
    if (out.length > 0) await writeTo(io.stdout, out);
  }
  return status;
}

/**
 * The input of a run, from its output and its steps: each pass undone, last first.
 * In a pass's output, its steps sit at their own `start`s (later steps come after
 * them), so one pass is undone in one walk over the text.
 */
export function undoChanges(output: string, changes: readonly Change[]): string {
  const { passes, passOfChange } = passesOf(changes);
  const stepsOfPass: Change[][] = passes.map(() => []);
  changes.forEach((change, i) => stepsOfPass[passOfChange[i]!]!.push(change));
  let text = output;
  for (let p = stepsOfPass.length - 1; p >= 0; p--) {
    const parts: string[] = [];
    let cursor = 0;
    for (const step of stepsOfPass[p]!) {
      parts.push(text.slice(cursor, step.start), step.before);
      cursor = step.start + step.after.length;
    }
    parts.push(text.slice(cursor));
    text = parts.join("");
  }
  return text;
}
