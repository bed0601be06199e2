/**
 * Correct text that looks like mojibake must come out unchanged — through fixText,
 * through fixBytes (UTF-8 bytes in), and through the CLI with --repair-only. The
 * table is tests/corpus/negatives.js (each case says why it is a trap); it grows with
 * every false positive ever found.
 *
 * KNOWN_FALSE_POSITIVES lists the cases the engine changed when they were written:
 * they are skipped (visible as skipped, by name), so the suite stays green while the
 * engine is built, and any NEW false positive fails it. The last test names the known
 * ones the engine no longer changes: delete those ids from the list.
 */
import { describe, expect, it } from "vitest";
import { fixBytes, fixText } from "../src/index.js";
import { HAND_WRITTEN_NEGATIVES } from "./corpus/negatives.js";
import { runCli } from "./helpers/run-cli.js";

/** What the repair engine is judged with: repairs only, no normalization. */
const REPAIR_OPTIONS = { repairOnly: true, fixes: { "curly-quotes": false } };

/** Negatives the engine wrongly changed when they were added (to fix, then delete here). */
const KNOWN_FALSE_POSITIVES = new Set<string>([]);

/** Each way in, as text → text. */
const PATHS: [string, (text: string) => Promise<string> | string][] = [
  ["fixText", (text) => fixText(text, REPAIR_OPTIONS)],
  ["fixBytes", (text) => fixBytes(Buffer.from(text, "utf8"), REPAIR_OPTIONS).text],
  ["CLI --repair-only", async (text) => (await runCli(["--repair-only"], text)).stdout],
];

describe("hand-written negatives stay exactly as they are", () => {
  it("are at least 60, with unique ids and a reason each", () => {
    expect(HAND_WRITTEN_NEGATIVES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(HAND_WRITTEN_NEGATIVES.map((n) => n.id)).size).toBe(HAND_WRITTEN_NEGATIVES.length);
    for (const n of HAND_WRITTEN_NEGATIVES) expect(n.why.length, n.id).toBeGreaterThan(5);
  });

  for (const negative of HAND_WRITTEN_NEGATIVES) {
    const test = KNOWN_FALSE_POSITIVES.has(negative.id) ? it.skip : it;
    test(`${negative.id}: ${negative.why}`, async () => {
      for (const [path, run] of PATHS) expect(await run(negative.text), path).toBe(negative.text);
    });
  }

  it("reports the known false positives the engine now leaves alone (to delete from the list)", async () => {
    const fixed: string[] = [];
    for (const negative of HAND_WRITTEN_NEGATIVES.filter((n) => KNOWN_FALSE_POSITIVES.has(n.id))) {
      let unchanged = true;
      for (const [, run] of PATHS) if ((await run(negative.text)) !== negative.text) unchanged = false;
      if (unchanged) fixed.push(negative.id);
    }
    // Not a failure: the engine got better. Say so, so the list is trimmed.
    if (fixed.length > 0) console.warn(`negatives.test.ts: no longer changed, delete from KNOWN_FALSE_POSITIVES: ${fixed.join(", ")}`);
    expect(fixed.length).toBeLessThanOrEqual(KNOWN_FALSE_POSITIVES.size);
  });
});
