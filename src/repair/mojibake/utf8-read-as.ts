/**
 * UTF-8 read as another encoding — the commonest mojibake. Re-encode the suspicious
 * runs with the encoding they were wrongly decoded with, find the spans whose bytes
 * are UTF-8, decode them, restore bytes the wrong decoder lost, and keep a span only
 * when the result is more plausible text.
 * Examples: "cafÃ©" → "café" (Windows-1252); "Kari艈拧" → "Kariņš" (GBK);
 * "鈥檚" → "’s" (GBK: the trail byte swallowed the "s"); "end,鈥 he" → "end,” he"
 * (the quote's last byte was dropped: restored from its position, marked a guess).
 */
import { byteRuns } from "./byte-run.js";
import { LOST_BYTE_PRIOR_BITS, MOJIBAKE_PRIOR_BITS, type Repair, plausibilityGain } from "./candidate.js";
import { chooseByPosition, doubleQuoteOpen, isTypographic } from "./typography.js";
import type { LostSlot, Utf8Span } from "./utf8-spans.js";
import { utf8SpanAt } from "./utf8-spans.js";
import type { WrongDecoder } from "./wrong-decoders.js";

const UTF8_STRICT = new TextDecoder("utf-8", { fatal: true });

/** The characters a lost slot could have been. */
function slotCandidates(slot: LostSlot, decoder: WrongDecoder): string[] {
  const bytes = slot.standIn === "space" ? [0xa0] : decoder.lostBytes;
  const out: string[] = [];
  for (const b of bytes) {
    try {
      out.push(UTF8_STRICT.decode(Uint8Array.from([...slot.prefix, b])));
    } catch {
      // not a well-formed sequence with this byte
    }
  }
  return out;
}

/** Resolve every piece of a span into text, restoring lost bytes from their context. */
function spanText(span: Utf8Span, line: string, start: number, end: number, decoder: WrongDecoder): string {
  let out = "";
  span.pieces.forEach((piece, i) => {
    if (typeof piece === "string") {
      out += piece;
      return;
    }
    const candidates = slotCandidates(piece, decoder);
    if (candidates.length === 0) {
      out += "\ufffd";
      return;
    }
    if (candidates.length === 1) {
      out += candidates[0];
      return;
    }
    const next = span.pieces[i + 1];
    const right = typeof next === "string" ? next : next ? undefined : line[end];
    const left = out.length > 0 ? out[out.length - 1] : line[start - 1];
    if (isTypographic(candidates)) {
      const quoteOpen = doubleQuoteOpen(line.slice(0, start) + out);
      out += chooseByPosition(candidates, left, right, quoteOpen) ?? "\ufffd";
      return;
    }
    // A letter: the one that makes the most plausible word with its neighbours.
    const rest = span.pieces
      .slice(i + 1)
      .map((p) => (typeof p === "string" ? p : ""))
      .join("");
    let best = candidates[0]!;
    let bestGain = -Infinity;
    for (const candidate of candidates) {
      const gain = plausibilityGain(line, start, end, out + candidate + rest);
      if (gain > bestGain) {
        bestGain = gain;
        best = candidate;
      }
    }
    out += best;
  });
  return out;
}

/** A span is weak when it holds no whole sequence and only lone lead bytes lost their partner. */
function isWeak(span: Utf8Span): boolean {
  return span.sequences === 0 && span.pieces.every((p) => typeof p === "string" || p.prefix.length < 2);
}

export function repairsForUtf8ReadAs(line: string, decoder: WrongDecoder): Repair[] {
  const encodingPair = { encoding: "utf-8", readAs: decoder.name };
  const accepted: Repair[] = [];
  const weak: Repair[] = [];
  for (const run of byteRuns(line, decoder)) {
    const chars = run.charByte.length - 1;
    for (let k = 0; k < chars; ) {
      const lead = run.bytes[run.charByte[k]!]!;
      const span = lead >= 0xc2 && lead <= 0xf4 && !run.marker[k] ? utf8SpanAt(run, k, decoder.nbspIsA0) : undefined;
      if (!span || span.endChar <= k) {
        k++;
        continue;
      }
      const start = run.charOffset[span.firstChar]!;
      const end = run.charOffset[span.endChar]!;
      const after = spanText(span, line, start, end, decoder);
      const gain = plausibilityGain(line, start, end, after) - MOJIBAKE_PRIOR_BITS - span.slots * LOST_BYTE_PRIOR_BITS;
      const repair: Repair = { start, end, after, gain, guess: span.slots > 0, encodingPair };
      if (gain > 0) {
        (isWeak(span) ? weak : accepted).push(repair);
        k = span.endChar;
      } else {
        k++;
      }
    }
  }
  // Lone lead bytes that lost their partner ("Ñ" + dropped byte) are believed only
  // beside confirmed mojibake of the same kind on the line.
  if (accepted.length === 0) return [];
  return [...accepted, ...weak].sort((a, b) => a.start - b.start);
}
