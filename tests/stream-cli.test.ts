import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { fixBytes } from "../src/pipeline.js";
import { runCli } from "./helpers/run-cli.js";
import { scratchDir } from "./helpers/scratch-dir.js";

const scratch = () => scratchDir("stream-cli");

describe("the single-input path streams", () => {
  it("writes -o atomically with the whole-buffer output, and no temp file left", async () => {
    const dir = scratch();
    const input = iconv.encode("“Привет”, как дела?\n".repeat(5000), "windows-1251");
    writeFileSync(path.join(dir, "in.txt"), input);
    const r = await runCli(["in.txt", "-o", "out.txt"], "", dir);
    expect(r).toMatchObject({ code: 0, stdout: "", stderr: "" });
    expect(readFileSync(path.join(dir, "out.txt"), "utf8")).toBe(fixBytes(input).text);
    expect(readdirSync(dir).sort()).toEqual(["in.txt", "out.txt"]);
  });

  it("passes empty input through as nothing", async () => {
    expect(await runCli([], "")).toMatchObject({ code: 0, stdout: "", stderr: "" });
  });

  it("refuses binary input before writing anything (stdout or -o)", async () => {
    const dir = scratch();
    const png = Buffer.concat([Buffer.from("\x89PNG\r\n\x1a\n", "latin1"), Buffer.alloc(64), Buffer.from([0xff, 0, 1])]);
    writeFileSync(path.join(dir, "a.png"), png);
    const toStdout = await runCli(["a.png"], "", dir);
    expect(toStdout).toMatchObject({ code: 2, stdout: "" });
    expect(toStdout.stderr).toMatch(/a\.png: binary file/);
    const toFile = await runCli(["a.png", "-o", "out.txt"], "", dir);
    expect(toFile.code).toBe(2);
    expect(readdirSync(dir)).toEqual(["a.png"]);
  });

  it("names a directory given as the single input", async () => {
    const dir = scratch();
    const r = await runCli(["-o", "x.txt", "-"], "", dir);
    expect(r.code).toBe(0);
    const asInput = await runCli([dir, "--jsonl"], "");
    expect(asInput.code).toBe(2);
  });
});

const root = path.resolve(__dirname, "..");
const bin = path.join(root, "bin", "mojifix.js");
const built = existsSync(path.join(root, "dist", "cli", "main.js"));

describe.runIf(built)("as a process", () => {
  it("exits quietly with 0 when the reader goes away (| head -1)", () => {
    const dir = scratch();
    const file = path.join(dir, "big.txt");
    writeFileSync(file, "a line of “text” that goes on\n".repeat(400_000));
    const run = spawnSync("bash", ["-c", `${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} ${JSON.stringify(file)} | head -1; echo "status=\${PIPESTATUS[0]}"`], {
      encoding: "utf8",
    });
    expect(run.stdout).toBe(`a line of "text" that goes on\nstatus=0\n`);
    expect(run.stderr).toBe("");
  }, 60_000);
});
