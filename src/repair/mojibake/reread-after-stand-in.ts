/**
 * Python's double-byte decoders (gbk, gb18030, shift_jis, big5, euc_jp, euc_kr with
 * errors="replace", "?" or "ignore") lose ONE byte per error and read the byte after it
 * again as the start of the next character. So a stand-in inside a UTF-8 sequence stands
 * for one byte, and the bytes after it pair up anew: the sequence that holds the stand-in
 * may end in the middle of a character of the broken text (the browsers' decoders, which
 * lose the pair, end it on a character's edge). Whether a span may go on from there.
 * Example (gbk): "इच्छा" E0 A4 87 E0 A4 9A E0 A5 8D … → "啶囙�氞�嵿…": the stand-in is A4 alone, and 9A pairs with the next E0 (氞)
 * → slot [E0, ?, 9A] → "च" among the letters its words choose.
 */
import type { LostSlot } from "./utf8-spans.js";

/** A decoder that reads two bytes per character (and so may re-pair after a lost one). */
export interface DoubleByteDecoder {
  doubleByte?: boolean;
}

/**
 * Whether a sequence restored around one stand-in (at survivor index `standInAt`, before
 * `survivorCount` survivors) may end inside a character of the broken text: only a marker
 * or "?" with survivors after it (those the decoder read again), for a double-byte decoder.
 */
export function mayEndInsideCharacter(decoder: DoubleByteDecoder, standIn: LostSlot["standIn"], standInAt: number | undefined, survivorCount: number): boolean {
  return decoder.doubleByte === true && standIn === "marker" && standInAt !== undefined && standInAt < survivorCount;
}

/**
 * Whether Python's decoder loses `lead` alone before `next`: the pair is none of its
 * characters. Approximated from iconv-lite's pairs (measured against CPython 3: gbk
 * differs in 83 of 32,768 pairs, gb18030 in none, shift_jis in 845): Python maps no pair
 * to the Private Use Area except in gb18030, and keeps to the strict standard (`strict`)
 * where one is known.
 */
export function pythonLosesLead(name: string, valid: (lead: number, trail: number) => boolean, privateUse: (lead: number, trail: number) => boolean, strict: ((lead: number, trail: number) => boolean) | undefined): (lead: number, next: number) => boolean {
  const keepsPrivateUse = name === "gb18030";
  return (lead, next) => !valid(lead, next) || (!keepsPrivateUse && privateUse(lead, next)) || (strict !== undefined && !strict(lead, next));
}

/** A decoder that knows which bytes Python's decoder of its name loses alone. */
export interface PythonLosingDecoder {
  pythonLosesBefore?(lead: number, next: number): boolean;
}

/**
 * The restorations of a sequence that ends inside a character (`mayEndInsideCharacter`):
 * only those whose lost byte Python's decoder would have lost before the survivor after it.
 */
export function rereadRestorations(candidates: readonly string[], survivors: readonly number[], standInAt: number, decoder: PythonLosingDecoder): string[] {
  const loses = decoder.pythonLosesBefore;
  if (!loses) return [...candidates];
  const next = survivors[standInAt]!;
  return candidates.filter((ch) => loses(Buffer.from(ch, "utf8")[standInAt]!, next));
}
