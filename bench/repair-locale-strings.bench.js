/**
 * Short correct strings from CLDR (tests/corpus/locale-strings.js: month and weekday
 * names, dates, names of languages, regions and currencies, prices, lists — some 110
 * languages, every script) through `--repair-only`: none may change. Prints those that
 * did with their first change, and writes bench/results/repair-locale-strings.json.
 * The test suite checks a sample (tests/locale-strings.test.ts); this is the whole set.
 * Usage: node bench/repair-locale-strings.bench.js (run `npm run build` first).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { explainText, fixText } from "../dist/index.js";
import { localeStrings } from "../tests/corpus/locale-strings.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const started = performance.now();
const texts = localeStrings();
const changed = [];
for (const text of texts) {
  if (fixText(text, { repairOnly: true }) === text) continue;
  const first = explainText(text, { repairOnly: true })[0];
  changed.push({ text, first: first && { fix: first.fix, before: first.before, after: first.after, encodingPair: first.encodingPair } });
}
const seconds = (performance.now() - started) / 1000;
console.log(`--repair-only on ${texts.length} CLDR strings (${seconds.toFixed(1)} s): changed (should be none): ${changed.length}`);
for (const c of changed.slice(0, 40)) console.log(`  ${JSON.stringify(c.text)}: ${JSON.stringify(c.first?.before)} → ${JSON.stringify(c.first?.after)}`);
mkdirSync(path.join(here, "results"), { recursive: true });
writeFileSync(path.join(here, "results", "repair-locale-strings.json"), JSON.stringify({ texts: texts.length, seconds, changed }, null, 2) + "\n");
process.exit(changed.length === 0 ? 0 : 1);
