import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FIXES } from "../src/repair/registry.js";
import { FIX_TRIGGER_RUNS, FIX_TRIGGERS } from "../src/stream/fix-triggers.js";
import { isQuietUtf8, quietTableFor } from "../src/stream/quiet-scan.js";
import type { FixOptions } from "../src/types.js";

/** Option sets under which each trigger test must hold. */
const OPTION_SETS: FixOptions[] = [{}, { eol: "lf" }, { eol: "crlf" }, { normalize: "NFKC" }, { normalize: "none" }];

/** Characters from everywhere: ASCII, Latin-1, combining marks, jamo, CJK, compatibility forms, astral. */
const anyChar = fc.oneof(
  fc.integer({ min: 0, max: 0x7f }),
  fc.integer({ min: 0x80, max: 0x3ff }),
  fc.integer({ min: 0x1100, max: 0x11ff }),
  fc.integer({ min: 0x2000, max: 0x206f }),
  fc.integer({ min: 0x3000, max: 0x30ff }),
  fc.integer({ min: 0xac00, max: 0xac40 }),
  fc.integer({ min: 0xfb00, max: 0xffff }),
  fc.integer({ min: 0x1d100, max: 0x1d1ff }),
  fc.integer({ min: 0x1f300, max: 0x1f64f }),
);

describe("a fix makes no edit on text without its trigger characters", () => {
  for (const fix of FIXES) {
    const trigger = FIX_TRIGGERS[fix.name];
    it.runIf(trigger !== undefined)(fix.name, () => {
      for (const options of OPTION_SETS) {
        const quietChar = anyChar
          .filter((cp) => cp < 0xd800 || cp > 0xdfff)
          .map((cp) => String.fromCodePoint(cp))
          .filter((ch) => !trigger!(ch, ch.codePointAt(0)!, options));
        const runs = FIX_TRIGGER_RUNS[fix.name] ?? [];
        fc.assert(
          fc.property(fc.array(quietChar, { maxLength: 40 }), (chars) => {
            const text = chars.join("");
            fc.pre(!runs.some((run) => text.includes(run)));
            expect(fix.edits(text, options)).toEqual([]);
          }),
          { numRuns: 300 },
        );
      }
    });
  }

  it("lists the fixes that have no trigger test (they turn the byte-level fast path off)", () => {
    const missing = FIXES.map((f) => f.name).filter((name) => FIX_TRIGGERS[name] === undefined);
    if (missing.length > 0) console.warn(`fixes without a trigger test: ${missing.join(", ")}`);
    expect(Object.keys(FIX_TRIGGERS).every((name) => FIXES.some((f) => f.name === name))).toBe(true);
  });
});

describe("the quiet scan", () => {
  const table = quietTableFor({})!;
  it.each([
    ["plain ASCII", "plain ASCII line, with punctuation!\n", true],
    ["tabs and CRLF", "a\tb\r\n", true],
    ["a curly quote", "it’s\n", false],
    ["an entity", "AT&amp;T\n", false],
    ["an escape", "\x1b[0m\n", false],
    ["a control character", "a\x07b\n", false],
    ["non-ASCII while mojibake may act on it", "café\n", false],
    ["a question, and two question marks", "Really? Why?? Yes.\n", true],
    ["three question marks, as Python's stand-ins show a lost quote", "don???t\n", false],
  ])("%s", (_name, text, quiet) => {
    expect(isQuietUtf8(Buffer.from(text as string, "utf8"), table)).toBe(quiet);
  });

  it("with mojibake off, accented, Cyrillic and CJK text is quiet; a combining mark is not", () => {
    const options: FixOptions = { fixes: { mojibake: false } };
    const noMojibake = quietTableFor(options)!;
    expect(isQuietUtf8(Buffer.from("café Привет 你好 😀\n"), noMojibake)).toBe(true);
    expect(isQuietUtf8(Buffer.from("cafe\u0301\n"), noMojibake)).toBe(false);
  });
});
