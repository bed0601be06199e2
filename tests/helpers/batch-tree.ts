/**
 * A small tree of every kind of file a batch run meets, built fresh in a temp folder,
 * with snapshots to check what changed on disk. Shared by the batch tests.
 */
import { mkdirSync, readdirSync, lstatSync, readFileSync, writeFileSync, symlinkSync, chmodSync, readlinkSync } from "node:fs";
import path from "node:path";
import { PassThrough } from "node:stream";
import iconv from "iconv-lite";
import type { CliIo } from "../../src/cli/io.js";
import { main } from "../../src/cli/main.js";
import { fixBytes } from "../../src/pipeline.js";
import { scratchDir } from "./scratch-dir.js";

/** A PNG's signature and the start of its header chunk: NUL bytes, so binary. */
export const PNG_BYTES = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]);

/** The files of the tree, relative path → bytes. */
export const TREE_FILES: Record<string, Buffer> = {
  "clean-ascii.txt": Buffer.from("Plain ASCII notes, nothing to fix.\n"),
  "clean-utf8.txt": Buffer.from("Zoë met Łukasz in Kraków; 東京 is far.\n"),
  "moji.txt": Buffer.from("The cafÃ© on the corner serves crÃ¨me brÃ»lÃ©e.\n"),
  // UTF-8 read as GBK and saved as UTF-8: "Kari艈拧" for "Kariņš".
  "gbk-moji.txt": Buffer.from(iconv.decode(Buffer.from("Prime minister Kariņš spoke with Krišjānis Kariņš.\n"), "gbk")),
  "latin1.txt": Buffer.from("Le café crème et la crêpe brûlée, à côté du théâtre.\n", "latin1"),
  "sub/quotes.txt": Buffer.from("She said \u201chello\u201d and left.\n"),
  "sub/deeper/utf16.txt": Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("UTF-16 text, plain.\n", "utf16le")]),
  "image.png": PNG_BYTES,
  "build/generated.txt": Buffer.from("ignored: The cafÃ© again.\n"),
  ".hidden.txt": Buffer.from("hidden: The cafÃ© again.\n"),
  ".gitignore": Buffer.from("build/\n"),
};

/** Files the walk takes (not ignored, not hidden, not the link). */
export const WALKED = [
  "clean-ascii.txt",
  "clean-utf8.txt",
  "gbk-moji.txt",
  "image.png",
  "latin1.txt",
  "moji.txt",
  "sub/deeper/utf16.txt",
  "sub/quotes.txt",
];

export interface Tree {
  base: string;
  root: string;
  outsideFile: string;
}

/** base/tree (the input) and base/outside/target.txt, linked from tree/link.txt. */
export function buildTree(files: Record<string, Buffer> = TREE_FILES): Tree {
  const base = scratchDir("batch");
  const root = path.join(base, "tree");
  for (const [relative, bytes] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
    writeFileSync(path.join(root, relative), bytes);
  }
  mkdirSync(path.join(base, "outside"));
  const outsideFile = path.join(base, "outside", "target.txt");
  writeFileSync(outsideFile, "The cafÃ© outside the tree.\n");
  symlinkSync("../outside/target.txt", path.join(root, "link.txt"));
  if (files["moji.txt"]) chmodSync(path.join(root, "moji.txt"), 0o640);
  return { base, root, outsideFile };
}

/** What the library makes of a file: undefined when binary, else the clean UTF-8. */
export function expectedOutput(bytes: Buffer): Buffer | undefined {
  const result = fixBytes(bytes);
  return result.binary ? undefined : Buffer.from(result.text, "utf8");
}

/** The walked files whose clean UTF-8 differs from their bytes, sorted. */
export function filesNeedingRepair(files: Record<string, Buffer> = TREE_FILES): string[] {
  return WALKED.filter((f) => {
    const out = expectedOutput(files[f]!);
    return out !== undefined && !out.equals(files[f]!);
  });
}

export interface Snapshot {
  [relative: string]: { kind: "file" | "link" | "dir"; mode: number; mtimeMs: number; ino: number; bytes?: Buffer; link?: string };
}

/** Every entry below `folder` (links not followed), with its bytes, mode and mtime. */
export function snapshot(folder: string, prefix = ""): Snapshot {
  const result: Snapshot = {};
  for (const name of readdirSync(folder).sort()) {
    const full = path.join(folder, name);
    const relative = prefix ? `${prefix}/${name}` : name;
    const stat = lstatSync(full);
    const common = { mode: stat.mode & 0o7777, mtimeMs: stat.mtimeMs, ino: stat.ino };
    if (stat.isSymbolicLink()) result[relative] = { kind: "link", ...common, link: readlinkSync(full) };
    else if (stat.isDirectory()) {
      result[relative] = { kind: "dir", ...common };
      Object.assign(result, snapshot(full, relative));
    } else result[relative] = { kind: "file", ...common, bytes: readFileSync(full) };
  }
  return result;
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the CLI in-process, with control over TTY flags and the environment. */
export async function runBatchCli(
  argv: string[],
  options: { cwd?: string; stdin?: string | Buffer; stdoutTTY?: boolean; stderrTTY?: boolean; env?: Record<string, string> } = {},
): Promise<CliRun> {
  const stdout = Object.assign(new PassThrough(), { isTTY: options.stdoutTTY });
  const stderr = Object.assign(new PassThrough(), { isTTY: options.stderrTTY });
  const io: CliIo = {
    stdin: PassThrough.from([Buffer.from(options.stdin ?? "")]) as unknown as CliIo["stdin"],
    stdout,
    stderr,
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
  };
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on("data", (c: Buffer) => out.push(c));
  stderr.on("data", (c: Buffer) => err.push(c));
  const code = await main(argv, io);
  return { code, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") };
}
