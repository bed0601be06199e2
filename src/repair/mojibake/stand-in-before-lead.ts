/**
 * A stand-in for the last byte of a sequence, with the lead of the next sequence right
 * after it: a double-byte decoder left one there only for a byte it could not pair with
 * that lead, and read the lead on as a byte of its own. So only such bytes are the lost
 * one. Python's shift_jis pairs 93 E3 (薙) but not 84 E3, so "お使◆の" (E3 81, a stand-in,
 * then "の" E3 81 AE) lost "い" (E3 81 84), never "こ" (E3 81 93), which the letters
 * around it chose before ("お使この", "されてするか" for "されているか").
 * Before → after (Python shift_jis): "縺贋ｽｿ縺◆縺ｮ" → "お使いの" (was "お使この").
 */

/** A decoder that tells whether it loses `lost` alone before `next` (wrong-decoders.ts). */
export interface PairingDecoder {
  doubleByte?: boolean;
  canDrop(lost: number, next: number | undefined): boolean;
  /** Python's own losses, where its table differs from the browser's (GBK's user-defined pairs, AB E5, are private use to the browser). */
  pythonLosesBefore?(lead: number, next: number): boolean;
}

/** The first byte of a two- to four-byte UTF-8 sequence. */
const isUtf8Lead = (b: number | undefined) => b !== undefined && b >= 0xc2 && b <= 0xf4;

/** Whether `lost` may stand behind a stand-in that `next` follows, when it is the sequence's last byte and `next` a UTF-8 lead that survived. */
export function mayStandInBeforeLead(lost: number, next: number | undefined, decoder: PairingDecoder): boolean {
  return !decoder.doubleByte || !isUtf8Lead(next) || decoder.canDrop(lost, next) || decoder.pythonLosesBefore?.(lost, next!) === true;
}

/** Whether the rule applies: a double-byte decoder, a stand-in for the last byte, a UTF-8 lead after it. */
export function standInBeforeLead(decoder: PairingDecoder, standInAt: number | undefined, survivors: number, next: number | undefined): boolean {
  return decoder.doubleByte === true && standInAt !== undefined && standInAt === survivors && isUtf8Lead(next);
}
