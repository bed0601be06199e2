/**
 * `mojifix detect`: text and JSON lines, stdin, several paths, an unreadable input
 * (named on stderr, exit 2, the others still detected), and that the root command
 * still fixes a file (`mojifix FILE`) next to the subcommand (`mojifix detect FILE`).
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { runCli } from "./helpers/run-cli.js";
import { scratchDir } from "./helpers/scratch-dir.js";

const dir = scratchDir("detect-cli");
const files: Record<string, Uint8Array> = {
  "latin1.txt": iconv.encode("Le garçon a mangé trois crêpes à Noël.\n", "windows-1252"),
  "russian.txt": iconv.encode("Съешь же ещё этих мягких французских булок.\n", "windows-1251"),
  "bom.txt": Buffer.from("\ufeffcafé\n", "utf8"),
  "empty.txt": new Uint8Array(0),
  "image.bin": Buffer.from("89504e470d0a1a0a0000000d4948445200000010", "hex"),
};
for (const [name, bytes] of Object.entries(files)) writeFileSync(path.join(dir, name), bytes);

describe("mojifix detect", () => {
  it.each([
    ["latin1.txt", "latin1.txt: windows-1252 (confidence 1.00)\n"],
    ["russian.txt", "russian.txt: windows-1251 (confidence 1.00)\n"],
    ["bom.txt", "bom.txt: utf-8 with BOM (confidence 1.00)\n"],
    ["empty.txt", "empty.txt: empty\n"],
    ["image.bin", "image.bin: binary\n"],
  ])("prints one text line for %s", async (name, line) => {
    const r = await runCli(["detect", name], "", dir);
    expect(r).toEqual({ code: 0, stdout: line, stderr: "" });
  });

  it("prints one JSON object per input with candidates", async () => {
    const r = await runCli(["detect", "--json", "latin1.txt", "bom.txt"], "", dir);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split("\n").map((line) => JSON.parse(line));
    expect(lines[0]).toMatchObject({ path: "latin1.txt", encoding: "windows-1252", bom: false, binary: false });
    expect(lines[0].candidates[0]).toEqual({ encoding: "windows-1252", confidence: lines[0].confidence });
    expect(lines[0].candidates.length).toBeGreaterThan(1);
    expect(lines[1]).toMatchObject({ path: "bom.txt", encoding: "utf-8", bom: true, confidence: 1 });
  });

  it("reads stdin when no path is given", async () => {
    const r = await runCli(["detect"], iconv.encode("Zażółć gęślą jaźń.\n", "iso-8859-2"), dir);
    expect(r).toEqual({ code: 0, stdout: "<stdin>: iso-8859-2 (confidence 1.00)\n", stderr: "" });
  });

  it("names an unreadable input on stderr, exits 2 and goes on with the others", async () => {
    const r = await runCli(["detect", "missing.txt", "latin1.txt"], "", dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("mojifix: missing.txt: no such file or directory\n");
    expect(r.stdout).toBe("latin1.txt: windows-1252 (confidence 1.00)\n");
  });

  it("leaves the root command fixing files", async () => {
    const r = await runCli(["russian.txt"], "", dir);
    expect(r).toEqual({ code: 0, stdout: "Съешь же ещё этих мягких французских булок.\n", stderr: "" });
  });
});
