/**
 * html-entities: HTML character references left in plain text are decoded, as ftfy's
 * `unescape_html` does — text that was HTML-escaped once too often or scraped from a
 * page without its markup. Careful: in HTML or XML the references are correct, so a
 * line holding a tag (`<p>`, `</a>`, `<!--`, `<?xml`) is left alone; only complete
 * references ending in `;` count, so "AT&T", "&c" and "&notice" stay as they are
 * (a browser would read "&not" in "&notice"); an unknown name stays. Uppercase names
 * seen in the wild (`&EACUTE;`) decode to the uppercase letter, as in ftfy.
 * Normalization, not repair: off under `--repair-only`. Decided line by line (a line
 * ends after "\n"), so the streaming path gives the same result as the whole buffer —
 * which means a tagless text line inside an HTML file passes for plain text: HTML and
 * XML files are for `--no-html-entities`.
 * Example: `caf&eacute; &amp; cr&#232;me` → `café & crème`.
 */
import { decodeHTMLStrict } from "entities";
import { editsFromRegex, type Edit } from "../changes.js";
import type { Fix } from "../fix.js";

/** A complete reference: `&name;`, `&#233;`, `&#xE9;`. Names are at most 31 characters long. */
const CHARACTER_REFERENCE = /&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;

/** Something that starts a tag, a comment, a doctype or a processing instruction. */
const MARKUP = /<[A-Za-z!/?]/;

/** One line at a time: a line with markup keeps its references. */
const LINE = /[^\n]*\n?/g;

function decodeReference(reference: string): string {
  const decoded = decodeHTMLStrict(reference);
  if (decoded !== reference) return decoded;
  // `&EACUTE;`: not an HTML name, but its lowercase `&eacute;` is, so it stands for É.
  const lower = reference.toLowerCase();
  if (reference !== lower && reference === reference.toUpperCase()) {
    const decodedLower = decodeHTMLStrict(lower);
    if (decodedLower !== lower) return decodedLower.toUpperCase();
  }
  return reference;
}

function referenceEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  LINE.lastIndex = 0;
  for (let line = LINE.exec(text); line !== null && line[0].length > 0; line = LINE.exec(text)) {
    if (!line[0].includes("&") || MARKUP.test(line[0])) continue;
    for (const edit of editsFromRegex(line[0], CHARACTER_REFERENCE, (m) => decodeReference(m[0]))) {
      edits.push({ ...edit, start: edit.start + line.index, end: edit.end + line.index });
    }
  }
  return edits;
}

export const htmlEntities: Fix = {
  name: "html-entities",
  summary: "HTML character references in plain text (&amp; &eacute; &#233;) are decoded",
  defaultOn: true,
  repairsDamage: false,
  mayEdit: (text) => text.includes("&"),
  edits: referenceEdits,
};
