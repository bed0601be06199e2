/**
 * A second held-out corpus, unlike the declarations the model learns from: people's
 * names, cities, streets and company names in 30 locales, from the `@faker-js/faker`
 * data package (a dev dependency; its word lists are real names and places). Each
 * record is broken the lossless way the repair corpus breaks text (UTF-8 read as the
 * locale's legacy code pages, as Windows-1252, as GBK, Big5, Shift_JIS, EUC-KR), then
 * repaired with `--repair-only`'s options; the clean records are the negatives.
 * Example: "Ä°lkay KurutluoÄŸlu, Ä°zmir" → "İlkay Kurutluoğlu, İzmir".
 * Prints exact repairs per family and negatives changed, with the first failures, and
 * writes bench/results/repair-names.json.
 * Usage: node bench/repair-names.bench.js [--per-locale N] (default 40; run `npm run build` first).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { allFakers } from "@faker-js/faker";
import { fixText } from "../dist/index.js";
import { decodeAs } from "../tests/corpus/wrong-decoders.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const perLocaleArg = process.argv.indexOf("--per-locale");
const PER_LOCALE = perLocaleArg > 0 ? Number(process.argv[perLocaleArg + 1]) : 40;
const SEED = 7;

/** The wrong decoders each locale's text is read through (Windows-1252 when not listed). */
const READ_AS = {
  pl: ["windows-1250", "iso-8859-2"],
  cs_CZ: ["windows-1250"],
  sk: ["windows-1250"],
  hu: ["windows-1250"],
  hr: ["windows-1250"],
  ro: ["windows-1250"],
  ru: ["windows-1251", "koi8-r", "windows-1252"],
  uk: ["windows-1251", "koi8-u"],
  el: ["windows-1253", "windows-1252"],
  tr: ["windows-1254"],
  az: ["windows-1252", "windows-1254"],
  lv: ["windows-1257"],
  ja: ["shift_jis", "gbk", "windows-1252"],
  ko: ["euc-kr", "windows-1252"],
  zh_CN: ["gbk", "windows-1252", "big5"],
  zh_TW: ["big5", "gbk"],
};
const LOCALES = ["en", "fr", "de", "es", "pt_BR", "it", "nl", "sv", "nb_NO", "da", "fi", "pl", "cs_CZ", "sk", "hu", "hr", "ro", "ru", "uk", "el", "tr", "az", "lv", "vi", "he", "ar", "fa", "ka_GE", "hy", "ja", "ko", "zh_CN", "zh_TW"];

function record(faker) {
  return [faker.person.fullName(), faker.location.city(), faker.location.street(), faker.company.name()].join(", ");
}

const cases = [];
for (const locale of LOCALES) {
  const faker = allFakers[locale];
  if (!faker) continue;
  faker.seed(SEED);
  const readAs = READ_AS[locale] ?? ["windows-1252"];
  for (let i = 0; i < PER_LOCALE; i++) {
    const clean = record(faker);
    cases.push({ locale, family: "negative", input: clean, expected: clean });
    const decoded = decodeAs(Buffer.from(clean, "utf8"), readAs[i % readAs.length]);
    if (decoded.lostCount === 0 && decoded.text !== clean) cases.push({ locale, family: readAs[i % readAs.length], input: decoded.text, expected: clean });
  }
}

const byFamily = new Map();
const failures = [];
for (const c of cases) {
  const output = fixText(c.input, { repairOnly: true });
  const row = byFamily.get(c.family) ?? { cases: 0, exact: 0 };
  row.cases++;
  if (output === c.expected) row.exact++;
  else failures.push({ ...c, output });
  byFamily.set(c.family, row);
}

const percent = (a, n) => `${((100 * a) / Math.max(1, n)).toFixed(1)}%`;
let lossless = { cases: 0, exact: 0 };
console.log(`names and addresses (faker, ${LOCALES.length} locales, ${PER_LOCALE} records each, seed ${SEED}): ${cases.length} cases`);
console.log("family".padEnd(16) + "cases".padStart(7) + "exact".padStart(9));
for (const [family, row] of [...byFamily].sort()) {
  if (family !== "negative") lossless = { cases: lossless.cases + row.cases, exact: lossless.exact + row.exact };
  const shown = family === "negative" ? `${row.cases - row.exact} changed` : percent(row.exact, row.cases);
  console.log(family.padEnd(16) + String(row.cases).padStart(7) + shown.padStart(12));
}
console.log(`lossless: ${percent(lossless.exact, lossless.cases)} exact (${lossless.exact} of ${lossless.cases})`);
console.log("\nfirst failures (locale, family: input → output ≠ expected):");
for (const f of failures.slice(0, 12)) console.log(`  ${f.locale}, ${f.family}: ${JSON.stringify(f.input)} → ${JSON.stringify(f.output)} ≠ ${JSON.stringify(f.expected)}`);

mkdirSync(path.join(here, "results"), { recursive: true });
const negatives = byFamily.get("negative") ?? { cases: 0, exact: 0 };
writeFileSync(
  path.join(here, "results", "repair-names.json"),
  JSON.stringify(
    {
      corpus: { source: "@faker-js/faker", locales: LOCALES, perLocale: PER_LOCALE, seed: SEED, cases: cases.length },
      lossless,
      negativesChanged: negatives.cases - negatives.exact,
      byFamily: Object.fromEntries(byFamily),
      failures: failures.map(({ locale, family, input, output, expected }) => ({ locale, family, input, output, expected })),
    },
    null,
    2,
  ) + "\n",
);
console.log("\nwrote bench/results/repair-names.json");
