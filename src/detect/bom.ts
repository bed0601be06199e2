/**
 * Byte-order marks. A BOM names its encoding outright; it is not part of the text.
 * Example: `EF BB BF 68 69` → { encoding: "utf-8", length: 3 }.
 */
export interface Bom {
  encoding: string;
  length: number;
}

export function sniffBom(bytes: Uint8Array): Bom | undefined {
  const [a, b, c, d] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: "utf-8", length: 3 };
  // UTF-32 LE's BOM starts with UTF-16 LE's: test it first.
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return { encoding: "utf-32le", length: 4 };
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return { encoding: "utf-32be", length: 4 };
  if (a === 0xff && b === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: "utf-16be", length: 2 };
  return undefined;
}
