/**
 * JSON Lines mode: each input line is one JSON record; the string values in it (all
 * of them, or only those under the `--field` paths) are repaired, and the line is
 * written back with everything else byte for byte as it was: keys, numbers (no
 * precision lost on big integers), spacing, key order, escapes of untouched strings.
 * Keys are never repaired: they are the schema consumers look fields up by, and ftfy-
 * style pipelines repair values only. A field path is dotted (`meta.title`); arrays are
 * transparent (`tags` selects every string in `"tags": [...]`) and a path that names an
 * object selects every string beneath it. A string written with `\uXXXX` escapes and no
 * raw non-ASCII (Python's `ensure_ascii`) is written back the same way.
 * A line that is not valid JSON (or not UTF-8, as RFC 8259 requires) is passed through
 * unchanged and counted; blank lines are passed through. One line in, one line out.
 * Example: `{"id":12345678901234567890,"text":"cafÃ©"}` → `{"id":12345678901234567890,"text":"café"}`.
 */
import { isUtf8 } from "node:buffer";
import { repairText } from "../repair/index.js";
import type { FixOptions } from "../types.js";
import { isQuietUtf8, type QuietTable, quietTableFor } from "./quiet-scan.js";

export interface JsonlOptions {
  /** Dotted paths of the fields to repair; none = every string value. */
  fields?: readonly string[];
}

/** The outcome for one line: its new text (undefined = write the original bytes). */
export interface JsonlLineOutcome {
  valid: boolean;
  text: string | undefined;
}

interface Frame {
  isObject: boolean;
  path: readonly string[];
  /** Objects: true while the next string is a key. */
  expectKey: boolean;
  key: string;
}

const BACKSLASH = 0x5c;

export class JsonlRepairer {
  private readonly fields: readonly (readonly string[])[] | undefined;
  private readonly quietTable: QuietTable | null;

  constructor(
    private readonly fixOptions: FixOptions,
    options: JsonlOptions = {},
  ) {
    this.fields = options.fields && options.fields.length > 0 ? options.fields.map((f) => f.split(".")) : undefined;
    this.quietTable = quietTableFor(fixOptions);
  }

  /** Repair one line (with its line break, if any). */
  repairLine(bytes: Buffer): JsonlLineOutcome {
    if (!isUtf8(bytes)) return { valid: false, text: undefined };
    const line = bytes.toString("utf8");
    if (line.trim() === "") return { valid: true, text: undefined };
    try {
      JSON.parse(line);
    } catch {
      return { valid: false, text: undefined };
    }
    // Escapes can hide any character, so only a line without backslashes can be judged by its bytes.
    if (this.quietTable !== null && bytes.indexOf(BACKSLASH) < 0 && isQuietUtf8(bytes, this.quietTable)) {
      return { valid: true, text: undefined };
    }
    const repaired = this.repairStrings(line);
    return { valid: true, text: repaired === line ? undefined : repaired };
  }

  private selected(path: readonly string[]): boolean {
    if (this.fields === undefined) return true;
    return this.fields.some((field) => field.length <= path.length && field.every((part, i) => path[i] === part));
  }

  /** Walk a valid JSON text, replacing the string values that the fixes change. */
  private repairStrings(line: string): string {
    const stack: Frame[] = [];
    const parts: string[] = [];
    let copiedTo = 0;
    const valuePath = (): readonly string[] => {
      const top = stack[stack.length - 1];
      if (top === undefined) return [];
      return top.isObject ? [...top.path, top.key] : top.path;
    };
    for (let i = 0; i < line.length; ) {
      const c = line.charCodeAt(i);
      if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
        stack.push({ isObject: c === 0x7b, path: valuePath(), expectKey: c === 0x7b, key: "" });
        i++;
      } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
        stack.pop();
        i++;
      } else if (c === 0x2c /* , */) {
        const top = stack[stack.length - 1];
        if (top?.isObject) top.expectKey = true;
        i++;
      } else if (c === 0x22 /* " */) {
        const end = endOfString(line, i);
        const token = line.slice(i, end);
        const top = stack[stack.length - 1];
        if (top?.isObject && top.expectKey) {
          top.key = JSON.parse(token) as string;
          top.expectKey = false;
        } else if (this.selected(valuePath())) {
          const value = JSON.parse(token) as string;
          const fixed = repairText(value, this.fixOptions).text;
          if (fixed !== value) {
            parts.push(line.slice(copiedTo, i), jsonString(fixed, token));
            copiedTo = end;
          }
        }
        i = end;
      } else {
        i++;
      }
    }
    if (copiedTo === 0) return line;
    parts.push(line.slice(copiedTo));
    return parts.join("");
  }
}

/** Index just past the closing quote of the string starting at `start`. */
function endOfString(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x5c) i += 2;
    else if (c === 0x22) return i + 1;
    else i++;
  }
  return text.length;
}

/** `value` as a JSON string literal, in the style of the `original` literal (ASCII-only if it was). */
function jsonString(value: string, original: string): string {
  const literal = JSON.stringify(value);
  const asciiOnly = /\\u[0-9a-fA-F]{4}/.test(original) && !/[^\x00-\x7f]/.test(original);
  if (!asciiOnly) return literal;
  return literal.replace(/[^\x00-\x7f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
