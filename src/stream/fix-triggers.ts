/**
 * For each fix, the characters that can make it act: a fix makes no edit on a text in
 * which none of its trigger characters occur (tested for every fix in
 * tests/stream-fast-path.test.ts). This is what lets the stream pass clean UTF-8
 * through at the byte level, without decoding it. A fix missing here turns the
 * byte-level fast path off (the string pre-test `mayEdit` still runs). Conservative is
 * fine; too narrow would be a bug.
 * Example: curly-quotes triggers on U+2018–U+201F only, so "naïve café" is quiet for it.
 */
import type { FixOptions } from "../types.js";

/** Could a text containing `char` (one code point) be edited by the fix under `options`? */
export type TriggerTest = (char: string, codePoint: number, options: FixOptions) => boolean;

const COMBINING = /\p{M}/u;

function normalizationForm(options: FixOptions): "NFC" | "NFKC" | undefined {
  const form = options.normalize ?? "NFC";
  return form === "none" ? undefined : form;
}

export const FIX_TRIGGERS: Readonly<Record<string, TriggerTest>> = {
  "html-entities": (char) => char === "&",
  "terminal-escapes": (char) => char === "\x1b",
  // Until the mojibake search says more precisely what it looks at: any non-ASCII character
  // (and, on ASCII, the run "???" below).
  mojibake: (_char, codePoint) => codePoint >= 0x80,
  "c1-controls": (_char, codePoint) => codePoint >= 0x80 && codePoint <= 0x9f,
  ligatures: (char) => /[\u0132\u0133\u0149\u01c4-\u01cc\u01f1-\u01f3\ufb00-\ufb06]/.test(char),
  width: (char) => /[\u3000\uff01-\uffee]/.test(char),
  "curly-quotes": (_char, codePoint) => codePoint >= 0x2018 && codePoint <= 0x201f,
  "line-endings": (char, _codePoint, options) => options.eol !== "keep" && /[\n\r\u0085\u2028\u2029]/.test(char),
  // Lone surrogates only: valid UTF-8 never decodes to one, and a pair is left alone.
  surrogates: (_char, codePoint) => codePoint >= 0xd800 && codePoint <= 0xdfff,
  "control-chars": (char, codePoint) =>
    (codePoint >= 0x1d173 && codePoint <= 0x1d17a) || /[\x00-\x08\x0b\x0e-\x1f\x7f\u206a-\u206f\ufff9-\ufffc]/.test(char),
  "stray-bom": (char) => char === "\ufeff",
  // A character that changes alone, a combining mark, or a Hangul vowel/final jamo that
  // joins the syllable before it. Text made only of other characters is already normalized.
  "unicode-normalization": (char, codePoint, options) => {
    const form = normalizationForm(options);
    if (form === undefined) return false;
    return COMBINING.test(char) || (codePoint >= 0x1160 && codePoint <= 0x11ff) || char.normalize(form) !== char;
  },
};

/**
 * ASCII runs that can make a fix act on text none of whose characters triggers it: the
 * fast path looks for them with the native `indexOf`, so a "?" alone keeps a chunk quiet.
 * Example: the mojibake fix acts on ASCII only at "???", Python's stand-ins for a quote
 * lost byte by byte ("don???t", question-marks-only.ts).
 */
export const FIX_TRIGGER_RUNS: Readonly<Record<string, readonly string[]>> = {
  mojibake: ["???"],
};
