/**
 * Every fix, in the order it runs — ftfy's order: HTML entities and terminal escapes
 * first (they hide the text the mojibake search must see), then the mojibake repair
 * (it needs the text as the wrong decoder left it, C1 controls included), then the
 * clean-ups of what is left, and Unicode normalization last (earlier fixes can leave
 * a letter beside a combining mark). Adding a fix = one file in `fixes/` (or
 * `mojibake/`) and one line here.
 */
import type { FixOptions } from "../types.js";
import type { Fix } from "./fix.js";
import { c1Controls } from "./fixes/c1-controls.js";
import { controlChars } from "./fixes/control-chars.js";
import { curlyQuotes } from "./fixes/curly-quotes.js";
import { htmlEntities } from "./fixes/html-entities.js";
import { ligatures } from "./fixes/ligatures.js";
import { lineEndings } from "./fixes/line-endings.js";
import { strayBom } from "./fixes/stray-bom.js";
import { surrogates } from "./fixes/surrogates.js";
import { terminalEscapes } from "./fixes/terminal-escapes.js";
import { unicodeNormalization } from "./fixes/unicode-normalization.js";
import { width } from "./fixes/width.js";
import { mojibake } from "./mojibake/index.js";

export const FIXES: readonly Fix[] = [
  htmlEntities,
  terminalEscapes,
  mojibake,
  c1Controls,
  ligatures,
  width,
  curlyQuotes,
  lineEndings,
  surrogates,
  controlChars,
  strayBom,
  unicodeNormalization,
];

export function fixByName(name: string): Fix | undefined {
  return FIXES.find((f) => f.name === name);
}

/**
 * Options with a value turn their fix on or off as if named: `eol: "crlf"` turns on
 * line-endings, `normalize: "none"` turns off unicode-normalization, and an explicit
 * `normalize: "NFKC"` runs even under `repairOnly`.
 */
function impliedByValue(name: string, options: FixOptions): boolean | undefined {
  if (name === "line-endings" && options.eol !== undefined) return options.eol !== "keep";
  if (name === "unicode-normalization" && options.normalize !== undefined) return options.normalize !== "none";
  return undefined;
}

/** The fixes that run under these options, in order. */
export function enabledFixes(options: FixOptions = {}): Fix[] {
  const only = options.only ? new Set(options.only) : undefined;
  return FIXES.filter((fix) => {
    if (only) return only.has(fix.name);
    const override = options.fixes?.[fix.name] ?? impliedByValue(fix.name, options);
    if (override !== undefined) return override;
    if (options.repairOnly && !fix.repairsDamage) return false;
    return fix.defaultOn;
  });
}
