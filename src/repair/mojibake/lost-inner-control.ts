/**
 * A second layer of mojibake over a C1 control the first layer made, whose second byte
 * the second layer's decoder dropped. "”" is E2 80 9D; read as Windows-1252 it is "â€"
 * and the control U+009D; that written as UTF-8 and read as Windows-1252 again is
 * "Ã¢â‚¬Â" and 9D, which is undefined there and lost: a lone "Â" (C2) is all that is left
 * of the control. The outer layer before it reads as "â€", a sequence one continuation
 * byte short, and the "Â" goes with it: the lost byte is one the decoder loses, chosen
 * by where it stands when it makes punctuation (typography.ts), else by what reads best.
 * Only where some byte the decoder loses completes that sequence as a known character.
 * The restored character is marked a guess.
 * Example: "He said Ã¢â‚¬Å“noÃ¢â‚¬Â to me" → "He said “no” to me"; "Ã„Âesky" → "česky".
 */
import { decodeBytes } from "../../decode/decode.js";
import { type Repair, plausibilityGain } from "./candidate.js";
import { characterOf, knownCharacterOf } from "./known-character.js";
import { NO_OPEN_QUOTES, chooseByPosition, isTypographic, quotesOpenAfter } from "./typography.js";
import type { WrongDecoder } from "./wrong-decoders.js";

/** The lead of a two-byte sequence for U+0080–U+00BF: what a C1 control's UTF-8 starts with. */
const C1_LEAD = 0xc2;
/** The most characters an outer layer before the lone lead may span ("Ã¢â‚¬" for "â€": five). */
const OUTER_LAYER_MAX_CHARS = 12;

/**
 * `repairs` (sorted, from `decoder` on `line`) with each lone lead C2 whose outer layer
 * before it reads as a sequence one byte short repaired together with that layer (a
 * guess); repairs inside that stretch give way to it.
 */
export function withLostInnerControls(line: string, repairs: Repair[], decoder: WrongDecoder): Repair[] {
  if (decoder.doubleByte || decoder.lostBytes.length === 0) return repairs;
  const loneChar = charOfLead(decoder);
  if (loneChar === undefined) return repairs;
  let out = repairs;
  for (let at = line.indexOf(loneChar); at !== -1; at = line.indexOf(loneChar, at + 1)) {
    if (at === 0 || continuesAfter(line, at + 1, decoder)) continue;
    const layer = outerLayerBefore(line, at, decoder);
    if (layer === undefined) continue;
    const after = completed(line, layer, at);
    const gain = plausibilityGain(line, layer.start, at + 1, after);
    if (gain <= 0) continue;
    const encodingPair = { encoding: "utf-8", readAs: decoder.name };
    out = [...out.filter((r) => r.end <= layer.start || r.start > at), { start: layer.start, end: at + 1, after, gain, guess: true, encodingPair }].sort((a, b) => a.start - b.start);
  }
  return out;
}

/**
 * The inner layer with its last character whole: the byte lost chosen by where it stands
 * when all it may be is punctuation (typography.ts: "â€" before a space after a word is
 * "”"), else by what reads best in the line ("Ã„Âesky" → "česky"); the inner layer as it
 * is, one byte short, when position says nothing.
 */
function completed(line: string, layer: OuterLayer, at: number): string {
  const { candidates } = layer;
  const head = layer.inner.slice(0, layer.inner.length - layer.tail.length);
  if (isTypographic(candidates)) {
    const chosen = chooseByPosition(candidates, [...head].pop() ?? line[layer.start - 1], line[at + 1], quotesOpenAfter(line.slice(0, layer.start) + head, NO_OPEN_QUOTES));
    return chosen === undefined ? layer.inner : head + chosen;
  }
  let best = layer.inner;
  let bestGain = -Infinity;
  for (const c of candidates) {
    const gain = plausibilityGain(line, layer.start, at + 1, head + c);
    if (gain > bestGain) [best, bestGain] = [head + c, gain];
  }
  return best;
}

/** An outer layer before a lone lead: where it starts, what it reads as, and the sequence one byte short that this ends in, with the characters the lost byte may complete it as. */
interface OuterLayer {
  start: number;
  inner: string;
  tail: number[];
  candidates: string[];
}

/**
 * The outer layer that ends before `at`: the longest run of characters (no ASCII) whose
 * bytes in the decoder are whole UTF-8 sequences, read as `inner`, whose own bytes in
 * the decoder end one continuation byte short of a known character.
 */
function outerLayerBefore(line: string, at: number, decoder: WrongDecoder): OuterLayer | undefined {
  let from = at;
  while (from > 0 && at - from < OUTER_LAYER_MAX_CHARS && line.charCodeAt(from - 1) >= 0x80) from--;
  for (let start = from; start < at - 1; start++) {
    const outer = bytesIn(line.slice(start, at), decoder);
    if (outer === undefined) continue;
    const inner = wholeUtf8(outer);
    if (inner === undefined) continue;
    const innerBytes = bytesIn(inner, decoder);
    const short = innerBytes === undefined ? undefined : oneByteShort(innerBytes, decoder);
    if (short !== undefined) return { start, inner, ...short };
  }
  return undefined;
}

/** The text `bytes` spell when they are whole UTF-8 sequences (none ASCII), else undefined. */
function wholeUtf8(bytes: readonly number[]): string | undefined {
  let text = "";
  for (let i = 0; i < bytes.length; ) {
    const length = sequenceLengthOfLead(bytes[i]!);
    if (length === 0 || i + length > bytes.length) return undefined;
    const ch = characterOf(Uint8Array.from(bytes.slice(i, i + length)));
    if (ch === undefined) return undefined;
    text += ch;
    i += length;
  }
  return text;
}

const leadChars = new WeakMap<WrongDecoder, string | undefined>();

/** The character the decoder reads byte C2 as ("Â" in Windows-1252), undefined where it reads none (worked out once per decoder). */
function charOfLead(decoder: WrongDecoder): string | undefined {
  if (!leadChars.has(decoder)) {
    const ch = decodeBytes(Uint8Array.of(C1_LEAD), decoder.name);
    leadChars.set(decoder, ch === "\ufffd" || decoder.bytesOf(ch.codePointAt(0)!) !== C1_LEAD ? undefined : ch);
  }
  return leadChars.get(decoder);
}

/** Whether the character at `at` is one the decoder reads from a continuation byte (80–BF). */
function continuesAfter(line: string, at: number, decoder: WrongDecoder): boolean {
  const cp = line.codePointAt(at);
  if (cp === undefined) return false;
  const b = decoder.bytesOf(cp);
  return b !== undefined && b >= 0x80 && b <= 0xbf;
}

/** The decoder's bytes for `text`, or undefined when it cannot write a character of it. */
function bytesIn(text: string, decoder: WrongDecoder): number[] | undefined {
  const out: number[] = [];
  for (const ch of text) {
    const b = decoder.bytesOf(ch.codePointAt(0)!);
    if (b === undefined || b > 0xff) return undefined;
    out.push(b);
  }
  return out;
}

/** The UTF-8 sequence one continuation byte short that `bytes` end in, and the known characters a byte the decoder loses completes it as (none: undefined). */
function oneByteShort(bytes: readonly number[], decoder: WrongDecoder): { tail: number[]; candidates: string[] } | undefined {
  let lead = bytes.length - 1;
  while (lead >= 0 && bytes[lead]! >= 0x80 && bytes[lead]! <= 0xbf) lead--;
  if (lead < 0) return undefined;
  const tail = bytes.slice(lead);
  if (sequenceLengthOfLead(bytes[lead]!) !== tail.length + 1) return undefined;
  const candidates = [...new Set(decoder.lostBytes.map((b) => knownCharacterOf(Uint8Array.from([...tail, b]))).filter((c): c is string => c !== undefined))];
  return candidates.length > 0 ? { tail, candidates } : undefined;
}

/** How many bytes a UTF-8 sequence with this lead has (0 for no lead). */
function sequenceLengthOfLead(lead: number): number {
  return lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
}
