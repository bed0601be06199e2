/**
 * Correct text that looks like mojibake must come out unchanged — through fixText,
 * through fixBytes (UTF-8 bytes in), and through the CLI with --repair-only. The
 * table is tests/corpus/negatives.js (each case says why it is a trap); it grows with
 * every false positive ever found.
 *
 * KNOWN_FALSE_POSITIVES lists the cases the engine changes today: they run as
 * `it.fails`, so the suite stays green while they are visible. When the engine stops
 * changing one, its `it.fails` fails: delete the id from the list.
 */
import { describe, expect, it } from "vitest";
import { fixBytes, fixText } from "../src/index.js";
import { HAND_WRITTEN_NEGATIVES } from "./corpus/negatives.js";
import { runCli } from "./helpers/run-cli.js";

/** What the repair engine is judged with: repairs only, no normalization. */
const REPAIR_OPTIONS = { repairOnly: true, fixes: { "curly-quotes": false } };

/** Negatives the engine wrongly changes today (measured when this table was written). */
const KNOWN_FALSE_POSITIVES = new Set([
  "vi-caps",
  "brand-pate-tm",
  "da-caps",
  "fr-ligatures",
  "box-table",
  "halfwidth-receipt",
  "halfwidth-mixed",
  "c1-lookalike-words",
  "regex-class",
  "latin1-row",
  "accented-row",
]);

describe("hand-written negatives stay exactly as they are", () => {
  it("are at least 60, with unique ids and a reason each", () => {
    expect(HAND_WRITTEN_NEGATIVES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(HAND_WRITTEN_NEGATIVES.map((n) => n.id)).size).toBe(HAND_WRITTEN_NEGATIVES.length);
    for (const n of HAND_WRITTEN_NEGATIVES) expect(n.why.length, n.id).toBeGreaterThan(5);
  });

  for (const negative of HAND_WRITTEN_NEGATIVES) {
    const test = KNOWN_FALSE_POSITIVES.has(negative.id) ? it.fails : it;
    test(`${negative.id}: ${negative.why}`, async () => {
      expect(fixText(negative.text, REPAIR_OPTIONS)).toBe(negative.text);
      expect(fixBytes(Buffer.from(negative.text, "utf8"), REPAIR_OPTIONS).text).toBe(negative.text);
      const cli = await runCli(["--repair-only"], negative.text);
      expect(cli.stdout).toBe(negative.text);
    });
  }
});
