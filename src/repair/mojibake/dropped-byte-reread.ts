/**
 * A byte the browsers' double-byte decoder loses ALONE, dropped inside a UTF-8 sequence:
 * the bytes after it are read again and pair anew, so the sequence that lost it may end
 * in the middle of a character of the broken text. The WHATWG Shift_JIS decoder loses
 * 80 and A0 on their own (they are no lead) and gives the next byte back; stacked quotes
 * "‘“n" (E2 80 98 E2 80 9C 6E) read as 窶 倪 ◆ 從 — the second quote's 80 lost, its last
 * byte 9C paired with the "n". Where the stand-in shows, the slot E2 ◆ 9C is read already
 * (reread-after-stand-in.ts); where the decoder's U+FFFD was removed nothing shows, and
 * the sequence E2 _ 9C ended inside 從, so no span could hold it. Here it may, with only
 * the restorations the browser really reads so: the byte put back is lost alone before
 * the survivors after it, which decode as they do without it (asked of the decoder).
 * Before → after (Shift_JIS, U+FFFD dropped): "efortul 窶倪從aţional" → "efortul ‘“naţional".
 */
import { knownCharacterOf } from "./known-character.js";

/** A decoder that may drop a byte it loses alone (its name asks the browser's decoder). */
export interface RereadDecoder {
  name: string;
  doubleByte?: boolean;
  lostBytes: readonly number[];
}

const browsers = new Map<string, { decode(bytes: Uint8Array): string }>();
const knownLostAlone = new Map<string, boolean>();

/** Whether the browser's decoder `name` loses `byte` alone before `after` and reads `after` as it would without it. */
function lostAloneBefore(name: string, byte: number, after: readonly number[]): boolean {
  const key = `${name}/${byte}/${after.join(",")}`;
  let known = knownLostAlone.get(key);
  if (known === undefined) {
    let browser = browsers.get(name);
    if (!browser) browsers.set(name, (browser = new TextDecoder(name)));
    known = browser.decode(Uint8Array.of(byte, ...after)) === `\ufffd${browser.decode(Uint8Array.from(after))}`;
    knownLostAlone.set(key, known);
  }
  return known;
}

/**
 * The characters `survivors` (lead first, `need` bytes whole) can be with one byte the
 * decoder loses alone put back before one of the survivors after the lead, when the
 * sequence ends inside a character of the broken text: `tail` is that character's bytes
 * from the sequence's end. Empty when the decoder is no double-byte one.
 */
export function droppedAloneRestorations(survivors: readonly number[], need: number, tail: readonly number[], decoder: RereadDecoder): string[] {
  if (!decoder.doubleByte || survivors.length !== need - 1 || survivors.length < 2) return [];
  const out = new Set<string>();
  for (let at = 1; at < survivors.length; at++) {
    const after = [...survivors.slice(at), ...tail];
    for (const b of decoder.lostBytes) {
      if (!lostAloneBefore(decoder.name, b, after)) continue;
      const ch = knownCharacterOf(Uint8Array.from([...survivors.slice(0, at), b, ...survivors.slice(at)]));
      if (ch !== undefined) out.add(ch);
    }
  }
  return [...out];
}
