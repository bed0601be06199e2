/**
 * Python's GBK and GB18030 decoders have no character for the single byte 80 (the
 * browsers' GBK reads it as "€", Microsoft's CP936 too): `bytes.decode("gbk", errors=…)`
 * loses it alone, as one U+FFFD, "?" or nothing, and reads the byte after it again.
 * Byte 80 is the middle byte of every quote and dash (E2 80 xx) and the last byte of
 * many letters ("ी" E0 A5 80, "ڀ"…), so a GBK line decoded by Python is full of such
 * losses: the stand-in is one lost byte 80 like any other lost byte.
 * Before → after (Python gbk, errors="replace"): "鈥樞毖冄傂糕�� 芯" (E2 then 80 and 99
 * lost) → "‘бути’ о".
 */

/** Bytes 80–BF that Python's decoder of this name loses alone, where the browsers' decoder keeps them as characters. */
const PYTHON_LOST_SINGLE_BYTES: Readonly<Record<string, readonly number[]>> = {
  gbk: [0x80],
};

export function pythonLostSingleBytes(name: string): readonly number[] {
  return PYTHON_LOST_SINGLE_BYTES[name] ?? [];
}
