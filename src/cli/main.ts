/**
 * The mojifix command line: options → a pipeline configuration → the library.
 * `main(argv, io)` returns the exit status and writes only through `io`, so tests
 * run it in-process.
 */
import { readFileSync } from "node:fs";
import { Command, CommanderError } from "commander";
import { registerDetectCommand } from "./commands/detect.js";
import { registerExplainCommand } from "./commands/explain.js";
import { runFix } from "./commands/fix.js";
import { addFixOptions, type FixCommandOptions, fixConfigFromOptions } from "./fix-options.js";
import { batchSettingsFromOptions, wantsBatch } from "./options/batch.js";
import { streamSettingsFromOptions } from "./options/stream.js";
import { type CliIo, EXIT_ERROR, EXIT_OK, InputError, UsageError, describeError, processIo } from "./io.js";

const VERSION = (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;

const EXAMPLES = `
Examples:
  $ mojifix broken.txt                  repaired text to stdout
  $ mojifix broken.txt -o clean.txt     repaired text to clean.txt
  $ cat broken.txt | mojifix > clean.txt
  $ mojifix --keep-quotes notes.txt     repair, but keep curly quotes
  $ mojifix -e windows-1251 old.txt     decode as Windows-1251, skip detection
`;

function buildProgram(io: CliIo, exit: { code: number }): Command {
  const program = new Command("mojifix");
  program
    .description("Give people their text back: detect the encoding, repair mojibake, write clean UTF-8.")
    .version(VERSION, "-V, --version")
    .argument("[paths...]", "files to repair; none or '-' reads stdin")
    .addHelpText("after", EXAMPLES)
    .showHelpAfterError("(run 'mojifix --help' for usage)")
    .exitOverride()
    // Options after a subcommand's name are the subcommand's (`mojifix explain --keep-quotes x`).
    .enablePositionalOptions()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    });
  registerExplainCommand(program, io, exit);
  registerDetectCommand(program, io, exit);
  addFixOptions(program).action(async (paths: string[], options: FixCommandOptions) => {
    exit.code = await runFix(
      { paths, output: options.output, config: fixConfigFromOptions(options), batch: batchSettingsFromOptions(options), batchRequested: wantsBatch(options), stream: streamSettingsFromOptions(options) },
      io,
    );
  });
  return program;
}

export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const exit = { code: EXIT_OK };
  const program = buildProgram(io, exit);
  try {
    await program.parseAsync(argv, { from: "user" });
    return exit.code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here too, with exit code 0.
      return error.exitCode === 0 ? EXIT_OK : EXIT_ERROR;
    }
    if (error instanceof UsageError || error instanceof InputError) {
      io.stderr.write(`mojifix: ${error.message}\n`);
      return EXIT_ERROR;
    }
    io.stderr.write(`mojifix: ${describeError(error)}\n`);
    return EXIT_ERROR;
  }
}
