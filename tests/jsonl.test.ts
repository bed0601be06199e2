import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createJsonlCore, finishJsonl, pushJsonl } from "../src/stream/index.js";
import type { FixOptions } from "../src/types.js";
import { runCli } from "./helpers/run-cli.js";
import { scratchDir } from "./helpers/scratch-dir.js";

/** Curly quotes are straightened by default: a repair that does not depend on the mojibake search. */
const CASES: { name: string; input: string; expected: string; fields?: string[]; options?: FixOptions }[] = [
  { name: "a string value", input: `{"t":"“hi” it’s"}\n`, expected: `{"t":"\\"hi\\" it's"}\n` },
  { name: "keys are never repaired", input: `{"“k”":"plain"}\n`, expected: `{"“k”":"plain"}\n` },
  {
    name: "numbers, spacing and order stay byte for byte",
    input: `{ "n" : 12345678901234567890 , "f": 1.50, "t" : "‘a’" , "z": null}\n`,
    expected: `{ "n" : 12345678901234567890 , "f": 1.50, "t" : "'a'" , "z": null}\n`,
  },
  {
    name: "--field paths: dotted, arrays transparent, objects select all beneath",
    input: `{"a":"“x”","b":{"c":"“y”","d":"“w”"},"e":["“z”",{"f":"“v”"}],"g":{"h":{"i":"“u”"}}}\n`,
    fields: ["b.c", "e", "g"],
    expected: `{"a":"“x”","b":{"c":"\\"y\\"","d":"“w”"},"e":["\\"z\\"",{"f":"\\"v\\""}],"g":{"h":{"i":"\\"u\\""}}}\n`,
  },
  { name: "ASCII-escaped strings stay ASCII-escaped", input: `{"t":"\\u201chi\\u201d caf\\u00e9"}\n`, expected: `{"t":"\\"hi\\" caf\\u00e9"}\n` },
  { name: "a top-level string", input: `"“x”"\n`, expected: `"\\"x\\""\n` },
  { name: "CRLF is kept", input: `{"t":"“a”"}\r\n{"t":"b"}\r\n`, expected: `{"t":"\\"a\\""}\r\n{"t":"b"}\r\n` },
  { name: "invalid JSON and blank lines pass through", input: `not json “x”\n\n{"t":"“a”"}\n{"broken": \n`, expected: `not json “x”\n\n{"t":"\\"a\\""}\n{"broken": \n` },
  { name: "last line without a line break", input: `{"t":"x"}\n{"t":"“y”"}`, expected: `{"t":"x"}\n{"t":"\\"y\\""}` },
  { name: "nothing to repair: the same bytes", input: `{"t":"Kariņš 你好 Привет","n":[1,2,{"x":true}]}\n`, expected: `{"t":"Kariņš 你好 Привет","n":[1,2,{"x":true}]}\n` },
  { name: "escaped quotes and backslashes inside strings", input: `{"t":"a \\"q\\" \\\\ “b”"}\n`, expected: `{"t":"a \\"q\\" \\\\ \\"b\\""}\n` },
  { name: "fix options apply", input: `{"t":"“a”"}\n`, options: { fixes: { "curly-quotes": false } }, expected: `{"t":"“a”"}\n` },
];

function jsonlInChunks(input: Buffer, size: number, options: FixOptions = {}, fields?: string[]) {
  const state = createJsonlCore(options, { fields });
  const out: Buffer[] = [];
  for (let i = 0; i < input.length; i += size) pushJsonl(state, input.subarray(i, i + size), (b) => out.push(b));
  finishJsonl(state, (b) => out.push(b));
  return { bytes: Buffer.concat(out), text: Buffer.concat(out).toString("utf8"), counts: state.counts };
}

describe("JSON Lines repair", () => {
  for (const c of CASES) {
    it(c.name, () => {
      const input = Buffer.from(c.input, "utf8");
      for (const size of [input.length || 1, 1, 3, 7]) {
        expect(jsonlInChunks(input, size, c.options, c.fields).text).toBe(c.expected);
      }
    });
  }

  it("counts invalid lines (not JSON, or not UTF-8)", () => {
    const input = Buffer.concat([Buffer.from(`{"a":1}\nnope\n`), Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d, 0x0a])]);
    const { bytes, counts } = jsonlInChunks(input, 4);
    expect(bytes.equals(input)).toBe(true);
    expect(counts).toMatchObject({ lines: 3, invalidLines: 2, firstInvalidLine: 2 });
  });
});

describe("--jsonl on the command line", () => {
  it("repairs, and reports invalid lines on stderr", async () => {
    const r = await runCli(["--jsonl"], `{"t":"“a”"}\nbad\n`);
    expect(r).toMatchObject({ code: 0, stdout: `{"t":"\\"a\\""}\nbad\n` });
    expect(r.stderr).toMatch(/1 line was not valid JSON, passed through unchanged \(first: line 2\)/);
  });
  it("--strict makes an invalid line an error (exit 2) naming the line", async () => {
    const r = await runCli(["--jsonl", "--strict"], `{"t":"a"}\n{"t":\n`);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/line 2: not valid JSON/);
  });
  it("--field without --jsonl is a usage error", async () => {
    const r = await runCli(["--field", "t"], "x");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--field and --strict go with --jsonl/);
  });
});

/** GNU parallel: present, or installed with apt-get; undefined when neither works. */
function findParallel(): string | undefined {
  const which = () => spawnSync("sh", ["-c", "command -v parallel"], { encoding: "utf8" }).stdout.trim() || undefined;
  const found = which();
  if (found) return found;
  const install = spawnSync("sh", ["-c", "apt-get install -y parallel >/dev/null 2>&1"], { timeout: 120_000 });
  return install.status === 0 ? which() : undefined;
}

const root = path.resolve(__dirname, "..");
const bin = path.join(root, "bin", "mojifix.js");
const built = existsSync(path.join(root, "dist", "cli", "main.js"));
const parallel = built ? findParallel() : undefined;
if (!built) console.warn("jsonl.test: dist/ not built (run `npm test`): skipping the GNU parallel test");
else if (!parallel) console.warn("jsonl.test: GNU parallel not installed and apt-get failed: skipping the parallel --pipe test");

describe.runIf(parallel !== undefined)("under GNU parallel --pipe", () => {
  it("gives the single-process output, line for line, in order", () => {
    const lines: string[] = [];
    for (let i = 0; i < 1200; i++) {
      if (i % 97 === 0) lines.push(`not json ${i}`);
      else lines.push(JSON.stringify({ id: i, text: i % 2 ? `“quote ${i}” it’s` : `plain ${i} Kariņš`, meta: { title: `‘t${i}’` } }));
    }
    const dir = scratchDir("jsonl");
    const file = path.join(dir, "in.jsonl");
    writeFileSync(file, `${lines.join("\n")}\n`);
    const single = execFileSync(process.execPath, [bin, "--jsonl", "--field", "text", file], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    const split = execFileSync(
      "sh",
      ["-c", `${parallel} --will-cite --pipe -k --block 16k -j 2 ${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} --jsonl --field text < ${JSON.stringify(file)}`],
      { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
    );
    expect(split.split("\n").length).toBe(lines.length + 1);
    expect(split).toBe(single);
    expect(single).toContain(`"text":"\\"quote 1\\" it's"`);
  }, 60_000);
});
