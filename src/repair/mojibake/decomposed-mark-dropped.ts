/**
 * A combining mark of decomposed text (macOS file names, NFD) that lost its second byte.
 * "é" written decomposed is "e" and U+0301 (CC 81); read as Windows-1252 that is "eÌ" and
 * the undefined byte 81, which a tool that drops what it cannot decode leaves out:
 * "ReÌsumeÌ.pdf". A lone lead with a dropped byte is too weak for the span search to
 * look at ("Ã" before a letter may be Portuguese), but a capital "Ì" (lead CC, which
 * starts combining marks only) glued to the plain small letter before it and followed by no
 * continuation byte is no letter of any word: it is a mark's lead. The mark is the one
 * the bytes Windows-1252 loses allow among the characters text uses (isKnownCharacter:
 * the acute, where 8D 8F 90 9D give phonetic marks), put back on that letter, a guess;
 * where several fit (Latin-1 with its C1 controls stripped), it stays.
 * Example (Windows-1252, undefined bytes dropped): "ReÌsumeÌ.pdf" → "Re\u0301sume\u0301.pdf".
 */
import { isKnownCharacter } from "../../plausibility/index.js";
import type { Repair } from "./candidate.js";
import { wrongDecoder } from "./wrong-decoders.js";

/** The lead byte of U+0300–U+033F, the combining marks decomposed Latin text uses, as Windows-1252 shows it. */
const MARK_LEAD = 0xcc;
const MARK_LEAD_CHARACTER = "Ì";
const READ_AS = "windows-1252";
/**
 * "Ì" after a plain small letter (decomposed text puts its marks on bare letters: "éÌ"
 * is no "é" with a second accent); whether a continuation byte follows is checked apart.
 */
const LONE_MARK_LEAD = /(?<=[a-z])Ì/gu;

let markCandidates: string[] | undefined;

/** The combining marks CC and one byte Windows-1252 loses can be, that text uses. */
function candidates(): string[] {
  if (markCandidates === undefined) {
    const decoder = wrongDecoder(READ_AS);
    markCandidates = decoder.lostBytes
      .map((b) => Buffer.from([MARK_LEAD, b]).toString("utf8"))
      .filter((ch) => /^\p{M}$/u.test(ch) && isKnownCharacter(ch, true));
  }
  return markCandidates;
}

/** The dropped marks of `line` restored (each a guess), outside the spans `taken` already repairs. */
export function decomposedMarksDropped(line: string, taken: readonly { start: number; end: number }[]): Repair[] {
  if (!line.includes(MARK_LEAD_CHARACTER)) return [];
  const marks = candidates();
  if (marks.length !== 1) return [];
  const decoder = wrongDecoder(READ_AS);
  const repairs: Repair[] = [];
  LONE_MARK_LEAD.lastIndex = 0;
  for (let m = LONE_MARK_LEAD.exec(line); m !== null; m = LONE_MARK_LEAD.exec(line)) {
    const start = m.index;
    const end = start + 1;
    const next = line.charCodeAt(end);
    const nextByte = Number.isNaN(next) ? undefined : next < 0x80 ? next : decoder.bytesOf(next);
    if (nextByte !== undefined && nextByte >= 0x80 && nextByte <= 0xbf) continue;
    if (/^\p{Lu}$/u.test(line[end] ?? "")) continue;
    if (taken.some((t) => t.start < end && start < t.end)) continue;
    repairs.push({ start, end, after: marks[0]!, gain: 0, guess: true, encodingPair: { encoding: "utf-8", readAs: READ_AS } });
  }
  return repairs;
}
