/**
 * Properties of text → text (issue 8), with fast-check: any string comes through
 * fixText well-formed and as valid UTF-8, the explanation replays to the output, the
 * repair is idempotent, and real multilingual text is left alone under repairOnly.
 * 10,000 draws per property (strings ≤ 40 UTF-16 units: 0.1–1.5 ms each, 0.5–15 s
 * per property), a million under `npm run fuzz`; generators in tests/helpers/arbitraries.ts.
 *
 * Where the engine or the pipeline fails a property today, the property is skipped
 * (`itKnownBug`; `npm run fuzz` still runs it) with the bug named beside it, and its
 * shrunk counterexamples go in a table of known bugs: each is checked, a fixed one is
 * reported (console.warn, not a failure — the engine changes under us, as in
 * negatives.test.ts), and a new failure of a passing property fails the suite.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyChanges, explainText, fixText } from "../src/index.js";
import { enabledFixes } from "../src/repair/registry.js";
import type { FixOptions } from "../src/types.js";
import { generateCorpus, SIZES } from "./corpus/generate.js";
import { LANGUAGES } from "./corpus/languages.js";
import { udhrPieces } from "./corpus/udhr-text.js";
import { anyText, assertProperty, hostileText, isKnownEngineCrash, isValidUtf8, LONG_INPUT_RUNS, mojibakeRun, OPTION_SETS } from "./helpers/arbitraries.js";

/** Properties that once failed (their counterexamples are in the tables below); they hold now. */
const itKnownBug = it;

/** A bug once found: `check` throws if it comes back. */
interface KnownBug {
  input: string;
  options: FixOptions;
  why: string;
}

/** One test per table of regressions: every bug once found stays fixed. */
function reportKnownBugs(title: string, bugs: KnownBug[], check: (bug: KnownBug) => void): void {
  it(`${title}: ${bugs.length} found by these properties, all fixed`, () => {
    const broken = bugs.filter((bug) => {
      try {
        check(bug);
        return false;
      } catch {
        return true;
      }
    });
    expect(broken.map((b) => b.input)).toEqual([]);
  });
}

/** fixText, or undefined when the draw hits the known engine crash (see isKnownEngineCrash). */
function fixTextUnlessKnownCrash(text: string, options: FixOptions): string | undefined {
  try {
    return fixText(text, options);
  } catch (error) {
    if (isKnownEngineCrash(error)) return undefined;
    throw error;
  }
}

const withOptions = fc.tuple(anyText, fc.constantFrom(...(OPTION_SETS as readonly FixOptions[])));

describe("any string through fixText", () => {
  it("does not throw, and gives well-formed text (no lone surrogate) that encodes to valid UTF-8", () => {
    assertProperty("well-formed", withOptions, ([text, options]) => {
      const out = fixTextUnlessKnownCrash(text, options);
      if (out === undefined) return;
      // A lone surrogate passes through only when the caller turned the surrogates fix off.
      if (text.isWellFormed() || enabledFixes(options).some((fix) => fix.name === "surrogates")) expect(out.isWellFormed(), JSON.stringify(out)).toBe(true);
      if (out.isWellFormed()) {
        const bytes = Buffer.from(out, "utf8");
        expect(isValidUtf8(bytes)).toBe(true);
        expect(bytes.toString("utf8")).toBe(out);
      }
    });
  }, 120_000);

  it("has an explanation that replays to the output (explain and the real run agree)", () => {
    assertProperty("explain replays", withOptions, ([text, options]) => {
      const out = fixTextUnlessKnownCrash(text, options);
      if (out === undefined) return;
      expect(applyChanges(text, explainText(text, options))).toBe(out);
    });
  }, 120_000);

  it("leaves a string with nothing to fix as it is (ASCII letters, digits, spaces, plain punctuation)", () => {
    const plain = fc.string({ unit: fc.constantFrom(..."abcXYZ019 .,;:!?()-_/'\"\n\t"), maxLength: 40 });
    assertProperty("plain ascii", plain, (text) => {
      expect(fixText(text)).toBe(text);
    });
  });
});

describe("known crashes", () => {
  reportKnownBugs("fixText throws", [{ input: "à¸ï»¿", options: {}, why: "RangeError: Invalid code point NaN (UTF-8 'ฝ' missing its last byte, then a BOM read as Windows-1252)" }], ({ input, options }) => {
    fixText(input, options);
  });
});

describe("idempotence: fixText(fixText(x)) === fixText(x)", () => {
  const idempotent = (options: FixOptions) => (text: string) => {
    const once = fixTextUnlessKnownCrash(text, options);
    if (once === undefined) return;
    expect(fixText(once, options), JSON.stringify({ text, once })).toBe(once);
  };

  it("under repairOnly, on strings of arbitrary code units and graphemes", () => {
    const arbitrary = fc.oneof(fc.string({ unit: "binary", maxLength: 40 }), fc.string({ unit: "grapheme", maxLength: 20 }));
    assertProperty("idempotent repairOnly", arbitrary, idempotent({ repairOnly: true }));
  });

  // BUG (mojibake engine, uncommitted work of the lead as of this test): a layered
  // run next to another run is peeled one layer less in the first pass.
  itKnownBug("for the mojibake repair alone, on any string (the engine stops at a fixed point)", () => {
    assertProperty("idempotent mojibake", anyText, idempotent({ only: ["mojibake"] }));
  });

  // BUG (src/repair/index.ts + registry order): repairText runs each fix once, and the
  // fixes that run after the mojibake repair (surrogates → U+FFFD, stray BOM and NUL
  // removal, NFC, curly quotes) leave text that a second pass repairs again.
  itKnownBug("with the default options, on any string", () => {
    assertProperty("idempotent default", anyText, idempotent({}));
  }, 120_000);
  itKnownBug("under repairOnly, on hostile strings (a lone surrogate becomes U+FFFD after the mojibake pass)", () => {
    assertProperty("idempotent repairOnly hostile", hostileText, idempotent({ repairOnly: true }));
  }, 120_000);

  /** Shrunk counterexamples of the skipped properties above. */
  const IDEMPOTENCE_BUGS: KnownBug[] = [
    { input: "Ã\uFEFFÃ", options: {}, why: "stray BOM removed after the mojibake pass: ÃÃ → รร (windows-874) on the second" },
    { input: "e\u0308ƒ", options: {}, why: "NFC after the mojibake pass makes ëƒ → лѓ (windows-1251) on the second" },
    { input: "&eacute;\uDE00ƒ", options: {}, why: "lone surrogate → U+FFFD after the pass: é�ƒ → 鏃 on the second" },
    { input: "鈥\uD83D", options: { repairOnly: true }, why: "lone surrogate → U+FFFD after the pass: 鈥� is then read as a lost-byte quote" },
    { input: "鈥\u0000\u0000\u0000x", options: {}, why: "NULs removed after the pass: 鈥x is then repaired" },
    { input: "\uF90E", options: {}, why: "NFC turns the compatibility ideograph into 奈, which the next pass reads as EUC-KR mojibake (→ ү)" },
    { input: "cafÃ©Đłâ€šÂ«Đłâ€šŃ—Đłâ€šÂ«ĐłŃ“Đ‰ cafĐ“Â©", options: { only: ["mojibake"] }, why: "layered run: first pass gives caféг‚«タカナ, second カタカナ" },
  ];
  reportKnownBugs("not idempotent", IDEMPOTENCE_BUGS, ({ input, options }) => idempotent(options)(input));

  it("for every case of the small repair corpus, repaired and then repaired again", () => {
    const { cases } = generateCorpus(SIZES.small);
    // The shortest case of each family × kind cell (all of them under npm run fuzz): the whole corpus takes a minute.
    const shortestPerCell = new Map<string, (typeof cases)[number]>();
    for (const c of cases) {
      const cell = `${c.family}/${c.kind}`;
      if ((shortestPerCell.get(cell)?.input.length ?? Infinity) > c.input.length) shortestPerCell.set(cell, c);
    }
    const chosen = process.env.MOJIFIX_FUZZ_RUNS ? cases : [...shortestPerCell.values()];
    expect(chosen.length).toBeGreaterThan(100);
    const notIdempotent: string[] = [];
    for (const c of chosen) {
      for (const options of [{}, { repairOnly: true }] as FixOptions[]) {
        const once = fixText(c.input, options);
        const twice = fixText(once, options);
        if (twice !== once) notIdempotent.push(`${c.id} ${JSON.stringify(options)}: ${JSON.stringify(once)} → ${JSON.stringify(twice)}`);
      }
    }
    const unknown = notIdempotent.filter((line) => !KNOWN_CORPUS_NOT_IDEMPOTENT.has(line.split(" ")[0]!));
    expect(unknown).toEqual([]);
  }, 120_000);
});

/** Corpus cases whose repair is not idempotent today (engine bugs, reported to the lead). */
const KNOWN_CORPUS_NOT_IDEMPOTENT = new Set<string>([
  // The reverse Shift_JIS repair changes part of a line it cannot repair, and a second pass changes more ("Œö–±" → "Κб").
  "reverse:shift_jis/strict/once/ja/1",
  "reverse:shift_jis/partial/words/ja/1",
  // A layered run at the end of a line is peeled one layer, then another on the next pass ("âÂ€ĹšâÂ€Ĺš" → "∤Ś⤏" → …).
  "iso-8859-2/layered/twice/gl/3",
  "windows-1253/layered/thrice/sl/1",
]);

/** Real text to mix into clean strings: symbols, punctuation and emoji people type. */
const CLEAN_EXTRAS = ["😀", "👍🏽", "👩‍💻", "🇪🇺", "❤️", "∑", "≤", "≠", "∞", "π", "√2", "½", "°C", "€", "£", "©", "®", "™", "§", "¶", "—", "–", "…", "•", "«", "»", "„", "“", "”", "‘", "’", "№", "→", "×", "÷", "±"];

/** udhr pieces of every corpus language (held-out half), indexed once. */
const PIECES_BY_LANGUAGE = LANGUAGES.map((l) => ({ language: l.language, pieces: udhrPieces(l.udhr) })).filter((l) => l.pieces.length > 0);

/** A stretch of real text: whole words of one language's piece, from a random word to a random word. */
function stretchOf(language: number, pieceIndex: number, from: number, words: number): string {
  const { pieces } = PIECES_BY_LANGUAGE[language]!;
  const piece = pieces[pieceIndex % pieces.length]!;
  const parts = piece.split(" ");
  if (parts.length === 1) return piece; // unspaced scripts (Chinese, Japanese, Thai): the whole piece
  const start = from % parts.length;
  return parts.slice(start, start + 1 + words).join(" ");
}

const realStretch = fc
  .tuple(fc.nat({ max: PIECES_BY_LANGUAGE.length - 1 }), fc.nat(), fc.nat(), fc.nat({ max: 12 }))
  .map(([language, pieceIndex, from, words]) => stretchOf(language, pieceIndex, from, words));

/** Clean text: 1–3 stretches from any languages, joined by spaces or newlines, with symbols and emoji between. */
const cleanText = fc
  .array(fc.tuple(realStretch, fc.constantFrom(" ", "\n", " ", ", "), fc.option(fc.constantFrom(...CLEAN_EXTRAS), { nil: "" })), { minLength: 1, maxLength: 3 })
  .map((parts) => parts.map(([stretch, joiner, extra]) => (extra ? `${stretch} ${extra}` : stretch)).join(" ").trim());

/** Languages whose plain text the engine changes today (see CLEAN_TEXT_BUGS): left out of the passing properties. */
const LANGUAGES_WITH_KNOWN_FALSE_POSITIVES = new Set<string>([]);

const cleanLanguages = PIECES_BY_LANGUAGE.map((l, index) => ({ ...l, index })).filter((l) => !LANGUAGES_WITH_KNOWN_FALSE_POSITIVES.has(l.language));

/** Words of one language only (no Yoruba), word-bounded. */
const oneLanguageStretch = fc
  .tuple(fc.constantFrom(...cleanLanguages.map((l) => l.index)), fc.nat(), fc.nat(), fc.nat({ max: 12 }))
  .map(([language, piece, from, words]) => stretchOf(language, piece, from, words));

describe("clean text is left alone under repairOnly", () => {
  it("draws from at least 50 languages", () => {
    expect(PIECES_BY_LANGUAGE.length).toBeGreaterThanOrEqual(50);
  });

  it("a stretch of real text in one language (every script but the known bug below) comes out unchanged", () => {
    assertProperty("clean one language", oneLanguageStretch, (text) => {
      expect(fixText(text, { repairOnly: true }), JSON.stringify(text)).toBe(text);
    });
  }, 120_000);

  // ~3 ms a case: the high-count twin is the one-language stretch above.
  it("long text of one language, many pieces joined by newlines, comes out unchanged", () => {
    const longText = fc.tuple(fc.constantFrom(...cleanLanguages), fc.nat(), fc.integer({ min: 2, max: 12 })).map(([{ pieces }, from, count]) =>
      Array.from({ length: count }, (_, i) => pieces[(from + i) % pieces.length]).join("\n"),
    );
    assertProperty("clean long text", longText, (text) => {
      expect(fixText(text, { repairOnly: true })).toBe(text);
    }, LONG_INPUT_RUNS);
  }, 120_000);

  // BUG (mojibake engine): ~1% of these change. Two mistakes: (1) a word ending in a
  // non-ASCII letter, a space, then a Latin-1 symbol (± ½ § ™ » °) is read as a UTF-8
  // sequence whose NBSP became a space ("à ±" → "࠱", "людина ™" → "людин࠙");
  // (2) a Latin word with accents on a line that also has Thai or CJK is re-read as
  // Windows-874 or -1251 ("através" → "atrav้s", "té" → "tй").
  itKnownBug("mixed languages on one line, with symbols, emoji and punctuation between them, come out unchanged", () => {
    assertProperty("clean text", cleanText, (text) => {
      expect(fixText(text, { repairOnly: true }), JSON.stringify(text)).toBe(text);
    });
  }, 120_000);

  /** Shrunk or short examples of the damage above, and the Yoruba false positives. */
  const CLEAN_TEXT_BUGS: KnownBug[] = [
    { input: "le droit de prendre part à ±", options: { repairOnly: true }, why: "→ part ࠱: letter, space, symbol read as UTF-8 with a lost NBSP" },
    { input: "supratimą, pakantumą °C", options: { repairOnly: true }, why: "→ pakantum࠰C" },
    { input: "человек §", options: { repairOnly: true }, why: "→ человеꠧ" },
    { input: "alla libertà ½", options: { repairOnly: true }, why: "→ libert࠽" },
    { input: "有權享受保障。 « l’éducation.", options: { repairOnly: true }, why: "→ l’้ducation (Windows-874 beside CJK)" },
    { input: "циальное “ té dret a la", options: { repairOnly: true }, why: "→ tй (Windows-1251 beside Cyrillic)" },
    { input: "ènìyàn ìlú ni yóò jẹ́ òkúta", options: { repairOnly: true }, why: "Yoruba → čněyŕn … yóň … ňkúta (reverse Windows-1250)" },
    { input: "sí ètò nínú", options: { repairOnly: true }, why: "Yoruba → sí čtň nínú" },
  ];
  reportKnownBugs("clean text changed", CLEAN_TEXT_BUGS, ({ input, options }) => expect(fixText(input, options)).toBe(input));

  // BUG (mojibake engine): a string that is ONE common CJK ideograph or Hangul syllable
  // — a JSON Lines value, a CSV cell, a name — is "repaired" into one letter of another
  // script; 1,557 of the 20,992 ideographs U+4E00–U+9FFF change alone (in words of two
  // or more characters, none of udhr's Chinese, Japanese or Korean words do).
  const SINGLE_CHARACTER_BUGS: KnownBug[] = [["但", "â"], ["业", "ҵ"], ["价", "ɲ"], ["从", "к"], ["奈", "ү"], ["蘆", "Ī"], ["카", "ī"], ["청", "û"]].map(
    ([input, becomes]) => ({ input: input!, options: { repairOnly: true }, why: `→ ${becomes}` }),
  );
  reportKnownBugs("a single CJK or Hangul character is changed", SINGLE_CHARACTER_BUGS, ({ input, options }) => expect(fixText(input, options)).toBe(input));
});
