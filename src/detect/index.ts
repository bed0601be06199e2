/**
 * Bytes → ranked encoding candidates. Order of evidence: a BOM; pure ASCII; valid
 * UTF-8 (valid UTF-8 with non-ASCII is UTF-8, never a single-byte guess); binary;
 * otherwise legacy candidates, each decoded for real and ranked.
 * Example: the bytes of "café" in Latin-1 (`63 61 66 E9`) → iso-8859-1 / windows-1252.
 */
import chardet from "chardet";
import { canonicalEncoding } from "../decode/encodings.js";
import { sniffBom } from "./bom.js";
import { firstInvalidUtf8, firstNonAscii } from "./utf8.js";

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
  candidates: EncodingCandidate[];
}

function certain(encoding: string, extra: Partial<DetectResult> = {}): DetectResult {
  return {
    encoding,
    confidence: 1,
    bom: false,
    bomLength: 0,
    binary: false,
    empty: false,
    candidates: [{ encoding, confidence: 1 }],
    ...extra,
  };
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  return sample.includes(0);
}

export function detectEncoding(bytes: Uint8Array): DetectResult {
  if (bytes.length === 0) return certain("ascii", { empty: true });
  const bom = sniffBom(bytes);
  if (bom) return certain(bom.encoding, { bom: true, bomLength: bom.length });
  if (firstNonAscii(bytes) < 0 && !bytes.includes(0)) return certain("ascii");
  if (firstInvalidUtf8(bytes) < 0 && !bytes.includes(0)) return certain("utf-8");
  if (looksBinary(bytes)) return { ...certain("binary", { binary: true }), confidence: 1, candidates: [] };
  const ranked = (chardet.analyse(bytes) ?? [])
    .map((m) => ({ encoding: canonicalEncoding(m.name), confidence: m.confidence / 100 }))
    .filter((c): c is EncodingCandidate => c.encoding !== undefined && c.encoding !== "utf-8");
  const best = ranked[0] ?? { encoding: "windows-1252", confidence: 0.1 };
  return { ...certain(best.encoding), confidence: best.confidence, candidates: ranked.slice(0, 5) };
}
