/**
 * Properties of bytes → text (issue 8), with fast-check: any bytes (random, UTF-8 of
 * hostile text, legacy encodings, mixtures) go through fixBytes without throwing and
 * give well-formed text, under detection or any forced encoding; and the public
 * createFixStream gives fixBytes' output byte for byte whatever the chunk cuts —
 * inside multi-byte characters, inside mojibake runs, around the 64 KiB sample.
 * tests/stream.test.ts runs fixed cases through random chunkings of the internal core;
 * this file draws the inputs too, and goes through the public Transform stream.
 * 10,000 draws per property (a million under npm run fuzz), except where a case is
 * long: the stream fed one byte at a time draws 10,000 short inputs (one or two
 * pieces) and LONG_INPUT_RUNS longer ones (up to four lines); the 64 KiB head costs
 * ~0.2 s per case and runs SLOW_PROPERTY_RUNS.
 */
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BinaryInputError, createFixStream, fixBytes } from "../src/index.js";
import { SAMPLE_BYTES } from "../src/stream/limits.js";
import type { ByteFixOptions } from "../src/types.js";
import {
  anyBytes,
  assertAsyncProperty,
  assertProperty,
  chunksAt,
  FORCED_ENCODINGS,
  HOSTILE_PIECES,
  hostileText,
  isKnownEngineCrash,
  isValidUtf8,
  LONG_INPUT_RUNS,
  mojibakeRun,
  SLOW_PROPERTY_RUNS,
  withCuts,
} from "./helpers/arbitraries.js";

const byteOptions: fc.Arbitrary<ByteFixOptions> = fc.oneof(
  fc.constant({}),
  fc.constant({ repairOnly: true }),
  fc.constant({ fixes: { mojibake: false } }),
  fc.constantFrom(...FORCED_ENCODINGS).map((encoding) => ({ encoding })),
);

describe("any bytes through fixBytes", () => {
  it("do not throw, and give well-formed text that encodes to valid UTF-8 (or are called binary, with no text)", () => {
    assertProperty("fixBytes", fc.tuple(anyBytes, byteOptions), ([bytes, options]) => {
      let result: ReturnType<typeof fixBytes>;
      try {
        result = fixBytes(bytes, options);
      } catch (error) {
        if (isKnownEngineCrash(error)) return;
        throw error;
      }
      expect(result.text.isWellFormed()).toBe(true);
      expect(isValidUtf8(Buffer.from(result.text, "utf8"))).toBe(true);
      expect(typeof result.encoding).toBe("string");
      if (result.binary) expect(result.text).toBe("");
    });
  }, 120_000);

  it("give back valid UTF-8 input byte for byte when no fix applies (plain ASCII and clean text)", () => {
    const cleanWords = fc.array(fc.constantFrom("plain", "text", "Grüße", "Привет", "你好", "😀", "1234", "\n", " "), { maxLength: 12 }).map((w) => w.join(" "));
    assertProperty("clean bytes", cleanWords, (text) => {
      const bytes = Buffer.from(text, "utf8");
      expect(fixBytes(bytes, { repairOnly: true }).text).toBe(text);
    });
  });
});

/** What a run gave: the output bytes, "binary" when the input was refused, or the message of an error it threw. */
type Outcome = Buffer | "binary" | { error: string };

/** The public stream fed `chunks`. */
async function throughStream(chunks: Uint8Array[], options: ByteFixOptions): Promise<Outcome> {
  const stream = createFixStream(options);
  const out: Buffer[] = [];
  stream.on("data", (b: Buffer) => out.push(b));
  try {
    await pipeline(Readable.from(chunks.map((c) => Buffer.from(c)), { objectMode: false }), stream);
  } catch (error) {
    if (error instanceof BinaryInputError) return "binary";
    // The known engine crash must happen on both paths alike; any other error fails the property.
    if (isKnownEngineCrash(error)) return { error: (error as Error).message };
    throw error;
  }
  return Buffer.concat(out);
}

/** The whole-buffer call, in the stream's terms. */
function whole(bytes: Uint8Array, options: ByteFixOptions): Outcome {
  let result: ReturnType<typeof fixBytes>;
  try {
    result = fixBytes(bytes, options);
  } catch (error) {
    if (isKnownEngineCrash(error)) return { error: (error as Error).message };
    throw error;
  }
  return result.binary ? "binary" : Buffer.from(result.text, "utf8");
}

const streamOptions: fc.Arbitrary<ByteFixOptions> = fc.constantFrom<ByteFixOptions>({}, { repairOnly: true }, { encoding: "gbk" }, { encoding: "windows-1252" }, { eol: "crlf", normalize: "NFKC" });

describe("the stream gives the whole-buffer output byte for byte, for any cuts", () => {
  it("on drawn inputs cut anywhere (inside characters and mojibake runs)", async () => {
    await assertAsyncProperty("stream = whole", fc.tuple(withCuts(anyBytes), streamOptions), async ([{ bytes, cuts }, options]) => {
      expect(await throughStream(chunksAt(bytes, cuts), options)).toEqual(whole(bytes, options));
    });
  }, 120_000);

  const byteByByte = async (bytes: Buffer) => {
    const oneByOne = Array.from(bytes, (_, i) => bytes.subarray(i, i + 1));
    expect(await throughStream(oneByOne, {})).toEqual(whole(bytes, {}));
  };

  it("on short mojibake cut one byte at a time (one or two runs or pieces, on one or two lines)", async () => {
    const short = fc
      .array(fc.oneof(mojibakeRun, fc.constantFrom(...HOSTILE_PIECES)), { minLength: 1, maxLength: 2 })
      .chain((parts) => fc.constantFrom(" ", "\n", "").map((joiner) => Buffer.from(parts.join(joiner), "utf8")));
    await assertAsyncProperty("stream byte by byte", short, byteByByte);
  }, 120_000);

  it("on lines of mojibake cut one byte at a time (up to four lines)", async () => {
    const lines = fc.array(fc.oneof(mojibakeRun, hostileText), { minLength: 1, maxLength: 4 }).map((l) => Buffer.from(l.join("\n"), "utf8"));
    await assertAsyncProperty("stream byte by byte, longer", lines, byteByByte, LONG_INPUT_RUNS);
  }, 120_000);

  it("when the drawn tail comes after a 64 KiB ASCII head (the encoding is decided on the head)", async () => {
    const head = Buffer.from("plain ascii line of the head\n".repeat(Math.ceil(SAMPLE_BYTES / 29)).slice(0, SAMPLE_BYTES - 7), "utf8");
    const tails = withCuts(anyBytes).map(({ bytes, cuts }) => ({ bytes: Buffer.concat([head, bytes]), cuts: [head.length - 13, head.length + 2, ...cuts.map((c) => c + head.length)].sort((a, b) => a - b) }));
    await assertAsyncProperty("stream after sample", fc.tuple(tails, streamOptions), async ([{ bytes, cuts }, options]) => {
      expect(await throughStream(chunksAt(bytes, [...new Set(cuts)]), options)).toEqual(whole(bytes, options));
    }, SLOW_PROPERTY_RUNS);
  }, 120_000);
});
