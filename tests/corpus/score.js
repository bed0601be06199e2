/**
 * The scorer: run a repair function over the corpus and say, per case, how it did —
 * then add it up per family, per kind and per group, check the issue's targets, and
 * pick failure examples for a person to read.
 *
 * Outcomes (distances are edit distances in code points to the original):
 * - exact:     output === original.
 * - improved:  not exact, closer than the input, and differing from the original in
 *              at most `lost` characters — every character whose bytes survived is
 *              back, what is left differs only where bytes were lost (a wrong guess or
 *              a U+FFFD there). Only lossy cases can be improved (`lost` is 0 elsewhere).
 * - partial:   closer than the input, but more is left broken than the lost bytes explain.
 * - unchanged: output === input.
 * - damaged:   changed, and not closer to the original than the input was.
 * Negatives: kept (output === text) or changed.
 * Example: lossy input "â€ ok" for "” ok" (one lost byte, lost = 1): output "� ok" or
 * "“ ok" is improved, "” ok" exact, "â€ ok" unchanged.
 */

/** Edit distance between two strings, by code points (common prefix and suffix skipped). */
export function editDistance(a, b) {
  if (a === b) return 0;
  const x = [...a];
  const y = [...b];
  let start = 0;
  while (start < x.length && start < y.length && x[start] === y[start]) start++;
  let endX = x.length;
  let endY = y.length;
  while (endX > start && endY > start && x[endX - 1] === y[endY - 1]) {
    endX--;
    endY--;
  }
  const n = endX - start;
  const m = endY - start;
  if (n === 0) return m;
  if (m === 0) return n;
  let previous = new Int32Array(m + 1);
  let current = new Int32Array(m + 1);
  for (let j = 0; j <= m; j++) previous[j] = j;
  for (let i = 1; i <= n; i++) {
    current[0] = i;
    const xi = x[start + i - 1];
    for (let j = 1; j <= m; j++) {
      const cost = xi === y[start + j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
    }
    [previous, current] = [current, previous];
  }
  return previous[m];
}

export const OUTCOMES = ["exact", "improved", "partial", "unchanged", "damaged"];

/** The outcome of one case given the repair's output. */
export function classify(testCase, output) {
  if (output === testCase.expected) return "exact";
  if (output === testCase.input) return "unchanged";
  const before = editDistance(testCase.input, testCase.expected);
  const after = editDistance(output, testCase.expected);
  if (after >= before) return "damaged";
  return after <= testCase.lost ? "improved" : "partial";
}

/**
 * Run `repair` on every case and negative.
 * @param {{ cases: import("./generate.js").RepairCase[], negatives: { id: string, language: string, text: string }[] }} corpus
 * @param {(text: string) => string} repair
 */
export function scoreCorpus(corpus, repair) {
  const results = corpus.cases.map((testCase) => {
    let output;
    try {
      output = repair(testCase.input);
    } catch (error) {
      output = `<<threw: ${error instanceof Error ? error.message : String(error)}>>`;
    }
    return { case: testCase, output, outcome: classify(testCase, output) };
  });
  const negativeResults = corpus.negatives.map((negative) => {
    let output;
    try {
      output = repair(negative.text);
    } catch (error) {
      output = `<<threw: ${error instanceof Error ? error.message : String(error)}>>`;
    }
    return { negative, output, changed: output !== negative.text };
  });
  return { results, negativeResults };
}

function emptyRow(label) {
  return { label, cases: 0, exact: 0, improved: 0, partial: 0, unchanged: 0, damaged: 0 };
}

function addTo(rows, label, outcome) {
  let row = rows.get(label);
  if (!row) rows.set(label, (row = emptyRow(label)));
  row.cases++;
  row[outcome]++;
}

/** Group rows: what the issue's targets and the lead's checks talk about. */
export const GROUPS = {
  "lossless (all but lossy)": (c) => c.kind !== "lossy",
  "  single-byte families": (c) => c.kind !== "lossy" && c.group === "single-byte",
  "  East Asian families": (c) => c.kind !== "lossy" && c.group === "east-asian",
  "  reverse (legacy as 1252/latin-1)": (c) => c.kind !== "lossy" && c.group === "reverse",
  "  cesu-8": (c) => c.group === "cesu-8",
  "lossy (all families)": (c) => c.kind === "lossy",
};

/** Tables per family, per kind (and variant), per group, plus negatives. */
export function tabulate(score) {
  const byFamily = new Map();
  const byKind = new Map();
  const byVariant = new Map();
  const byGroup = new Map(Object.keys(GROUPS).map((g) => [g, emptyRow(g)]));
  const byFamilyLossless = new Map();
  for (const { case: c, outcome } of score.results) {
    addTo(byFamily, c.family, outcome);
    if (c.kind !== "lossy") addTo(byFamilyLossless, c.family, outcome);
    addTo(byKind, c.kind, outcome);
    addTo(byVariant, `${c.kind}/${c.variant.split("/")[0]}`, outcome);
    for (const [group, test] of Object.entries(GROUPS)) if (test(c)) addTo(byGroup, group, outcome);
  }
  const negatives = { udhr: { cases: 0, changed: 0 }, "hand-written": { cases: 0, changed: 0 } };
  for (const { negative, changed } of score.negativeResults) {
    const bucket = negative.why === undefined ? negatives.udhr : negatives["hand-written"];
    bucket.cases++;
    if (changed) bucket.changed++;
  }
  return { byFamily: [...byFamily.values()], byFamilyLossless, byKind: [...byKind.values()], byVariant: [...byVariant.values()].sort((a, b) => a.label.localeCompare(b.label)), byGroup: [...byGroup.values()], negatives };
}

const percent = (part, whole) => (whole === 0 ? "   -  " : `${((100 * part) / whole).toFixed(1).padStart(5)}%`);

function formatRows(title, rows) {
  const width = Math.max(title.length, ...rows.map((r) => r.label.length));
  const header = `${title.padEnd(width)}  cases   exact  improved  partial  unchanged  damaged`;
  const lines = rows.map((r) => `${r.label.padEnd(width)}  ${String(r.cases).padStart(5)}  ${percent(r.exact, r.cases)}   ${percent(r.improved, r.cases)}  ${percent(r.partial, r.cases)}    ${percent(r.unchanged, r.cases)}   ${percent(r.damaged, r.cases)}`);
  return [header, "-".repeat(header.length), ...lines].join("\n");
}

/** The tables as text, ready to print. */
export function formatTables(tables) {
  const negativeLines = Object.entries(tables.negatives).map(([name, n]) => `negatives (${name}): ${n.changed} of ${n.cases} changed`);
  return [
    formatRows("family", tables.byFamily),
    "",
    formatRows("kind", tables.byKind),
    "",
    formatRows("kind/variant", tables.byVariant),
    "",
    formatRows("group", tables.byGroup),
    "",
    ...negativeLines,
  ].join("\n");
}

/** Targets of issue 3 (and the reviewer's own bar), each as a check with its measured value. */
export function checkTargets(tables) {
  const checks = [];
  const rate = (row, ...outcomes) => (row.cases === 0 ? 1 : outcomes.reduce((s, o) => s + row[o], 0) / row.cases);
  for (const [family, row] of tables.byFamilyLossless) {
    const eastAsian = ["gbk", "gb18030", "big5", "shift_jis", "euc-kr", "euc-jp"].includes(family);
    const goal = eastAsian ? 0.98 : 0.99;
    checks.push({ name: `${family}: lossless cases exact ≥ ${goal * 100}%`, value: rate(row, "exact"), goal, ok: rate(row, "exact") >= goal, cases: row.cases });
  }
  const group = (label) => tables.byGroup.find((r) => r.label === label);
  const lossy = group("lossy (all families)");
  const lossless = group("lossless (all but lossy)");
  checks.push({ name: "lossy: exact ≥ 70%", value: rate(lossy, "exact"), goal: 0.7, ok: rate(lossy, "exact") >= 0.7, cases: lossy.cases });
  checks.push({ name: "lossy: exact or improved ≥ 95%", value: rate(lossy, "exact", "improved"), goal: 0.95, ok: rate(lossy, "exact", "improved") >= 0.95, cases: lossy.cases });
  checks.push({ name: "reviewer: lossless exact ≥ 97%", value: rate(lossless, "exact"), goal: 0.97, ok: rate(lossless, "exact") >= 0.97, cases: lossless.cases });
  checks.push({ name: "reviewer: lossy exact ≥ 60%", value: rate(lossy, "exact"), goal: 0.6, ok: rate(lossy, "exact") >= 0.6, cases: lossy.cases });
  for (const [name, n] of Object.entries(tables.negatives)) checks.push({ name: `negatives (${name}): none changed`, value: n.changed, goal: 0, ok: n.changed === 0, cases: n.cases });
  return checks;
}

export function formatChecks(checks) {
  return checks
    .map((c) => `${c.ok ? "PASS" : "FAIL"}  ${c.name.padEnd(48)} ${typeof c.value === "number" && c.value <= 1 && !c.name.startsWith("negatives") ? `${(100 * c.value).toFixed(1)}%` : c.value} (${c.cases} cases)`)
    .join("\n");
}

/**
 * Failure examples for a person: per family the few shortest non-exact cases (short
 * ones are easiest to read), and every changed negative. Strings are JSON-escaped so
 * C1 controls, NBSPs and U+FFFD are visible.
 */
export function formatFailures(score, perFamily = 4) {
  const lines = [];
  const changed = score.negativeResults.filter((r) => r.changed);
  lines.push(`== negatives changed: ${changed.length}`);
  for (const r of changed) lines.push(`[${r.negative.id}] ${r.negative.why ?? ""}`, `   text: ${JSON.stringify(r.negative.text)}`, `   got:  ${JSON.stringify(r.output)}`);
  const byFamily = new Map();
  for (const r of score.results) {
    if (r.outcome === "exact") continue;
    if (!byFamily.has(r.case.family)) byFamily.set(r.case.family, []);
    byFamily.get(r.case.family).push(r);
  }
  for (const [family, failures] of byFamily) {
    const counts = OUTCOMES.map((o) => `${o} ${failures.filter((f) => f.outcome === o).length}`).filter((s) => !s.endsWith(" 0"));
    lines.push("", `== ${family}: ${failures.length} not exact (${counts.join(", ")})`);
    // One per kind first, then the shortest others.
    const sorted = [...failures].sort((a, b) => a.case.input.length - b.case.input.length);
    const chosen = [];
    for (const kind of new Set(sorted.map((f) => f.case.kind))) chosen.push(sorted.find((f) => f.case.kind === kind));
    for (const f of sorted) if (chosen.length < perFamily && !chosen.includes(f)) chosen.push(f);
    for (const f of chosen.slice(0, Math.max(perFamily, chosen.length))) {
      lines.push(`[${f.case.id}] ${f.outcome}${f.case.lost ? ` (lost ${f.case.lost})` : ""} layers: ${f.case.layers.join(" → ")}`);
      lines.push(`   input:    ${JSON.stringify(f.case.input)}`);
      lines.push(`   got:      ${JSON.stringify(f.output)}`);
      lines.push(`   expected: ${JSON.stringify(f.case.expected)}`);
    }
  }
  return lines.join("\n");
}
