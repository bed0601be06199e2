/**
 * Real text that is no declaration, as installed on this machine: translated program
 * messages (gettext catalogs under /usr/share/locale), translated manual pages
 * (/usr/share/man/<language>, Debian's manpages-* packages), fortune files
 * (/usr/share/games/fortunes, Debian's fortunes-* packages: proverbs, quotations, poems)
 * and package documentation (/usr/share/doc). Each distinct line with a character
 * beyond ASCII is run through `--repair-only`. Some of that text is itself broken —
 * changelogs with "StÃ©phane", a Spanish manual page saved twice as UTF-8 — and is
 * rightly repaired, so this prints every line changed, for a reader to judge, rather
 * than a verdict. Lines that already hold U+FFFD (legacy catalogs decoded as UTF-8: the
 * text is lost already) are counted apart, with how many of them changed. A source missing on the machine is skipped; install more with
 * `apt-get install manpages-de manpages-ja manpages-zh fortunes-de fortunes-ru …`.
 * Writes bench/results/repair-system-text.json.
 * Usage: node bench/repair-system-text.bench.js [--only=catalogs,manuals,fortunes,docs]
 * (run `npm run build` first; the catalogs take some minutes).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { explainText, fixText } from "../dist/index.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv.find((a) => a.startsWith("--only="))?.slice("--only=".length).split(",");
/** Lines longer than this are pieces of data, not text. */
const MAX_LINE_CHARS = 2000;
/** Files larger than this under /usr/share/doc are data. */
const MAX_DOC_BYTES = 2_000_000;

/** Every file under `dir` (following no links), or none when it is missing. */
function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(full));
    else if (entry.isFile()) out.push(full);
  }
  return out;
}

/** A file's text (gunzipped), or undefined when it is binary or not UTF-8. */
function textOf(file) {
  let bytes;
  try {
    bytes = readFileSync(file);
    if (file.endsWith(".gz")) bytes = gunzipSync(bytes);
  } catch {
    return undefined;
  }
  if (bytes.includes(0)) return undefined;
  const text = bytes.toString("utf8");
  return text.includes("\ufffd") ? undefined : text;
}

/** The strings of a gettext .mo catalog. */
function catalogStrings(file) {
  const bytes = readFileSync(file);
  const little = bytes.readUInt32LE(0) === 0x950412de;
  const word = (at) => (little ? bytes.readUInt32LE(at) : bytes.readUInt32BE(at));
  const count = word(8);
  const table = word(16);
  const out = [];
  for (let i = 0; i < count; i++) out.push(bytes.subarray(word(table + i * 8 + 4), word(table + i * 8 + 4) + word(table + i * 8)).toString("utf8"));
  return out;
}

/** A manual page's text lines: requests dropped, font and character escapes taken out. */
function manualLines(text) {
  return text.split("\n").flatMap((raw) => {
    if (/^['.]\\"/.test(raw)) return [];
    const line = raw
      .replace(/^\.(?:[A-Z]{1,2}|[a-z]{2})\s+/, "")
      .replace(/^[.'].*$/, "")
      .replace(/\\f(?:\[[^\]]*\]|\(..|.)/g, "")
      .replace(/\\\(..|\\\[[^\]]*\]/g, " ")
      .replace(/\\-/g, "-")
      .replace(/\\[e&|^%c]/g, "")
      .replace(/"/g, "");
    return [line];
  });
}

const SOURCES = {
  catalogs: () =>
    filesUnder("/usr/share/locale")
      .filter((f) => f.endsWith(".mo"))
      .map((f) => {
        try {
          return { name: f.split("/")[4], lines: catalogStrings(f).flatMap((s) => s.split(/[\n\0]/)) };
        } catch {
          return { name: f, lines: [] };
        }
      }),
  manuals: () =>
    (existsSync("/usr/share/man") ? readdirSync("/usr/share/man") : [])
      .filter((d) => !d.startsWith("man"))
      .flatMap((language) => filesUnder(path.join("/usr/share/man", language)).map((f) => ({ name: language, lines: manualLines(textOf(f) ?? "") }))),
  fortunes: () =>
    filesUnder("/usr/share/games/fortunes")
      .filter((f) => !/\.(dat|u8)$/.test(f))
      .map((f) => ({ name: path.relative("/usr/share/games/fortunes", f), lines: (textOf(f) ?? "").split("\n") })),
  docs: () =>
    filesUnder("/usr/share/doc")
      .filter((f) => statSync(f).size <= MAX_DOC_BYTES)
      .map((f) => ({ name: f.split("/").slice(-2).join("/"), lines: (textOf(f) ?? "").split("\n") })),
};

const started = performance.now();
const rows = [];
for (const [source, read] of Object.entries(SOURCES)) {
  if (only && !only.includes(source)) continue;
  const seen = new Set();
  let files = 0;
  let withReplacement = 0;
  let replacementChanged = 0;
  const changed = [];
  for (const { name, lines } of read()) {
    files++;
    for (const raw of lines) {
      const line = raw.trim();
      if (line.length < 2 || line.length > MAX_LINE_CHARS || !/[^\x00-\x7f]/.test(line) || seen.has(line)) continue;
      seen.add(line);
      const same = fixText(line, { repairOnly: true }) === line;
      if (line.includes("\ufffd")) {
        withReplacement++;
        if (!same) replacementChanged++;
        continue;
      }
      if (same) continue;
      const step = explainText(line, { repairOnly: true })[0];
      changed.push({ from: name, line: line.slice(0, 120), before: step?.before, after: step?.after, readAs: step?.encodingPair?.readAs });
    }
  }
  rows.push({ source, files, lines: seen.size - withReplacement, withReplacement, replacementChanged, changed });
  console.log(`${source}: ${files} files, ${seen.size - withReplacement} distinct lines beyond ASCII, ${changed.length} changed (and ${withReplacement} lines that already hold U+FFFD, ${replacementChanged} changed)`);
  for (const c of changed) console.log(`   ${c.from.padEnd(14)} ${JSON.stringify(c.before)} → ${JSON.stringify(c.after)} (${c.readAs ?? "?"})  ${c.line}`);
}
const seconds = (performance.now() - started) / 1000;
console.log(`(${seconds.toFixed(1)} s)`);
mkdirSync(path.join(here, "results"), { recursive: true });
writeFileSync(path.join(here, "results", "repair-system-text.json"), JSON.stringify({ seconds, rows }, null, 2) + "\n");
