/**
 * A "?" where a question mark stands — after a word's last letter, before a space or the
 * line's end — is the text's own question mark unless the line proves the mistake beside
 * it. A decoder's stand-in for a lost byte may be a "?", and Windows-1250 reads Polish
 * "ęś" as EA 9C, which with a lost third byte would be UTF-8 "ꜘ": "Gdzie jest gęś? Nie
 * wiem." is a question, not "Gdzie jest gꜘ Nie wiem.". Such a span waits for a sure
 * repair on the line (then it is judged again beside it: rejudged-beside-repairs.ts).
 */
import type { Utf8Span } from "./utf8-spans.js";

const LETTER = /^\p{L}$/u;
/** What may follow a question mark: a space, the line's end, a closing quote or bracket. */
const AFTER_A_QUESTION = /^(?:\s|$|["'”’»)\]])/u;

/** Whether line[start, end) ends in a "?" stand-in that stands where a question mark does. */
export function questionMarkInPlace(line: string, start: number, end: number, span: Utf8Span): boolean {
  const last = span.pieces[span.pieces.length - 1];
  if (last === undefined || typeof last === "string" || last.standIn !== "marker" || line[end - 1] !== "?") return false;
  return end - 2 >= start && LETTER.test(line[end - 2]!) && AFTER_A_QUESTION.test(line.slice(end, end + 1));
}
