/**
 * File names are bytes on Linux, and not always UTF-8: a name written by an old
 * Latin-1 program holds `0xFF` where UTF-8 has none. A JavaScript string cannot
 * carry such a name (decoding turns the byte into U+FFFD and the file "does not
 * exist"), so a path is kept as a string when its bytes are valid UTF-8 and as the
 * raw bytes (a Buffer, which every fs call accepts) when they are not. Path
 * arithmetic on bytes goes through Latin-1, which maps each byte to one character
 * and keeps `/` and `.` as they are. Names are shown with such bytes, and control
 * characters that would break a one-line message, escaped: `odd\xFF.txt`.
 * Example: the bytes `6F 64 64 FF 2E 74 78 74` → Buffer path; joinPath("tree", it) →
 * Buffer "tree/odd\xFF.txt"; displayPath(it) → "odd\xFF.txt".
 */
import path from "node:path";
import { isValidUtf8, utf8SequenceLength } from "../detect/utf8.js";

/** A path for fs: a string when its bytes are UTF-8, else the bytes themselves. */
export type FsPath = string | Buffer;

/** The bytes of a path (a Buffer path arrives as a plain Uint8Array from a worker thread). */
function bytesOf(p: FsPath | Uint8Array): Buffer {
  if (typeof p === "string") return Buffer.from(p, "utf8");
  return Buffer.isBuffer(p) ? p : Buffer.from(p.buffer, p.byteOffset, p.byteLength);
}

/** The canonical FsPath for these bytes: a string whenever that loses nothing. */
export function fsPathFromBytes(bytes: Uint8Array): FsPath {
  const buffer = bytesOf(bytes);
  return isValidUtf8(buffer) ? buffer.toString("utf8") : buffer;
}

/** Apply a string path operation to byte paths, through Latin-1 (one character per byte). */
function onBytes(op: (...parts: string[]) => string, parts: readonly (FsPath | Uint8Array)[]): FsPath {
  if (parts.every((p) => typeof p === "string")) return op(...(parts as string[]));
  return fsPathFromBytes(Buffer.from(op(...parts.map((p) => bytesOf(p).toString("latin1"))), "latin1"));
}

export function joinPath(...parts: (FsPath | Uint8Array)[]): FsPath {
  return onBytes(path.join, parts);
}

export function resolvePath(...parts: (FsPath | Uint8Array)[]): FsPath {
  return onBytes(path.resolve, parts);
}

export function dirnamePath(p: FsPath | Uint8Array): FsPath {
  return onBytes(path.dirname, [p]);
}

export function basenamePath(p: FsPath | Uint8Array): FsPath {
  return onBytes(path.basename, [p]);
}

/** `p` followed by `suffix` ("notes.txt" + ".orig"). */
export function appendToPath(p: FsPath | Uint8Array, suffix: string): FsPath {
  return typeof p === "string" ? p + suffix : fsPathFromBytes(Buffer.concat([bytesOf(p), Buffer.from(suffix, "utf8")]));
}

/** A string that stands for one path and no other, for sets and maps (NUL never occurs in a path). */
export function pathKey(p: FsPath | Uint8Array): string {
  return typeof p === "string" ? p : `\0${bytesOf(p).toString("latin1")}`;
}

/** True for a character that would break a one-line message (C0 controls, DEL). */
function isControl(byte: number): boolean {
  return byte < 0x20 || byte === 0x7f;
}

/** The path as a user reads it in a one-line message: bytes that are not UTF-8, and control characters, as `\xFF`. */
export function displayPath(p: FsPath | Uint8Array): string {
  const bytes = bytesOf(p);
  let out = "";
  let i = 0;
  while (i < bytes.length) {
    const length = utf8SequenceLength(bytes, i);
    if (length === 0 || (length === 1 && isControl(bytes[i]!))) {
      out += `\\x${bytes[i]!.toString(16).toUpperCase().padStart(2, "0")}`;
      i++;
    } else {
      out += bytes.toString("utf8", i, i + length);
      i += length;
    }
  }
  return out;
}
