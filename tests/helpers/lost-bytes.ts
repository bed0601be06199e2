/**
 * Lost-byte test inputs made from clean sentences with Node's (WHATWG) decoders, each
 * U+FFFD shown as one of the marks a wrong decoder leaves, and the check every
 * restoration table runs (expectRestored): the input is broken, the clean text comes
 * back, and — for restored lost bytes — a step says it was a guess.
 * Example: readAsBrowser("Každý člověk", "euc-kr", "question") shows each lost byte as "?".
 */
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { explainText, fixText } from "../../src/index.js";

export type Mark = "fffd" | "question" | "dropped";

/** `text`'s UTF-8 bytes as a browser decodes them as `encoding`, each U+FFFD shown as `mark`. */
export function readAsBrowser(text: string, encoding: string, mark: Mark = "fffd"): string {
  const decoded = new TextDecoder(encoding).decode(Buffer.from(text, "utf8"));
  return decoded.replace(/\ufffd/g, mark === "fffd" ? "\ufffd" : mark === "question" ? "?" : "");
}

/** `text`'s UTF-8 bytes as iconv-lite's strict table decodes them as `encoding` (its undefined bytes lost), each lost byte shown as `mark`. */
export function readAsStrict(text: string, encoding: string, mark = "\ufffd"): string {
  return iconv.decode(Buffer.from(text, "utf8"), encoding).replace(/\ufffd/g, mark);
}

export interface Restoration {
  name: string;
  clean: string;
  encoding: string;
  marks: Mark[];
}

/** `broken` is not `clean`, repairs to it, and (unless `guess` is false) its steps mark a guess. */
export function expectRestored(broken: string, clean: string, guess = true): void {
  expect(broken).not.toBe(clean);
  expect(fixText(broken, { repairOnly: true })).toBe(clean);
  if (guess) expect(explainText(broken, { repairOnly: true }).some((c) => c.fix === "mojibake" && c.guess)).toBe(true);
}

/** One test per case and mark: broken by `readAsBrowser`, repaired to the clean text, with a guess in its steps. */
export function describeRestorations(title: string, cases: readonly Restoration[]): void {
  describe(title, () => {
    for (const { name, clean, encoding, marks } of cases) {
      for (const mark of marks) {
        it(`${name} (${encoding}, ${mark})`, () => expectRestored(readAsBrowser(clean, encoding, mark), clean));
      }
    }
  });
}
