/**
 * The foundation's promises, through every way in: the library (fixText, fixBytes)
 * and the command line (stdin, a file argument, -o), in both quote modes.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { explainText, fixBytes, fixText } from "../src/index.js";
import { runCli } from "./helpers/run-cli.js";
import { scratchDir } from "./helpers/scratch-dir.js";

const fixture = (name: string) => readFileSync(path.join("fixtures", name), "utf8");
const straighten = (text: string) => text.replace(/[\u2018-\u201b]/g, "'").replace(/[\u201c-\u201f]/g, '"');
const KEEP_QUOTES = { fixes: { "curly-quotes": false } };

/** Broken fixtures and what they must become (with --keep-quotes). */
const REPAIRED_FIXTURES = [
  { name: "UTF-8 read as GBK, lost bytes, genuine Chinese beside it", broken: "gbk-news.txt", expected: "gbk-news.expected.txt" },
  { name: "UTF-8 read as Windows-1252", broken: "windows-1252-menu.txt", expected: "windows-1252-menu.expected.txt" },
];

describe.each(REPAIRED_FIXTURES)("$name", ({ broken, expected }) => {
  const input = fixture(broken);
  const want = fixture(expected);

  it("comes out exactly right with --keep-quotes, and with straight quotes by default", () => {
    expect(fixText(input, KEEP_QUOTES)).toBe(want);
    expect(fixText(input)).toBe(straighten(want));
  });

  it("comes out right through stdin, a file argument and -o", async () => {
    expect((await runCli(["--keep-quotes"], input)).stdout).toBe(want);
    expect((await runCli(["--keep-quotes", path.join("fixtures", broken)])).stdout).toBe(want);
    const dir = scratchDir("foundation");
    const out = path.join(dir, "out.txt");
    const r = await runCli([path.join("fixtures", broken), "-o", out]);
    expect(r).toMatchObject({ code: 0, stdout: "" });
    expect(readFileSync(out, "utf8")).toBe(straighten(want));
  });
});

/** Correct text in many scripts: nothing may change. */
const CLEAN_TEXTS = [
  { name: "ASCII", text: "Plain ASCII, with \"quotes\" and 'apostrophes' -- and 100% of it stays.\n" },
  { name: "accented Latin", text: "Café, naïve, São Tomé, Kraków, Ærøskøbing, İstanbul, Đà Nẵng, Kariņš.\n" },
  { name: "Chinese", text: "我们一起学习中文，这是正确的文本。麻辣豆腐很好吃。\n" },
  { name: "Japanese", text: "東京で会いましょう。ｶﾀｶﾅもそのままです。\n" },
  { name: "Russian", text: "Привет, как дела? Всё хорошо, спасибо.\n" },
  { name: "emoji", text: "Emoji 😀 👍🏽 👨‍👩‍👧 🇱🇻 stay as they are.\n" },
  { name: "look-alikes", text: "NÃO, IRMÃ, CAMPEÃO; ┌──┐; ∑ ≤ ∞; 25 °C ± 2; ¯\\_(ツ)_/¯\n" },
];

describe("correct text comes out byte-identical", () => {
  it.each(CLEAN_TEXTS)("$name", ({ text }) => {
    expect(fixText(text)).toBe(text);
    expect(Buffer.from(fixBytes(Buffer.from(text)).text)).toEqual(Buffer.from(text));
  });

  it("a clean multilingual file, through the CLI", async () => {
    const file = path.join("fixtures", "clean-multilingual.txt");
    const r = await runCli([file]);
    expect(r.code).toBe(0);
    expect(Buffer.from(r.stdout)).toEqual(readFileSync(file));
  });
});

describe("byte-order marks and UTF-16", () => {
  it("drops a UTF-8 BOM", () => {
    expect(fixBytes(Buffer.from("\ufeffhello", "utf8")).text).toBe("hello");
  });
  it.each(["utf-16le", "utf-16be"])("decodes %s with a BOM", (encoding) => {
    const bytes = iconv.encode("\ufeffcafé 中文", encoding);
    expect(fixBytes(bytes).text).toBe("café 中文");
  });
});

describe("explanations", () => {
  it("mark restored lost bytes as guesses, with the encoding pair", () => {
    const changes = explainText("said 鈥 and went 鈥渉ome鈥 at once", KEEP_QUOTES);
    expect(changes.map((c) => [c.before, c.after, c.guess ?? false])).toEqual([
      ["鈥", "—", true],
      ["鈥渉", "“h", false],
      ["鈥", "”", true],
    ]);
    expect(changes[0]!.encodingPair).toEqual({ encoding: "utf-8", readAs: "gbk" });
  });
});

const SEED = path.join("..", "shared", "seed", "000_942cfa0649e861bd.txt");

describe.runIf(existsSync(SEED))("the seed document", () => {
  const input = existsSync(SEED) ? readFileSync(SEED, "utf8") : "";

  it("is repaired: names, possessives, quotes, dashes; genuine Chinese stays; nothing left broken", () => {
    const out = fixText(input, KEEP_QUOTES);
    expect(out).toContain("Krišjānis Kariņš");
    expect(out).toContain("Russia’s");
    expect(out).toContain("doesn’t");
    expect(out).toContain("麻豆影视");
    expect(out.match(/ — /g)).toHaveLength(3);
    expect(out.match(/“/g)?.length).toBe(out.match(/”/g)?.length);
    expect(out).toMatch(/,” he said/);
    expect(out).not.toMatch(/[\ufffd鈥艈拧膩]/);
    // Every other character is untouched: only the broken spans changed.
    const changes = explainText(input, KEEP_QUOTES);
    expect(changes.every((c) => /[鈥艈拧膩]/.test(c.before))).toBe(true);
  });

  it("gives the same text through stdin, a file and -o, in both quote modes", async () => {
    const keep = fixText(input, KEEP_QUOTES);
    expect((await runCli(["--keep-quotes"], input)).stdout).toBe(keep);
    expect((await runCli([SEED])).stdout).toBe(straighten(keep));
    const dir = scratchDir("foundation");
    const out = path.join(dir, "seed.txt");
    expect((await runCli(["--keep-quotes", SEED, "-o", out])).code).toBe(0);
    expect(readFileSync(out, "utf8")).toBe(keep);
  });
});
