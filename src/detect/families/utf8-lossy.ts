/**
 * UTF-8 with a few broken bytes: a mixed file (UTF-8 text with one Latin-1 line
 * pasted in) is still best read as UTF-8, losing the odd byte, rather than turning
 * every correct "é" into "Ã©". Only a candidate when valid multi-byte sequences
 * outnumber the invalid bytes; each U+FFFD then costs what the model says.
 * Example: `63 61 66 C3 A9 20 E9` → utf-8 "café �".
 */
import { decodeBytes } from "../../decode/decode.js";
import { knownLanguagesForScriptOf } from "../../plausibility/language-bigrams.js";
import { utf8SequenceLength } from "../utf8.js";
import type { LegacyCandidate } from "./family.js";

function validAndInvalidSequences(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; ) {
    if (bytes[i]! < 0x80) {
      i++;
      continue;
    }
    const n = utf8SequenceLength(bytes, i);
    if (n === 0) {
      invalid++;
      i++;
    } else {
      valid++;
      i += n;
    }
  }
  return { valid, invalid };
}

export const utf8LossyCandidate: LegacyCandidate = {
  encoding: "utf-8",
  decode(context) {
    let valid = 0;
    let invalid = 0;
    for (const part of context.parts) {
      const counts = validAndInvalidSequences(part);
      valid += counts.valid;
      invalid += counts.invalid;
    }
    if (valid <= invalid) return null;
    const text = context.parts.map((part) => decodeBytes(part, "utf-8")).join("\n");
    return { encoding: "utf-8", text, languages: knownLanguagesForScriptOf(text), rarityBits: 0 };
  },
};
