/**
 * The streams and environment a CLI run talks through, so tests can run `main`
 * in-process with their own buffers.
 */
import type { Readable, Writable } from "node:stream";

export interface CliIo {
  stdin: Readable;
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
}

export function processIo(): CliIo {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
}

/** Exit statuses: 0 success, 1 `--check` found work, 2 an input failed or the command was misused. */
export const EXIT_OK = 0;
export const EXIT_CHECK_FAILED = 1;
export const EXIT_ERROR = 2;

/** A misuse of the command line: reported in one line, exit 2. */
export class UsageError extends Error {}

/** An input or output that failed: `mojifix: <what>: <reason>`, exit 2. */
export class InputError extends Error {
  constructor(
    readonly subject: string,
    readonly reason: string,
  ) {
    super(`${subject}: ${reason}`);
  }
}

/** One line naming the reason, for an error from the file system or the pipeline. */
export { describeError } from "../files/describe-error.js";

/** Read a whole readable stream into one buffer. */
export async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/** Write and wait until the stream took it (or failed). */
export function writeTo(stream: Writable, data: Uint8Array | string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(data, (error) => (error ? reject(error) : resolve()));
  });
}
