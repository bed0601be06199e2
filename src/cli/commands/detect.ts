/**
 * `mojifix detect [--json] [PATH...]`: the encoding of each input (stdin when no
 * path), one line each, without decoding or writing anything. Text form:
 * `path: encoding (confidence 0.97)`, plus `with BOM`, `binary` or `empty`; JSON
 * form: one object per line with the top candidates. An input that cannot be read
 * is named on stderr (exit 2) and the others are still detected.
 * Example: `mojifix detect old.txt` → `old.txt: windows-1251 (confidence 1.00)`.
 */
import { promises as fs } from "node:fs";
import type { Command } from "commander";
import { type DetectResult, detectEncoding } from "../../detect/index.js";
import { resolvePath } from "../../files/fs-path.js";
import { type CliIo, EXIT_ERROR, EXIT_OK, describeError, readAll, writeTo } from "../io.js";
import { fsPathOfArgument } from "../raw-argv.js";

const DETECT_EXAMPLES = `
Examples:
  $ mojifix detect old.txt                 old.txt: windows-1251 (confidence 1.00)
  $ mojifix detect --json *.srt            one JSON object per file, with alternatives
  $ cat notes.txt | mojifix detect
`;

export function registerDetectCommand(program: Command, io: CliIo, exit: { code: number }): Command {
  return program
    .command("detect")
    .description("print the detected encoding of each input (with confidence); reads nothing else, writes nothing")
    .argument("[paths...]", "files to detect; none or '-' reads stdin")
    .option("--json", 'one JSON object per input and line: {"path","encoding","confidence","bom","binary","empty","candidates"}')
    .addHelpText("after", DETECT_EXAMPLES)
    .action(async (paths: string[], options: { json?: boolean }) => {
      exit.code = await runDetect({ paths, json: options.json === true }, io);
    });
}

export interface DetectRun {
  paths: string[];
  json: boolean;
}

/** Confidences are printed with two decimals: more would be false precision. */
const round = (confidence: number) => Math.round(confidence * 100) / 100;

export function detectLine(name: string, result: DetectResult): string {
  if (result.empty) return `${name}: empty\n`;
  if (result.binary) return `${name}: binary\n`;
  const bom = result.bom ? " with BOM" : "";
  return `${name}: ${result.encoding}${bom} (confidence ${round(result.confidence).toFixed(2)})\n`;
}

export function detectJson(name: string, result: DetectResult): string {
  return `${JSON.stringify({
    path: name,
    encoding: result.encoding,
    confidence: round(result.confidence),
    bom: result.bom,
    binary: result.binary,
    empty: result.empty,
    candidates: result.candidates.map((c) => ({ encoding: c.encoding, confidence: round(c.confidence) })),
  })}\n`;
}

export async function runDetect(run: DetectRun, io: CliIo): Promise<number> {
  const inputs = run.paths.length === 0 ? ["-"] : run.paths;
  let status = EXIT_OK;
  for (const input of inputs) {
    const name = input === "-" ? "<stdin>" : input;
    let bytes: Buffer;
    try {
      bytes = input === "-" ? await readAll(io.stdin) : await fs.readFile(resolvePath(io.cwd, fsPathOfArgument(input)));
    } catch (error) {
      io.stderr.write(`mojifix: ${name}: ${describeError(error)}\n`);
      status = EXIT_ERROR;
      continue;
    }
    const result = detectEncoding(bytes);
    await writeTo(io.stdout, run.json ? detectJson(name, result) : detectLine(name, result));
  }
  return status;
}
