/**
 * Which decoder left two stand-ins for one lost two-byte letter. The browsers' EUC-KR
 * and EUC-JP leave two only where the trail byte is 8E or 8F (itself a lead there:
 * "я" D1 8F → "◆◆", "ю" D1 8E), and give back every other trail 80–9F after a lead they
 * could not pair as a character of its own ("с" D1 81 → "◆\x81"); Python's strict
 * decoders turn that trail into a second U+FFFD too, so there any letter may stand
 * behind "◆◆". A run that shows such a given-back trail right after a stand-in was read
 * by a browser's decoder: its "◆◆" are then only the browser's few letters.
 * Example (EUC-KR): "дл◆◆ с◆\x81ва" → "для" (of "я", "ю", "Ў", "Џ"…), not "дль" or "длі".
 */
import type { ByteRun } from "./byte-run.js";

const shown = new WeakMap<ByteRun, boolean>();

/** Whether some character of `run` right after a stand-in is a byte 80–9F of its own (a trail the browser gave back). */
export function showsBrowserSurvivors(run: ByteRun): boolean {
  let known = shown.get(run);
  if (known !== undefined) return known;
  known = false;
  const { bytes, charByte, marker } = run;
  for (let k = 1; k < marker.length && !known; k++) {
    const at = charByte[k]!;
    const single = charByte[k + 1] === at + 1;
    known = single && !marker[k] && bytes[at]! >= 0x80 && bytes[at]! <= 0x9f && (marker[k - 1] === true || bytes[charByte[k - 1]!] === 0x3f);
  }
  shown.set(run, known);
  return known;
}
