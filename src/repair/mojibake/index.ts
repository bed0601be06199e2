/**
 * mojibake: text that was encoded in one encoding and decoded as another. Placeholder
 * until the search lands.
 */
import type { Fix } from "../fix.js";

export const mojibake: Fix = {
  name: "mojibake",
  summary: "undo text decoded with the wrong encoding (UTF-8 read as Windows-1252, GBK, …)",
  defaultOn: true,
  repairsDamage: true,
  edits: () => [],
};
