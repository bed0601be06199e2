/**
 * UTF-8 read as another encoding — the commonest mojibake. Re-encode the suspicious
 * runs with the encoding they were wrongly decoded with, find the spans whose bytes
 * are UTF-8, decode them, restore bytes the wrong decoder lost, and keep a span only
 * when the result is more plausible text.
 * Examples: "cafÃ©" → "café" (Windows-1252); "Kari艈拧" → "Kariņš" (GBK);
 * "鈥檚" → "’s" (GBK: the trail byte swallowed the "s"); "end,鈥 he" → "end,” he"
 * (the quote's last byte was dropped: restored from its position, marked a guess).
 */
import { charClass, scriptGroup } from "../../plausibility/char-class.js";
import { isCommonCjk } from "../../plausibility/common-cjk.js";
import { isKnownCharacter } from "../../plausibility/index.js";
import { bestLanguageCost, knownLanguagesForScriptOf } from "../../plausibility/language-bigrams.js";
import { byteRuns } from "./byte-run.js";
import { LOST_BYTE_PRIOR_BITS, MOJIBAKE_PRIOR_BITS, type Repair, contextWindow, plausibilityGain } from "./candidate.js";
import { chooseByPosition, doubleQuoteOpenAfter, isTypographic } from "./typography.js";
import type { Utf8Span } from "./utf8-spans.js";
import { utf8SpanAt } from "./utf8-spans.js";
import type { WrongDecoder } from "./wrong-decoders.js";

/** Letters scored for one lost byte, at most (a double-byte decoder can leave dozens). */
const MAX_LETTER_CANDIDATES = 12;

/** At most this many characters of context on each side choose a restored letter. */
const LETTER_CONTEXT_CHARS = 40;

interface FoundSpan {
  span: Utf8Span;
  start: number;
  end: number;
}

/** Apply sorted, non-overlapping replacements to a line. */
function applyRepairs(line: string, repairs: readonly Repair[]): string {
  let out = "";
  let cursor = 0;
  for (const r of repairs) {
    out += line.slice(cursor, r.start) + r.after;
    cursor = r.end;
  }
  return out + line.slice(cursor);
}


/**
 * Resolve a span into text. Restored bytes are chosen in `context` (the line with
 * the sure repairs already made, the span at [at, at + length)): punctuation by
 * position, letters by the most plausible line.
 */
function spanText(span: Utf8Span, context: string, at: number, length: number, quoteOpenBefore: boolean): string {
  let out = "";
  span.pieces.forEach((piece, i) => {
    if (typeof piece === "string") {
      out += piece;
      return;
    }
    const { candidates } = piece;
    if (candidates.length === 1) {
      out += candidates[0];
      return;
    }
    const next = span.pieces[i + 1];
    const rest = span.pieces
      .slice(i + 1)
      .map((p) => (typeof p === "string" ? p : ""))
      .join("");
    const right = typeof next === "string" ? next : next ? undefined : context[at + length];
    const left = out.length > 0 ? out[out.length - 1] : context[at - 1];
    // Punctuation, when some candidate is and its place says which.
    const punctuation = candidates.filter((c) => isTypographic([c]));
    if (punctuation.length > 0) {
      const quoteOpen = doubleQuoteOpenAfter(out, quoteOpenBefore);
      const chosen = chooseByPosition(punctuation, left, right, quoteOpen);
      if (chosen !== undefined || punctuation.length === candidates.length) {
        out += chosen ?? "\ufffd";
        return;
      }
    }
    // A letter: the one that makes its words read most like one language.
    const [ws, we] = contextWindow(context, at, at + length);
    const before = context.slice(Math.max(ws, at - LETTER_CONTEXT_CHARS), at) + out;
    const after = rest + context.slice(at + length, Math.min(we, at + length + LETTER_CONTEXT_CHARS));
    // Only letters of the neighbours' script can be the lost letter.
    const script = scriptOf(left) ?? scriptOf(right);
    const letters = candidates.filter((c) => scriptOf(c) !== undefined);
    let sameScript = script === undefined ? letters : letters.filter((c) => scriptOf(c) === script);
    if (sameScript.length === 0) {
      out += "\ufffd";
      return;
    }
    // Of many hanzi, only the frequent ones are worth a look.
    if (sameScript.length > MAX_LETTER_CANDIDATES) sameScript = sameScript.filter((c) => isCommonCjk(c.codePointAt(0)!)).slice(0, MAX_LETTER_CANDIDATES);
    let best = candidates[0]!;
    let bestCost = Infinity;
    for (const candidate of sameScript) {
      const text = before + candidate + after;
      const cost = bestLanguageCost(text, knownLanguagesForScriptOf(text)).bits;
      if (cost < bestCost) {
        bestCost = cost;
        best = candidate;
      }
    }
    out += best;
  });
  return out;
}

/** The script group of a character (undefined for a non-letter or none). */
function scriptOf(ch: string | undefined): number | undefined {
  if (ch === undefined) return undefined;
  const group = scriptGroup(charClass(ch.codePointAt(0)!));
  return group < 0 ? undefined : group;
}

/** A repair must give characters real text uses (not an unseen Hebrew accent from "Ö’"). */
function onlyKnownCharacters(text: string): boolean {
  for (const ch of text) if (ch.codePointAt(0)! >= 0x80 && !isKnownCharacter(ch)) return false;
  return true;
}

/** A span is weak when it holds no whole sequence and only lone lead bytes lost their partner. */
function isWeak(span: Utf8Span): boolean {
  return span.sequences === 0 && span.pieces.every((p) => typeof p === "string" || p.survivors.length < 2);
}

function findSpans(line: string, decoder: WrongDecoder): FoundSpan[] {
  const found: FoundSpan[] = [];
  for (const run of byteRuns(line, decoder)) {
    const chars = run.charByte.length - 1;
    for (let k = 0; k < chars; ) {
      const lead = run.bytes[run.charByte[k]!]!;
      const span = lead >= 0xc2 && lead <= 0xf4 && !run.marker[k] ? utf8SpanAt(run, k, decoder) : undefined;
      if (!span || span.endChar <= k) {
        k++;
        continue;
      }
      found.push({ span, start: run.charOffset[span.firstChar]!, end: run.charOffset[span.endChar]! });
      k = span.endChar;
    }
  }
  return found;
}

export function repairsForUtf8ReadAs(line: string, decoder: WrongDecoder): Repair[] {
  if (!decoder.mayHoldUtf8(line)) return [];
  const encodingPair = { encoding: "utf-8", readAs: decoder.name };
  const found = findSpans(line, decoder);
  if (found.length === 0) return [];
  // First the spans that lost nothing: sure or not at all. Each is judged with the
  // others already repaired ("Ã†rÃ¸skÃ¸bing": "Æ" reads right only beside "røskøbing").
  const lossless: Repair[] = [];
  for (const { span, start, end } of found) {
    if (span.slots > 0) continue;
    const after = span.pieces.join("");
    if (onlyKnownCharacters(after)) lossless.push({ start, end, after, gain: 0, guess: false, encodingPair });
  }
  const allRepaired = applyRepairs(line, lossless);
  const sure: Repair[] = [];
  let shift = 0;
  for (const r of lossless) {
    const at = r.start + shift;
    shift += r.after.length - (r.end - r.start);
    const before = line.slice(r.start, r.end);
    const gain = -plausibilityGain(allRepaired, at, at + r.after.length, before) - MOJIBAKE_PRIOR_BITS;
    if (gain > 0) sure.push({ ...r, gain });
  }
  // Then the spans with lost bytes, judged beside the sure repairs.
  const context = applyRepairs(line, sure);
  const guessed: Repair[] = [];
  // Walk the line once: where each span lands in `context`, and the quote state before it.
  let delta = 0;
  let sureIndex = 0;
  let quoteOpen = false;
  let scanned = 0;
  for (const { span, start, end } of found) {
    if (span.slots === 0) continue;
    if (isWeak(span) && sure.length === 0) continue; // a lone lead byte needs company to be believed
    while (sureIndex < sure.length && sure[sureIndex]!.end <= start) {
      const r = sure[sureIndex++]!;
      delta += r.after.length - (r.end - r.start);
    }
    const at = start + delta;
    quoteOpen = doubleQuoteOpenAfter(context.slice(scanned, at), quoteOpen);
    scanned = at;
    const after = spanText(span, context, at, end - start, quoteOpen);
    const gain = plausibilityGain(context, at, at + (end - start), after) - MOJIBAKE_PRIOR_BITS - span.slots * LOST_BYTE_PRIOR_BITS;
    if (gain > 0) guessed.push({ start, end, after, gain, guess: true, encodingPair });
  }
  return [...sure, ...guessed].sort((a, b) => a.start - b.start);
}
