/**
 * File names that are not UTF-8 (src/files/fs-path.ts), in-process: such a name stays
 * bytes through path arithmetic, a UTF-8 name stays a string, and every name is shown
 * on one line with its odd bytes escaped. The real binary is exercised on such names in
 * tests/misuse.test.ts. Example: bytes `61 FF 2E 74 78 74` → shown "a\xFF.txt".
 */
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { appendToPath, basenamePath, dirnamePath, displayPath, fsPathFromBytes, joinPath, pathKey, resolvePath } from "../src/files/fs-path.js";
import { walkInputs } from "../src/files/walk.js";
import { scratchDir } from "./helpers/scratch-dir.js";

const odd = Buffer.from([0x61, 0xff, 0x2e, 0x74, 0x78, 0x74]); // "a\xFF.txt"

describe("paths as bytes", () => {
  it("a name that is valid UTF-8 stays a string; one that is not stays bytes", () => {
    expect(fsPathFromBytes(Buffer.from("café.txt"))).toBe("café.txt");
    expect(Buffer.isBuffer(fsPathFromBytes(odd))).toBe(true);
  });

  it("path arithmetic keeps the bytes", () => {
    const joined = joinPath("tree", "sub", odd);
    expect(Buffer.from(joined as Buffer).toString("latin1")).toBe("tree/sub/a\xff.txt");
    expect(dirnamePath(joined)).toBe("tree/sub");
    expect(Buffer.from(basenamePath(joined) as Buffer).equals(odd)).toBe(true);
    expect(Buffer.from(appendToPath(joined, ".orig") as Buffer).toString("latin1")).toBe("tree/sub/a\xff.txt.orig");
    expect(Buffer.from(resolvePath("/work", odd) as Buffer).toString("latin1")).toBe("/work/a\xff.txt");
    expect(joinPath("tree", "a.txt")).toBe("tree/a.txt");
    // A Buffer arrives in a worker thread as a plain Uint8Array.
    expect(pathKey(new Uint8Array(odd))).toBe(pathKey(odd));
    expect(pathKey(odd)).not.toBe(pathKey("a\uFFFD.txt"));
  });

  it("names are shown on one line: bytes that are not UTF-8 and control characters escaped, the rest as is", () => {
    expect(displayPath(odd)).toBe("a\\xFF.txt");
    expect(displayPath("line\nbreak.txt")).toBe("line\\x0Abreak.txt");
    expect(displayPath(Buffer.from([0xe2, 0x80, 0x41]))).toBe("\\xE2\\x80A"); // a sequence cut short
    expect(displayPath("Grüße 😀.txt")).toBe("Grüße 😀.txt");
  });

  it("the walk finds a file named with 0xFF in a folder named with 0xFE, and sorts it among the others", async () => {
    const dir = scratchDir("names");
    const sub = Buffer.concat([Buffer.from(`${dir}/tree/sub`), Buffer.from([0xfe])]);
    mkdirSync(sub, { recursive: true });
    writeFileSync(Buffer.concat([sub, Buffer.from("/"), odd]), "x\n");
    writeFileSync(path.join(dir, "tree", "b.txt"), "x\n");
    expect(readdirSync(path.join(dir, "tree"))).toHaveLength(2);
    const walk = await walkInputs([path.join(dir, "tree")], {
      cwd: dir,
      useIgnoreFiles: true,
      hidden: false,
      include: [],
      exclude: [],
      follow: false,
      excludeFolders: [],
      excludeFiles: [],
      backupSuffixes: [".orig"],
      removeLeftovers: false,
    });
    const shown = walk.entries.map((e) => (e.kind === "file" ? e.display.slice(dir.length + 1) : e.kind));
    expect(shown).toEqual(["tree/b.txt", "tree/sub\\xFE/a\\xFF.txt"]);
  });
});
