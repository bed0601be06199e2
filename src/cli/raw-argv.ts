/**
 * Node decodes the command line as UTF-8, so a file name with a byte that is not
 * UTF-8 (`mojifix $'odd\xff.txt'`) reaches us as "odd\uFFFD.txt", a name no file has.
 * On Linux the raw bytes are still in /proc/self/cmdline (NUL-separated); the
 * arguments after the script are its last entries, in order, and each must decode to
 * the argument Node gave us — otherwise (another OS, an embedding, a mismatch) the
 * arguments stay as they are. An argument is given back as bytes only when it is not
 * valid UTF-8, and only when no other argument decodes to the same string with other
 * bytes (which of the two was meant could not be told).
 * Example: argv ["odd\uFFFD.txt"], cmdline "...\0odd\xFF.txt\0" → fsPathOfArgument → Buffer `odd\xFF.txt`.
 */
import { readFileSync } from "node:fs";
import { type FsPath, fsPathFromBytes } from "../files/fs-path.js";

/** Decoded argument → its raw bytes (null when two raw spellings decode alike). */
let rawArguments: Map<string, Buffer | null> | undefined;

function readRawArguments(): Map<string, Buffer | null> {
  const found = new Map<string, Buffer | null>();
  let cmdline: Buffer;
  try {
    cmdline = readFileSync("/proc/self/cmdline");
  } catch {
    return found;
  }
  const entries: Buffer[] = [];
  let start = 0;
  for (let i = 0; i < cmdline.length; i++) {
    if (cmdline[i] !== 0) continue;
    entries.push(cmdline.subarray(start, i));
    start = i + 1;
  }
  const args = process.argv.slice(2);
  if (entries.length < args.length) return found;
  const raw = entries.slice(entries.length - args.length);
  if (raw.some((bytes, i) => bytes.toString("utf8") !== args[i])) return found;
  for (const bytes of raw) {
    const path = fsPathFromBytes(bytes);
    if (typeof path === "string") continue;
    const decoded = bytes.toString("utf8");
    const earlier = found.get(decoded);
    found.set(decoded, earlier === undefined || earlier?.equals(path) ? path : null);
  }
  return found;
}

/** The path fs should open for a command-line argument: its raw bytes when they were not UTF-8, else the argument. */
export function fsPathOfArgument(argument: string): FsPath {
  if (!argument.includes("\uFFFD")) return argument;
  rawArguments ??= readRawArguments();
  return rawArguments.get(argument) ?? argument;
}
