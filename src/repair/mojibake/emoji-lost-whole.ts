/**
 * An emoji of which only the lead byte F0 is left, its three continuation bytes each
 * shown as U+FFFD. ISO-8859-1, -2 and -15 lose every byte 80–9F, and every emoji's
 * second byte is 9F: "👍" (F0 9F 91 8D) is "ð" and three U+FFFD. Nothing tells which
 * emoji it was, but the shape tells that one was there: no clean text writes a letter
 * and three U+FFFD. So the span needs no other repair on its line to become one U+FFFD
 * (utf8-read-as.ts: a weak span is otherwise believed only beside another repair).
 * With "?" marks the shape is not telling (Icelandic "hvað???"), and the span waits for company.
 * Before → after (ISO-8859-1): "Todos tienen derecho ð��� al descanso" →
 * "Todos tienen derecho � al descanso".
 */
import { EMOJI_LEAD, isLostEmojiSpan } from "./emoji-lost-bytes.js";
import type { Utf8Span } from "./utf8-spans.js";

/** Whether `span`, standing for `text` in the line, is one emoji lead followed by three U+FFFD. */
export function isEmojiLostWholeToReplacements(span: Utf8Span, text: string): boolean {
  if (span.pieces.length !== 1 || !isLostEmojiSpan(span.pieces)) return false;
  const slot = span.pieces[0]!;
  return typeof slot !== "string" && slot.survivors.length === 1 && slot.survivors[0] === EMOJI_LEAD && [...text].slice(1).join("") === "\ufffd\ufffd\ufffd";
}
