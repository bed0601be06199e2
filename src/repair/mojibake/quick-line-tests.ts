/**
 * Speed only, same output: cheap answers to questions the search asks of every line
 * with a character beyond ASCII, where the regular expression that settles them
 * (a Unicode property tested at every position, or a lookbehind) costs far more than
 * the answer is worth on clean text. Each test here either gives exactly the answer
 * of the expression it stands before, or says "ask it" and the expression runs as
 * before.
 * - `withoutLetters(line, table, pattern)`: `line.replace(pattern, "")` for a pattern
 *   that matches single letters of some kind, told per UTF-16 unit by a table filled
 *   lazily, 256 units at a time, from the pattern itself; the line loses the units
 *   that are such letters, and one with none comes back as it is (the replace would
 *   remove nothing); a line with a surrogate (the pattern reads a pair as one code
 *   point) is handed to the replace.
 * Example: `withoutLetters("très bien", table, /(?![\p{Script=Latin}…])\p{L}/gu)` →
 * "très bien" without running the expression; "Свако, êàî" → ", êàî".
 */

/** Per UTF-16 unit: 1 when the unit alone matches, 2 when it does not; 0 until its block is filled. */
export interface UnitTable {
  readonly pattern: RegExp;
  readonly blocks: (Uint8Array | undefined)[];
}

/** A table for a pattern matching one letter (with or without the g flag; its lastIndex is never used). */
export function unitTable(pattern: RegExp): UnitTable {
  return { pattern: new RegExp(`^(?:${pattern.source})$`, pattern.flags.replace("g", "")), blocks: [] };
}

function fill(table: UnitTable, blockIndex: number): Uint8Array {
  const block = new Uint8Array(256);
  const first = blockIndex << 8;
  for (let i = 0; i < 256; i++) block[i] = table.pattern.test(String.fromCharCode(first + i)) ? 1 : 2;
  table.blocks[blockIndex] = block;
  return block;
}

/**
 * `line.replace(pattern, "")`, where `pattern` (global) matches single letters and
 * `table` was made from it; ASCII units must never match (they are not looked up).
 */
export function withoutLetters(line: string, table: UnitTable, pattern: RegExp): string {
  // (A line of the Basic Multilingual Plane: the matching units taken out, as the replace would.)
  const blocks = table.blocks;
  let kept = "";
  let from = 0;
  for (let i = 0; i < line.length; i++) {
    const unit = line.charCodeAt(i);
    if (unit < 0x80) continue;
    if (unit >= 0xd800 && unit <= 0xdfff) return line.replace(pattern, "");
    const block = blocks[unit >> 8] ?? fill(table, unit >> 8);
    if (block[unit & 0xff] !== 1) continue;
    kept += line.slice(from, i);
    from = i + 1;
  }
  return from === 0 ? line : kept + line.slice(from);
}
