/**
 * mojibake: text that was encoded in one encoding and decoded as another. Each line
 * is tried against every wrong decoder; the one whose repairs gain the most is
 * applied, and the search runs again on the result, so layered mojibake ("ÃƒÂ©" →
 * "Ã©" → "é") unwinds one layer per round, to a fixed point. Lines are independent,
 * so the fix is line-local (streaming cuts at line ends and gets the same result).
 * Example: "cafÃ© and Kari艈拧" → "café and Kariņš" (two rounds, two decoders).
 */
import type { Edit } from "../changes.js";
import type { Fix } from "../fix.js";
import type { Repair } from "./candidate.js";
import { repairsForUtf8ReadAs } from "./utf8-read-as.js";
import { WRONG_DECODER_NAMES, wrongDecoder } from "./wrong-decoders.js";

/** Rounds per line: three layers of the same mistake plus one of another, with room to spare. */
const MAX_ROUNDS = 6;

/** Characters no wrong decoder produces from UTF-8 bytes alone: ASCII only. */
const NON_ASCII = /[^\x00-\x7f]/;

function bestRound(line: string): Repair[] {
  let best: Repair[] = [];
  let bestGain = 0;
  for (const name of WRONG_DECODER_NAMES) {
    const repairs = repairsForUtf8ReadAs(line, wrongDecoder(name));
    const gain = repairs.reduce((sum, r) => sum + r.gain, 0);
    if (gain > bestGain) {
      best = repairs;
      bestGain = gain;
    }
  }
  return best;
}

/** Repair one line; returns the edits of each round in order, relative to the line as it was then. */
export function repairLine(line: string): Repair[][] {
  const rounds: Repair[][] = [];
  let current = line;
  for (let round = 0; round < MAX_ROUNDS && NON_ASCII.test(current); round++) {
    const repairs = bestRound(current);
    if (repairs.length === 0) break;
    rounds.push(repairs);
    let next = "";
    let cursor = 0;
    for (const r of repairs) {
      next += current.slice(cursor, r.start) + r.after;
      cursor = r.end;
    }
    current = next + current.slice(cursor);
  }
  return rounds;
}

/**
 * Edits for the whole text. A line repaired in several rounds is reported as one
 * edit per span of the first round when there was one round, or as one edit of the
 * whole changed stretch when layers were unwound.
 */
function mojibakeEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    lineEnd = lineEnd < 0 ? text.length : lineEnd + 1;
    const line = text.slice(lineStart, lineEnd);
    if (NON_ASCII.test(line)) {
      const rounds = repairLine(line);
      if (rounds.length === 1) {
        for (const r of rounds[0]!) {
          edits.push({ start: lineStart + r.start, end: lineStart + r.end, after: r.after, encodingPair: r.encodingPair, guess: r.guess });
        }
      } else if (rounds.length > 1) {
        edits.push(...layeredEdits(line, lineStart, rounds));
      }
    }
    lineStart = lineEnd;
  }
  return edits;
}

/** One edit covering what several rounds changed on a line (the first and last changed offsets). */
function layeredEdits(line: string, lineStart: number, rounds: Repair[][]): Edit[] {
  let current = line;
  for (const repairs of rounds) {
    let next = "";
    let cursor = 0;
    for (const r of repairs) {
      next += current.slice(cursor, r.start) + r.after;
      cursor = r.end;
    }
    current = next + current.slice(cursor);
  }
  let prefix = 0;
  while (prefix < line.length && prefix < current.length && line[prefix] === current[prefix]) prefix++;
  let suffix = 0;
  while (suffix < line.length - prefix && suffix < current.length - prefix && line[line.length - 1 - suffix] === current[current.length - 1 - suffix]) suffix++;
  const pairs = rounds.map((rs) => rs[0]!.encodingPair);
  return [
    {
      start: lineStart + prefix,
      end: lineStart + line.length - suffix,
      after: current.slice(prefix, current.length - suffix),
      encodingPair: { encoding: pairs.map((p) => p.encoding).join(" → "), readAs: pairs.map((p) => p.readAs).join(" → ") },
      guess: rounds.some((rs) => rs.some((r) => r.guess)),
    },
  ];
}

export const mojibake: Fix = {
  name: "mojibake",
  summary: "undo text decoded with the wrong encoding (UTF-8 read as Windows-1252, GBK, …)",
  defaultOn: true,
  repairsDamage: true,
  mayEdit: (text) => NON_ASCII.test(text),
  edits: (text) => mojibakeEdits(text),
};
