/**
 * Inputs → the ordered list of files a batch run handles. Folders are walked
 * depth-first with entries sorted by name, so the order (and every report built on
 * it) is the same on every run. The walk honours .gitignore/.ignore, skips hidden
 * entries and `.git`, applies --include/--exclude, does not follow symbolic links
 * unless asked (and then reports loops instead of going round them), never walks
 * into the output folder, and removes the temp files a killed run left behind.
 * Example: `walkInputs(["tree"])` over tree/{a.txt, .hidden, build/ (ignored), link → /etc/x}
 * gives [file tree/a.txt, skipped tree/link (link)] and counts 2 ignored.
 */
import { promises as fs, type Dirent, type Stats } from "node:fs";
import path from "node:path";
import picomatch from "picomatch";
import { isLeftoverTemp, removeLeftoverTemps } from "./atomic-write.js";
import { IgnoreStack } from "./ignore-rules.js";

export type SkipReason = "binary" | "link" | "loop" | "special";

export interface WalkedFile {
  kind: "file";
  /** Real, absolute path to read (links resolved). */
  path: string;
  /** The path as the user sees it: the input as typed joined with the path below it. */
  display: string;
  /** Path below the input root (slash-separated); the file's place under --out-dir. */
  relative: string;
  /** Reached through a symbolic link: read it, but never write through it. */
  viaLink: boolean;
}

export interface WalkedSkip {
  kind: "skipped";
  display: string;
  reason: SkipReason;
}

export interface WalkedError {
  kind: "error";
  display: string;
  error: string;
}

/** The input `-`: standard input, read by the caller. */
export interface WalkedStdin {
  kind: "stdin";
  display: string;
}

export type WalkEntry = WalkedFile | WalkedSkip | WalkedError | WalkedStdin;

export interface WalkOptions {
  cwd: string;
  /** Honour .gitignore and .ignore files (`--no-ignore` turns it off). */
  useIgnoreFiles: boolean;
  /** Walk hidden entries too (`.git` never). */
  hidden: boolean;
  include: readonly string[];
  exclude: readonly string[];
  /** Follow symbolic links (`--follow`). */
  follow: boolean;
  /** Real absolute folders never walked into (the output folder). */
  excludeFolders: readonly string[];
  /** Real absolute files never processed (the report file). */
  excludeFiles: readonly string[];
  /** Files with these name endings are backups, not inputs. */
  backupSuffixes: readonly string[];
  /** Delete leftover temp files from a killed run in every folder walked. */
  removeLeftovers: boolean;
}

export interface WalkResult {
  entries: WalkEntry[];
  /** Entries left out by ignore files, hidden names, --include/--exclude and backups. */
  ignored: number;
  leftoversRemoved: number;
}

type Matcher = (relative: string) => boolean;

function globMatcher(patterns: readonly string[]): Matcher | undefined {
  if (patterns.length === 0) return undefined;
  // `basename`: a pattern without a slash ("*.srt") matches the name at any depth.
  return picomatch([...patterns], { dot: true, basename: true });
}

function byName(a: Dirent, b: Dirent): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** "tree" + "sub/a.txt" → "tree/sub/a.txt"; "." + "a.txt" → "a.txt". */
function displayJoin(root: string, relative: string): string {
  return relative === "" ? root : path.posix.join(root.split(path.sep).join("/"), relative);
}

class TreeWalk {
  readonly entries: WalkEntry[] = [];
  ignored = 0;
  leftoversRemoved = 0;
  private readonly include: Matcher | undefined;
  private readonly exclude: Matcher | undefined;
  private readonly excludeFolders: ReadonlySet<string>;
  private readonly excludeFiles: ReadonlySet<string>;
  /** Real paths of every folder and file already taken, so two links to one place count once. */
  private readonly seenFolders = new Set<string>();
  private readonly seenFiles = new Set<string>();

  constructor(private readonly options: WalkOptions) {
    this.include = globMatcher(options.include);
    this.exclude = globMatcher(options.exclude);
    this.excludeFolders = new Set(options.excludeFolders);
    this.excludeFiles = new Set(options.excludeFiles);
  }

  async input(input: string): Promise<void> {
    if (input === "-") {
      this.entries.push({ kind: "stdin", display: "<stdin>" });
      return;
    }
    const absolute = path.resolve(this.options.cwd, input);
    const display = path.normalize(input);
    let stat: Stats;
    let real: string;
    try {
      stat = await fs.stat(absolute);
      real = await fs.realpath(absolute);
    } catch (error) {
      this.entries.push({ kind: "error", display, error: errorText(error) });
      return;
    }
    const viaLink = (await fs.lstat(absolute)).isSymbolicLink();
    if (stat.isDirectory()) {
      if (this.excludeFolders.has(real)) return;
      this.seenFolders.add(real);
      await this.folder(real, display, "", IgnoreStack.empty(), [real]);
    } else if (stat.isFile()) {
      if (this.seenFiles.has(real)) return;
      this.seenFiles.add(real);
      this.entries.push({ kind: "file", path: real, display, relative: path.basename(absolute), viaLink });
    } else {
      this.entries.push({ kind: "error", display, error: "not a regular file" });
    }
  }

  private async folder(folder: string, rootDisplay: string, prefix: string, outer: IgnoreStack, ancestors: string[]): Promise<void> {
    let dirents: Dirent[];
    try {
      dirents = (await fs.readdir(folder, { withFileTypes: true })).sort(byName);
    } catch (error) {
      this.entries.push({ kind: "error", display: displayJoin(rootDisplay, prefix), error: errorText(error) });
      return;
    }
    const names = new Set(dirents.map((d) => d.name));
    if (this.options.removeLeftovers) this.leftoversRemoved += await removeLeftoverTemps(folder, [...names]);
    const rules = this.options.useIgnoreFiles ? await outer.enter(folder, prefix, names) : outer;
    for (const dirent of dirents) {
      const name = dirent.name;
      if (name === ".git" || isLeftoverTemp(name)) continue;
      const relative = prefix === "" ? name : `${prefix}/${name}`;
      const display = displayJoin(rootDisplay, relative);
      if (name.startsWith(".") && !this.options.hidden) {
        this.ignored++;
        continue;
      }
      let entryPath = path.join(folder, name);
      let isFolder = dirent.isDirectory();
      let isFile = dirent.isFile();
      let viaLink = false;
      if (dirent.isSymbolicLink()) {
        if (!this.options.follow) {
          if (this.isIgnored(rules, relative, false) || this.exclude?.(relative)) this.ignored++;
          else this.entries.push({ kind: "skipped", display, reason: "link" });
          continue;
        }
        try {
          const target = await fs.stat(entryPath);
          entryPath = await fs.realpath(entryPath);
          isFolder = target.isDirectory();
          isFile = target.isFile();
          viaLink = true;
        } catch (error) {
          this.entries.push({ kind: "error", display, error: `broken link: ${errorText(error)}` });
          continue;
        }
      }
      if (isFolder) {
        if (this.isIgnored(rules, relative, true) || this.exclude?.(relative)) {
          this.ignored++;
          continue;
        }
        if (this.excludeFolders.has(entryPath)) continue;
        if (ancestors.includes(entryPath)) {
          this.entries.push({ kind: "skipped", display, reason: "loop" });
          continue;
        }
        if (this.seenFolders.has(entryPath)) {
          this.entries.push({ kind: "skipped", display, reason: "link" });
          continue;
        }
        this.seenFolders.add(entryPath);
        await this.folder(entryPath, rootDisplay, relative, rules, [...ancestors, entryPath]);
      } else if (isFile) {
        if (this.isIgnored(rules, relative, false) || this.isFilteredFile(relative, name, entryPath)) {
          this.ignored++;
          continue;
        }
        if (this.seenFiles.has(entryPath)) {
          if (viaLink) this.entries.push({ kind: "skipped", display, reason: "link" });
          continue;
        }
        this.seenFiles.add(entryPath);
        this.entries.push({ kind: "file", path: entryPath, display, relative, viaLink });
      } else {
        this.entries.push({ kind: "skipped", display, reason: "special" });
      }
    }
  }

  private isIgnored(rules: IgnoreStack, relative: string, isFolder: boolean): boolean {
    return rules.ignores(relative, isFolder);
  }

  private isFilteredFile(relative: string, name: string, real: string): boolean {
    if (this.exclude?.(relative)) return true;
    if (this.include && !this.include(relative)) return true;
    if (this.options.backupSuffixes.some((suffix) => name.endsWith(suffix) && name !== suffix)) return true;
    return this.excludeFiles.has(real);
  }
}

function errorText(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === "ENOENT") return "no such file or directory";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ELOOP") return "too many levels of symbolic links";
  return error instanceof Error ? error.message : String(error);
}

export async function walkInputs(inputs: readonly string[], options: WalkOptions): Promise<WalkResult> {
  const walk = new TreeWalk(options);
  for (const input of inputs) await walk.input(input);
  return { entries: walk.entries, ignored: walk.ignored, leftoversRemoved: walk.leftoversRemoved };
}
