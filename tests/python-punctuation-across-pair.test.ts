/**
 * Two marks in a row whose bytes Python's strict Big5 or EUC-KR paired across them
 * (src/repair/mojibake/python-punctuation-across-pair.ts): "…”" → two stand-ins, the pair
 * A6 E2 read as one of the decoder's characters, two stand-ins. Inputs were made with
 * CPython 3: `text.encode("utf-8").decode(enc, errors="replace")` (and U+FFFD shown as "?").
 */
import { describe, expect, it } from "vitest";
import { fixText } from "../src/index.js";

const RESTORED: { name: string; broken: string; clean: string }[] = [
  { name: "euc_kr (U+FFFD): “Beidh de chuspóir ag an oideachas pearsantacht an…”", broken: "\ufffd\ufffd\ufffdBeidh de chusp처ir ag an oideachas pearsantacht an\ufffd\ufffd╈\ufffd\ufffd", clean: "“Beidh de chuspóir ag an oideachas pearsantacht an…”" },
  { name: "euc_kr (\"?\"): “Beidh de chuspóir ag an oideachas pearsantacht an…”", broken: "???Beidh de chusp처ir ag an oideachas pearsantacht an??╈??", clean: "“Beidh de chuspóir ag an oideachas pearsantacht an…”" },
  { name: "big5 (U+FFFD): “Beidh de chuspóir ag an oideachas pearsantacht an…”", broken: "\ufffd\ufffd\ufffdBeidh de chusp籀ir ag an oideachas pearsantacht an\ufffd\ufffd色\ufffd\ufffd", clean: "“Beidh de chuspóir ag an oideachas pearsantacht an…”" },
  { name: "big5 (\"?\"): “Beidh de chuspóir ag an oideachas pearsantacht an…”", broken: "???Beidh de chusp籀ir ag an oideachas pearsantacht an??色??", clean: "“Beidh de chuspóir ag an oideachas pearsantacht an…”" },
  { name: "euc_kr (U+FFFD): Een ieder heeft recht “op vrijheid” van mening. Dit……", broken: "Een ieder heeft recht \ufffd\ufffd\ufffdop vrijheid\ufffd\ufffd\ufffd van mening. Dit\ufffd\ufffd╈\ufffd\ufffd", clean: "Een ieder heeft recht “op vrijheid” van mening. Dit……" },
  { name: "big5 (U+FFFD): Een ieder heeft recht “op vrijheid” van mening. Dit……", broken: "Een ieder heeft recht \ufffd\ufffd\ufffdop vrijheid\ufffd\ufffd\ufffd van mening. Dit\ufffd\ufffd色\ufffd\ufffd", clean: "Een ieder heeft recht “op vrijheid” van mening. Dit……" },
];

describe("two marks paired across", () => {
  for (const { name, broken, clean } of RESTORED) it(name, () => expect(fixText(broken, { repairOnly: true })).toBe(clean));
});

const UNCHANGED = ["Symbols \ufffd\ufffd╈\ufffd\ufffd alone prove nothing.", "Clean text with ╈ box drawing ╈ stays.", "A table: ═╈═ and ─╂─."];

describe("look-alike text stays", () => {
  for (const text of UNCHANGED) it(text, () => expect(fixText(text, { repairOnly: true })).toBe(text));
});
