/**
 * `createFixStream()`: a Node Transform from bytes (any encoding, any chunks) to
 * repaired UTF-8, in constant memory, with the output of `fixBytes` on the whole input
 * byte for byte. Clean UTF-8 comes out as the original bytes.
 * Example: `fs.createReadStream("in.txt").pipe(createFixStream()).pipe(process.stdout)`.
 */
import { Transform, type TransformCallback } from "node:stream";
import { canonicalEncoding } from "../decode/encodings.js";
import { DecodeError } from "../pipeline.js";
import type { ByteFixOptions } from "../types.js";
import { createFixCore, finishBytes, type FixCoreState, type FixSink, pushBytes } from "./fix-core.js";

/** What the stream learnt, readable once it has finished (or earlier, once decided). */
export interface FixStreamInfo {
  /** Detected (or given) encoding; undefined until the sample was read. */
  encoding: string | undefined;
  confidence: number | undefined;
  /** Legacy encoding of the lines that were not UTF-8, when a UTF-8 stream had some. */
  legacyEncoding: string | undefined;
  bytesIn: number;
  bytesOut: number;
  changed: boolean;
}

export interface FixStream extends Transform {
  readonly info: FixStreamInfo;
}

/** The canonical name for a user's encoding option, or a DecodeError. */
export function forcedEncodingOf(options: ByteFixOptions): string | undefined {
  if (options.encoding === undefined) return undefined;
  const encoding = canonicalEncoding(options.encoding);
  if (!encoding) throw new DecodeError(`unknown encoding '${options.encoding}'`);
  return encoding;
}

class FixTransform extends Transform implements FixStream {
  private readonly core: FixCoreState;
  private readonly sink: FixSink;
  private bytesOut = 0;

  constructor(options: ByteFixOptions) {
    super();
    this.core = createFixCore(options, forcedEncodingOf(options));
    this.sink = {
      keep: (bytes) => this.writeOut(bytes),
      emit: (text) => this.writeOut(Buffer.from(text, "utf8")),
    };
  }

  private writeOut(bytes: Buffer): void {
    if (bytes.length === 0) return;
    this.bytesOut += bytes.length;
    this.push(bytes);
  }

  get info(): FixStreamInfo {
    return {
      encoding: this.core.plan?.encoding,
      confidence: this.core.plan?.confidence,
      legacyEncoding: this.core.legacyEncoding,
      bytesIn: this.core.bytesIn,
      bytesOut: this.bytesOut,
      changed: this.core.changed,
    };
  }

  override _transform(chunk: Buffer | string, _encoding: BufferEncoding, callback: TransformCallback): void {
    try {
      pushBytes(this.core, typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk, this.sink);
      callback();
    } catch (error) {
      callback(error as Error);
    }
  }

  override _flush(callback: TransformCallback): void {
    try {
      finishBytes(this.core, this.sink);
      callback();
    } catch (error) {
      callback(error as Error);
    }
  }
}

/** A Transform: bytes in, repaired UTF-8 out. Errors: DecodeError (unknown encoding), BinaryInputError. */
export function createFixStream(options: ByteFixOptions = {}): FixStream {
  return new FixTransform(options);
}
