import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { fixBytes } from "../src/pipeline.js";
import { BinaryInputError, createFixCore, createFixStream, finishBytes, pushBytes } from "../src/stream/index.js";
import { LONG_LINE_LIMIT, SAMPLE_BYTES } from "../src/stream/limits.js";
import type { ByteFixOptions } from "../src/types.js";
import { seededRandom } from "./corpus/generate.js";


/** Run the streaming core over `input` cut into chunks of the given sizes (cycled). */
function streamInChunks(input: Buffer, sizes: () => number, options: ByteFixOptions = {}): Buffer {
  const state = createFixCore(options, options.encoding);
  const out: Buffer[] = [];
  const sink = { keep: (b: Buffer) => out.push(b), emit: (t: string) => out.push(Buffer.from(t, "utf8")) };
  for (let i = 0; i < input.length; ) {
    const n = Math.max(1, sizes());
    pushBytes(state, input.subarray(i, i + n), sink);
    i += n;
  }
  finishBytes(state, sink);
  return Buffer.concat(out);
}

const utf8 = (s: string) => Buffer.from(s, "utf8");
const repeatTo = (s: string, bytes: number) => s.repeat(Math.ceil(bytes / Buffer.byteLength(s)));

/** Inputs with multi-byte characters, mojibake and things fixes act on, cut anywhere. */
const SMALL_CASES: { name: string; input: Buffer; options?: ByteFixOptions }[] = [
  { name: "empty", input: Buffer.alloc(0) },
  { name: "ascii without final newline", input: utf8("plain\ntext") },
  { name: "multilingual UTF-8", input: utf8("Kariņš ģimene\nПривет, мир\n你好，世界\nΚαλημέρα 😀\n") },
  { name: "curly quotes straddling chunks", input: utf8("“It’s” ‘fine’\r\nnext “line”\n") },
  { name: "Windows-1252 mojibake", input: utf8("cafÃ© au lait\nnaÃ¯ve\nâ€œquoteâ€\n") },
  { name: "GBK mojibake", input: utf8("Kari艈拧 said 鈥檚\n") },
  { name: "html entities and escapes", input: utf8("AT&amp;T &eacute;\n\x1b[31mred\x1b[0m\n") },
  { name: "combining marks for NFC", input: utf8("cafe\u0301\nHangul \u1100\u1161\n") },
  { name: "CRLF everywhere", input: utf8("a\r\nb\r\n\r\nc") },
  { name: "UTF-8 BOM", input: utf8("\ufeffhello “world”\n") },
  { name: "UTF-16LE with BOM", input: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("héllo “x”\nсвет\n", "utf16le")]) },
  { name: "UTF-16BE with BOM", input: Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from("héllo\r\n😀 ok\n", "utf16le").swap16()]) },
  { name: "Windows-1251", input: iconv.encode("Привет, как дела?\nВсё хорошо.\n", "windows-1251") },
  { name: "GBK", input: iconv.encode("中文的文本，你好。\n第二行\n", "gbk") },
  { name: "Latin-1", input: iconv.encode("Déjà vu, garçon\nàéîõü\n", "latin1") },
  { name: "invalid UTF-8 given as UTF-8", input: Buffer.from([0x61, 0xe2, 0x80, 0x0a, 0xc3, 0x62, 0x0a]), options: { encoding: "utf-8" } },
  { name: "named legacy encoding", input: iconv.encode("Ελληνικά\n", "windows-1253"), options: { encoding: "windows-1253" } },
  { name: "keep quotes", input: utf8("“kept”\n"), options: { fixes: { "curly-quotes": false } } },
];

describe("the stream gives the whole-buffer output for any chunking", () => {
  for (const { name, input, options } of SMALL_CASES) {
    it(name, () => {
      const expected = Buffer.from(fixBytes(input, options).text, "utf8");
      expect(streamInChunks(input, () => input.length || 1, options)).toEqual(expected);
      expect(streamInChunks(input, () => 1, options)).toEqual(expected);
      for (let seed = 1; seed <= 20; seed++) {
        const random = seededRandom(seed);
        expect(streamInChunks(input, () => 1 + Math.floor(random() * 7), options)).toEqual(expected);
      }
    });
  }
});

describe("large inputs: the sample, the fallback window and long lines", () => {
  const multilingual = "Kariņš ģimene “quoted” cafÃ© 你好 Привет 😀 &amp; end\n";
  const LARGE_CASES: { name: string; input: Buffer }[] = [
    { name: "200 KB of mixed lines", input: utf8(repeatTo(multilingual, 200_000)) },
    {
      name: "Latin-1 line after the sample",
      input: Buffer.concat([utf8(repeatTo("naïve “UTF-8” text\n", SAMPLE_BYTES + 5000)), iconv.encode("garçon déjà\n", "latin1"), utf8("après\n")]),
    },
    {
      name: "Windows-1251 lines after the sample, mixed with UTF-8 lines",
      input: Buffer.concat([
        utf8(repeatTo("plain ascii line\n", 2 * SAMPLE_BYTES)),
        ...Array.from({ length: 50 }, (_, i) => (i % 2 ? iconv.encode("Привет мир\n", "windows-1251") : utf8("Привет мир\n"))),
      ]),
    },
    { name: "a legacy file longer than the sample", input: iconv.encode(repeatTo("Всё хорошо, как дела?\n", 3 * SAMPLE_BYTES), "windows-1251") },
    { name: "one 2.5 MB line of plain words", input: utf8(`${repeatTo("word and “quote” ", 2.5 * LONG_LINE_LIMIT)}\n`) },
    { name: "one 2.5 MB line with no safe point", input: utf8(`${repeatTo("你好世界", 2.5 * LONG_LINE_LIMIT)}\n`) },
    { name: "200 KB of CRLF lines", input: utf8(repeatTo("line “q” one\r\n\r\n", 200_000)) },
    { name: "200 KB of UTF-16LE lines", input: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(repeatTo("Ελληνικά “q”\r\n😀 x\n", 200_000), "utf16le")]) },
    { name: "a long UTF-16 line", input: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(repeatTo("ab “c” 😀", 2.2 * LONG_LINE_LIMIT), "utf16le")]) },
  ];
  // The mojibake search is slow on megabytes; its line-locality is covered by the small cases.
  const options: ByteFixOptions = { fixes: { mojibake: false } };
  for (const { name, input } of LARGE_CASES) {
    it(name, () => {
      const expected = Buffer.from(fixBytes(input, options).text, "utf8");
      expect(streamInChunks(input, () => input.length, options).equals(expected)).toBe(true);
      for (const seed of [1, 2, 3]) {
        const random = seededRandom(seed);
        const got = streamInChunks(input, () => 1 + Math.floor(random() * 70_000), options);
        expect(got.equals(expected)).toBe(true);
      }
    });
  }

  it("keeps UTF-8 lines and reads a late Latin-1 line as Latin-1", () => {
    const head = repeatTo("naïve text\n", SAMPLE_BYTES + 100);
    const late = "Le garçon a déjà mangé à la crèche, où il était très content.\n";
    const input = Buffer.concat([utf8(head), iconv.encode(late, "latin1"), utf8("ça va\n")]);
    expect(fixBytes(input, { fixes: { mojibake: false } }).text).toBe(`${head}${late}ça va\n`);
  });

  it("cuts a long line into pieces of at most LONG_LINE_LIMIT and loses nothing", () => {
    const line = repeatTo("plain words ", 3 * LONG_LINE_LIMIT);
    expect(fixBytes(utf8(line), { fixes: { mojibake: false } }).text).toBe(line);
  });
});

describe("with the mojibake search on, past the sample, blocks cut anywhere", () => {
  const sentences = ["Kariņš ģimene dzīvo Rīgā.", "Привет, как дела?", "中文的文本，你好。", "Ελληνικά κείμενα εδώ.", "Zażółć gęślą jaźń.", "こんにちは、世界。"];
  const families = ["windows-1252", "gbk", "windows-1251", "shift_jis", "windows-1250", "iso-8859-7"];
  const broken: string[] = [];
  for (let i = 0; i < 12; i++) {
    const sentence = sentences[i % sentences.length]!;
    broken.push(i % 2 ? sentence : iconv.decode(utf8(sentence), families[(i / 2) % families.length]!));
  }
  // ASCII filler (the search skips it) puts the broken lines past the sample, where chunking moves block edges.
  const filler = repeatTo("plain ascii filler line\n", SAMPLE_BYTES + 3000);
  const input = utf8(`${filler}${broken.map((line, i) => `${line}\n${"x".repeat(i * 37)}\n`).join("")}`);
  it("gives the whole-buffer output", () => {
    const expected = Buffer.from(fixBytes(input).text, "utf8");
    expect(expected.equals(input)).toBe(false);
    for (const seed of [7, 8, 9]) {
      const random = seededRandom(seed);
      expect(streamInChunks(input, () => 1 + Math.floor(random() * 300)).equals(expected)).toBe(true);
    }
  }, 60_000);
});

describe("clean input comes out as the original bytes", () => {
  it("is the same Buffer content, not re-encoded", () => {
    const input = utf8(repeatTo("Kariņš ģimene, Привет, 你好 — done.\n", 20_000));
    expect(streamInChunks(input, () => 65_536, { fixes: { "curly-quotes": false } }).equals(input)).toBe(true);
  });
});

describe("createFixStream", () => {
  async function run(input: Buffer, chunk: number, options?: ByteFixOptions) {
    const parts: Buffer[] = [];
    for (let i = 0; i < input.length; i += chunk) parts.push(input.subarray(i, i + chunk));
    const stream = createFixStream(options);
    const out: Buffer[] = [];
    stream.on("data", (b: Buffer) => out.push(b));
    await pipeline(Readable.from(parts), stream);
    return { out: Buffer.concat(out), info: stream.info };
  }

  it("repairs and reports what it saw", async () => {
    const input = iconv.encode("“Привет”\n", "windows-1251");
    const { out, info } = await run(input, 3);
    expect(out.toString("utf8")).toBe(fixBytes(input).text);
    expect(info).toMatchObject({ encoding: fixBytes(input).encoding, bytesIn: input.length, changed: true });
  });

  it("fails on binary input before writing anything", async () => {
    const input = Buffer.concat([Buffer.from("\x89PNG\r\n\x1a\n"), Buffer.alloc(100), Buffer.from([1, 2, 3, 0, 0xff])]);
    await expect(run(input, 10)).rejects.toBeInstanceOf(BinaryInputError);
  });

  it("refuses an unknown encoding name", () => {
    expect(() => createFixStream({ encoding: "klingon-8" })).toThrow(/unknown encoding/);
  });
});
