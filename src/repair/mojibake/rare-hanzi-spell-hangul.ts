/**
 * Korean read as GBK (or Big5) shows as rare hanzi: a Hangul syllable is three UTF-8
 * bytes, EA–ED then two continuation bytes, and those land on GBK's level 2 and
 * extension areas, never on its frequent hanzi in a row. Hanzi and Hangul share one
 * script group to the letter models, so such a span looked like a re-spelling within one
 * script (span-guards.ts, `sameScriptLetters`) and needed another kind of repair on the
 * line for company — which a line of Korean alone never has. A span of rare hanzi only
 * that reads as Hangul is no re-spelling: genuine Chinese, with its frequent hanzi,
 * does not re-encode so.
 * Before → after (GBK): "보수를 氚涭潉 권리를" → "보수를 받을 권리를".
 */
import { isCommonCjk } from "../../plausibility/common-cjk.js";

const HAN = /^\p{Script=Han}$/u;
const HANGUL = /^\p{Script=Hangul}$/u;

/** Whether `before` is rare hanzi only and `after` Hangul only (at least one each). */
export function rareHanziSpellHangul(before: string, after: string): boolean {
  if (before.length === 0 || after.length === 0) return false;
  for (const ch of before) if (!HAN.test(ch) || isCommonCjk(ch.codePointAt(0)!)) return false;
  for (const ch of after) if (!HANGUL.test(ch)) return false;
  return true;
}
