/**
 * Lines whose only damage is runs of U+FFFD, as Python's strict Big5, EUC-KR and EUC-JP
 * leave them (src/repair/mojibake/stand-in-runs-only.ts): one U+FFFD per byte they cannot
 * pair. Inputs are made here by a small emulation of that rule for sentences whose every
 * non-ASCII byte is lost (quotes and dashes E2 80 xx, "à" C3 A0), so nothing but the
 * stand-ins is left.
 */
import { describe, expect, it } from "vitest";
import { fixText } from "../src/index.js";

/** Python's `decode("euc_kr", errors="replace")` for text whose non-ASCII bytes all fail to pair (checked). */
function readByPythonStrict(clean: string): string {
  const bytes = Buffer.from(clean, "utf8");
  let out = "";
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) out += String.fromCharCode(b);
    else if (b >= 0xa1 && b <= 0xfe && (bytes[i + 1] ?? 0) >= 0xa1 && (bytes[i + 1] ?? 0) <= 0xfe) throw new Error(`a pair survives in ${clean}`);
    else out += "\ufffd";
  }
  return out;
}

const RESTORED: { name: string; clean: string }[] = [
  { name: "English quotes and a dash", clean: "She wrote “never again” — and meant it." },
  { name: "an apostrophe between letters", clean: "Il faut qu’il parte demain matin." },
  { name: "Italian: a quote pair and a letter lost whole", clean: "“La libertà di ognuno” non ha prezzo." },
  { name: "Catalan: dashes, a quote pair and a letter lost whole at a word's end", clean: "Tothom te dret — deia ella — a la “pau” i a la llibertà." },
];

describe("stand-in runs on an otherwise clean line are restored", () => {
  for (const { name, clean } of RESTORED) {
    it(name, () => {
      expect(fixText(readByPythonStrict(clean), { repairOnly: true })).toBe(clean);
    });
  }
});

/** Python-made (errors="replace") with a surviving pair as evidence of the decoder: two U+FFFD beside them are a letter, not the browsers' Big5 quote. */
const PYTHON_READ: { name: string; broken: string; clean: string }[] = [
  { name: "Big5: a letter then a closing quote (five stand-ins)", broken: "\ufffd\ufffd\ufffdSiamo nati tutti in libert\ufffd\ufffd\ufffd\ufffd\ufffd \ufffd\ufffd\ufffd cos穫 癡.", clean: "“Siamo nati tutti in libertà” — così è." },
  { name: "EUC-KR: the same", broken: "\ufffd\ufffd\ufffdSiamo nati tutti in libert\ufffd\ufffd\ufffd\ufffd\ufffd \ufffd\ufffd\ufffd cos챙 챔.", clean: "“Siamo nati tutti in libertà” — così è." },
  { name: "Big5: Hungarian, quotes, a dash and ő lost whole", broken: "Mindenki \ufffd\ufffd\ufffdszabad\ufffd\ufffd\ufffd 矇s egyenl\ufffd\ufffd \ufffd\ufffd\ufffd 穩gy van.", clean: "Mindenki “szabad” és egyenlő — így van." },
];

describe("Python's stand-ins beside a surviving pair", () => {
  for (const { name, broken, clean } of PYTHON_READ) it(name, () => expect(fixText(broken, { repairOnly: true })).toBe(clean));
});

const UNCHANGED = [
  "What??? You did what???",
  "Is this right? Maybe?? No!",
  "A lone replacement \ufffd stays as it is.",
  "Two \ufffd\ufffd replacement characters alone tell nothing.",
  "Plain ASCII with no damage at all.",
];

describe("look-alike text stays unchanged", () => {
  for (const text of UNCHANGED) it(text, () => expect(fixText(text, { repairOnly: true })).toBe(text));
});
