/**
 * The text form the per-language character model is trained on and scores: NFC,
 * lower case, every digit as "0", every run of white space as one " ", typographic
 * quotes and dashes as their ASCII forms (real text uses both; training text often
 * only one, and "it’s" must read like "it's"). Training
 * (bench/detect-language-model.generate.mjs) and scoring must normalize the same
 * way, so both import this file.
 * Example: `modelText("Článek 18\n  „Každý“")` → "článek 00 \"každý\"".
 */

/** Combining marks are rare; NFC (which is slow) runs only when some are present. */
const HAS_COMBINING_MARK = /[\u0300-\u036f]/;

/** ’ is the apostrophe inside words; ‘ and ‚ only open quotes, so they keep their own (in-word: implausible) identity. */
const TYPOGRAPHIC: Record<string, string> = { "’": "'", "“": '"', "”": '"', "„": '"', "‐": "-" };

export function modelText(text: string): string {
  const composed = HAS_COMBINING_MARK.test(text) ? text.normalize("NFC") : text;
  // One pass for the three rewrites (this runs for every text the models score).
  // Not \s: a no-break space (which a wrong decoding makes of IBM437's "á") stays visible,
  // and so do the line and paragraph separators U+2028/9 (no training text has them; a
  // wrong decoding makes them of "â\u0080¨" and "â\u0080©", which are "…" in ISO-8859-15).
  return composed.toLowerCase().replace(REWRITTEN, rewrite);
}

const REWRITTEN = /[0-9]|[\t\n\v\f\r ]{2,}|[\t\n\v\f\r]|[’“”„‐]/g;

function rewrite(match: string): string {
  const first = match.charCodeAt(0);
  if (first >= 0x30 && first <= 0x39) return "0";
  return TYPOGRAPHIC[match] ?? " ";
}

/**
 * The kinds of character the model backs off to when a language never showed a
 * character in training. "letter" carries the script, so an unseen Latin letter in
 * Polish costs far less than a Cyrillic one.
 */
export type CharKind =
  | { kind: "letter"; script: string }
  | { kind: "mark" | "digit" | "space" | "ascii-punct" | "punct" | "common-symbol" | "symbol" | "control" | "replacement" };

/**
 * Symbols and punctuation real text uses on their own (prices, copyright, degrees,
 * bullets, dashes, the ellipsis), unlike the Latin-1 symbols that mostly appear as mojibake (¤ ¦ ¨ ¬ ¯ ´ ¸ ± ¹ ½ …).
 */
const COMMON_SYMBOLS = new Set([..."£€$¢¥©®™°§•…·«»¿¡–—\u00a0"]);

/**
 * Scripts the model tells apart; every other letter is "Other". A script some language of
 * the model writes needs its own name here, or its languages would be asked about every
 * other "Other" letter (Cherokee, Ethiopic) too.
 */
const SCRIPTS = ["Latin", "Cyrillic", "Greek", "Arabic", "Hebrew", "Thai", "Han", "Hiragana", "Katakana", "Hangul", "Armenian", "Georgian", "Devanagari", "Bengali", "Gurmukhi", "Gujarati", "Telugu", "Kannada", "Malayalam"];
const SCRIPT_TESTS = SCRIPTS.map((script) => ({ script, test: new RegExp(`^\\p{Script=${script}}$`, "u") }));
/**
 * Letters both kana scripts share, whose Unicode script is "Common": the long-vowel mark
 * "ー" of every katakana word ("コンピューター") and the kana iteration marks. They are
 * Japanese letters, not letters of no script (which cost as much as a foreign one).
 */
const KANA_SHARED_LETTER = /^[\p{Script_Extensions=Katakana}\p{Script_Extensions=Hiragana}]$/u;
const kindCache = new Map<string, CharKind>();

/** What kind of character `ch` (one code point) is; cached, as texts repeat characters. */
export function charKind(ch: string): CharKind {
  let kind = kindCache.get(ch);
  if (kind) return kind;
  kind = classify(ch);
  kindCache.set(ch, kind);
  return kind;
}

function classify(ch: string): CharKind {
  if (ch === "\ufffd") return { kind: "replacement" };
  if (ch === " ") return { kind: "space" };
  if (COMMON_SYMBOLS.has(ch)) return { kind: "common-symbol" };
  if (ch === "0") return { kind: "digit" };
  if (/^[\p{Cc}\p{Co}\p{Cn}\p{Cs}]$/u.test(ch)) return { kind: "control" };
  if (/^[\p{L}]$/u.test(ch)) {
    for (const { script, test } of SCRIPT_TESTS) if (test.test(ch)) return { kind: "letter", script };
    return { kind: "letter", script: KANA_SHARED_LETTER.test(ch) ? "Katakana" : "Other" };
  }
  if (/^\p{M}$/u.test(ch)) return { kind: "mark" };
  // Other numbers (½ ² ¼) are symbols here: in legacy decodings they stand for letters ("½uvre" for "œuvre").
  if (ch.charCodeAt(0) < 0x80) return { kind: "ascii-punct" };
  if (/^\p{P}$/u.test(ch)) return { kind: "punct" };
  return { kind: "symbol" };
}
