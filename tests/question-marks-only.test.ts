/**
 * A line of ASCII alone whose only damage is Python's "?" for a quote, apostrophe, dash or
 * ellipsis lost byte by byte (src/repair/mojibake/question-marks-only.ts): three "?" inside
 * a word or on both sides of quoted words prove it; "???" after a word alone does not.
 * Inputs were made with CPython 3:
 * `text.encode("utf-8").decode(enc, errors="replace").replace("\ufffd", "?")` for euc_kr,
 * big5 and euc_jp, which all give the same ASCII line here.
 */
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { fixText } from "../src/index.js";
import { fixBytes } from "../src/pipeline.js";
import { createFixStream } from "../src/stream/index.js";
import { describe, expect, it } from "vitest";

const RESTORED: { name: string; broken: string; clean: string }[] = [
  { name: "an apostrophe inside a word", broken: "You don???t need to restart the computer.", clean: "You don’t need to restart the computer." },
  { name: "a possessive", broken: "The printer???s manual says otherwise.", clean: "The printer’s manual says otherwise." },
  { name: "quotes round a word", broken: "Type ???firefox??? and press Enter.", clean: "Type “firefox” and press Enter." },
  { name: "a dash between words, on a line an apostrophe proves", broken: "It isn???t ready ??? wait a moment.", clean: "It isn’t ready — wait a moment." },
  { name: "an ellipsis after a word, on a line quotes prove", broken: "Open the file??? then choose ???Save???.", clean: "Open the file… then choose “Save”." },
];

const UNCHANGED = [
  "Really??? Yes, really?? No.",
  "What??? ???",
  "Press Properties??? and wait.",
  "x ??? y and a ?? b",
  "File ab??cd and ef??gh.",
  "R??da tipiski p??rs??tin??tu zilo kr??su.",
  "Date: 20??-??-?? at ??:??",
  "def todo = ???",
];

describe("Python's \"?\" on a line of ASCII, proven inside a word or round quoted words", () => {
  for (const { name, broken, clean } of RESTORED) {
    it(name, () => expect(fixText(broken, { repairOnly: true })).toBe(clean));
    // (The default options go on to straighten the curly quotes: curly-quotes.ts.)
    it(`${name} (default options)`, () => expect(fixText(broken)).toBe(fixText(clean)));
  }
});

describe("question marks no row proves stay", () => {
  for (const text of UNCHANGED) it(text, () => expect(fixText(text)).toBe(text));
});

describe("the stream reads such lines as fixBytes does (its byte-level fast path must not pass them by)", () => {
  async function streamed(input: Buffer, chunk: number): Promise<string> {
    const parts: Buffer[] = [];
    for (let i = 0; i < input.length; i += chunk) parts.push(input.subarray(i, i + chunk));
    const stream = createFixStream({ repairOnly: true });
    const out: Buffer[] = [];
    stream.on("data", (b: Buffer) => out.push(b));
    await pipeline(Readable.from(parts), stream);
    return Buffer.concat(out).toString("utf8");
  }
  const input = Buffer.from(`${RESTORED.map((c) => c.broken).join("\n")}\n`, "utf8");
  for (const chunk of [input.length, 1]) {
    it(`in chunks of ${chunk}`, async () => expect(await streamed(input, chunk)).toBe(fixBytes(input, { repairOnly: true }).text));
  }
  it("and fixBytes repairs them", () => expect(fixBytes(input, { repairOnly: true }).text).toBe(`${RESTORED.map((c) => c.clean).join("\n")}\n`));
});
