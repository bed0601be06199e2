/**
 * Inputs → the ordered list of files a batch run handles. Folders are walked
 * depth-first with entries sorted by name, so the order (and every report built on
 * it) is the same on every run. The walk honours .gitignore/.ignore, skips hidden
 * entries and `.git`, applies --include/--exclude, does not follow symbolic links
 * unless asked (and then reports loops instead of going round them), never walks
 * into the output folder, and removes the temp files a killed run left behind.
 * Names are read as bytes: one that is not UTF-8 is walked by its bytes (fs-path.ts)
 * and shown escaped (`tree/odd\xFF.txt`).
 * Example: `walkInputs(["tree"])` over tree/{a.txt, .hidden, build/ (ignored), link → /etc/x}
 * gives [file tree/a.txt, skipped tree/link (link)] and counts 2 ignored.
 */
import { promises as fs, type Dirent, type Stats } from "node:fs";
import { basenamePath, displayPath, type FsPath, fsPathFromBytes, joinPath, pathKey, resolvePath } from "./fs-path.js";
import path from "node:path";
import picomatch from "picomatch";
import { isLeftoverTemp, removeLeftoverTemps } from "./atomic-write.js";
import { IgnoreStack } from "./ignore-rules.js";

export type SkipReason = "binary" | "link" | "loop" | "special";

export interface WalkedFile {
  kind: "file";
  /** Real, absolute path to read (links resolved); bytes when the name is not UTF-8. */
  path: FsPath;
  /** The path as the user sees it: the input as typed joined with the path below it. */
  display: string;
  /** Path below the input root (slash-separated); the file's place under --out-dir. */
  relative: FsPath;
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
  excludeFolders: readonly FsPath[];
  /** Real absolute files never processed (the report file). */
  excludeFiles: readonly FsPath[];
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

/** A folder entry by name: `name` is a string unless its bytes are not UTF-8; `text` is how it is matched and shown. */
interface NamedEntry {
  dirent: Dirent<Buffer>;
  name: FsPath;
  text: string;
}

function byName(a: NamedEntry, b: NamedEntry): number {
  return a.text < b.text ? -1 : a.text > b.text ? 1 : 0;
}

/** "tree" + "sub/a.txt" → "tree/sub/a.txt"; "." + "a.txt" → "a.txt". */
function displayJoin(root: string, relative: FsPath): string {
  return relative === "" ? root : path.posix.join(root.split(path.sep).join("/"), displayPath(relative));
}

/** The real path of `p`, by its bytes when it has a name that is not UTF-8. */
async function realPath(p: FsPath): Promise<FsPath> {
  return typeof p === "string" ? fs.realpath(p) : fsPathFromBytes(await fs.realpath(p, { encoding: "buffer" }));
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
    this.excludeFolders = new Set(options.excludeFolders.map(pathKey));
    this.excludeFiles = new Set(options.excludeFiles.map(pathKey));
  }

  async input(input: FsPath): Promise<void> {
    if (input === "-") {
      this.entries.push({ kind: "stdin", display: "<stdin>" });
      return;
    }
    const absolute = resolvePath(this.options.cwd, input);
    const display = typeof input === "string" ? displayPath(path.normalize(input)) : displayPath(joinPath(input));
    let stat: Stats;
    let real: FsPath;
    try {
      stat = await fs.stat(absolute);
      real = await realPath(absolute);
    } catch (error) {
      this.entries.push({ kind: "error", display, error: errorText(error) });
      return;
    }
    const viaLink = (await fs.lstat(absolute)).isSymbolicLink();
    if (stat.isDirectory()) {
      if (this.excludeFolders.has(pathKey(real))) return;
      this.seenFolders.add(pathKey(real));
      await this.folder(real, display, "", IgnoreStack.empty(), [pathKey(real)]);
    } else if (stat.isFile()) {
      if (this.seenFiles.has(pathKey(real))) return;
      this.seenFiles.add(pathKey(real));
      this.entries.push({ kind: "file", path: real, display, relative: basenamePath(absolute), viaLink });
    } else {
      this.entries.push({ kind: "error", display, error: "not a regular file" });
    }
  }

  /**
   * `prefix` is the folder's path below the root (bytes if a name on the way is not
   * UTF-8); `ancestors` are pathKeys of the real folders above, for loops.
   */
  private async folder(folder: FsPath, rootDisplay: string, prefix: FsPath, outer: IgnoreStack, ancestors: string[]): Promise<void> {
    let entries: NamedEntry[];
    try {
      const dirents = await fs.readdir(folder, { withFileTypes: true, encoding: "buffer" });
      entries = dirents
        .map((dirent) => {
          const name = fsPathFromBytes(dirent.name);
          return { dirent, name, text: typeof name === "string" ? name : displayPath(name) };
        })
        .sort(byName);
    } catch (error) {
      this.entries.push({ kind: "error", display: displayJoin(rootDisplay, prefix), error: errorText(error) });
      return;
    }
    const names = new Set(entries.map((e) => e.text));
    if (this.options.removeLeftovers) this.leftoversRemoved += await removeLeftoverTemps(folder, entries.map((e) => e.name));
    const prefixText = typeof prefix === "string" ? prefix : displayPath(prefix);
    const rules = this.options.useIgnoreFiles ? await outer.enter(folder, prefixText, names) : outer;
    for (const { dirent, name, text } of entries) {
      if (text === ".git" || isLeftoverTemp(name)) continue;
      const relative = prefix === "" ? name : joinPath(prefix, name);
      // Ignore rules and globs see the name as shown (bytes that are not UTF-8 escaped).
      const relativeText = prefixText === "" ? text : `${prefixText}/${text}`;
      const display = displayJoin(rootDisplay, relative);
      if (text.startsWith(".") && !this.options.hidden) {
        this.ignored++;
        continue;
      }
      let entryPath = joinPath(folder, name);
      let isFolder = dirent.isDirectory();
      let isFile = dirent.isFile();
      let viaLink = false;
      if (dirent.isSymbolicLink()) {
        if (!this.options.follow) {
          if (this.isIgnored(rules, relativeText, false) || this.exclude?.(relativeText)) this.ignored++;
          else this.entries.push({ kind: "skipped", display, reason: "link" });
          continue;
        }
        try {
          const target = await fs.stat(entryPath);
          entryPath = await realPath(entryPath);
          isFolder = target.isDirectory();
          isFile = target.isFile();
          viaLink = true;
        } catch (error) {
          this.entries.push({ kind: "error", display, error: `broken link: ${errorText(error)}` });
          continue;
        }
      }
      const key = pathKey(entryPath);
      if (isFolder) {
        if (this.isIgnored(rules, relativeText, true) || this.exclude?.(relativeText)) {
          this.ignored++;
          continue;
        }
        if (this.excludeFolders.has(key)) continue;
        if (ancestors.includes(key)) {
          this.entries.push({ kind: "skipped", display, reason: "loop" });
          continue;
        }
        if (this.seenFolders.has(key)) {
          this.entries.push({ kind: "skipped", display, reason: "link" });
          continue;
        }
        this.seenFolders.add(key);
        await this.folder(entryPath, rootDisplay, relative, rules, [...ancestors, key]);
      } else if (isFile) {
        if (this.isIgnored(rules, relativeText, false) || this.isFilteredFile(relativeText, text, key)) {
          this.ignored++;
          continue;
        }
        if (this.seenFiles.has(key)) {
          if (viaLink) this.entries.push({ kind: "skipped", display, reason: "link" });
          continue;
        }
        this.seenFiles.add(key);
        this.entries.push({ kind: "file", path: entryPath, display, relative, viaLink });
      } else {
        this.entries.push({ kind: "skipped", display, reason: "special" });
      }
    }
  }

  private isIgnored(rules: IgnoreStack, relative: string, isFolder: boolean): boolean {
    return rules.ignores(relative, isFolder);
  }

  private isFilteredFile(relative: string, name: string, realKey: string): boolean {
    if (this.exclude?.(relative)) return true;
    if (this.include && !this.include(relative)) return true;
    if (this.options.backupSuffixes.some((suffix) => name.endsWith(suffix) && name !== suffix)) return true;
    return this.excludeFiles.has(realKey);
  }
}

function errorText(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === "ENOENT") return "no such file or directory";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ELOOP") return "too many levels of symbolic links";
  return error instanceof Error ? error.message : String(error);
}

export async function walkInputs(inputs: readonly FsPath[], options: WalkOptions): Promise<WalkResult> {
  const walk = new TreeWalk(options);
  for (const input of inputs) await walk.input(input);
  return { entries: walk.entries, ignored: walk.ignored, leftoversRemoved: walk.leftoversRemoved };
}
