/**
 * A repair judged as the text will finally read: a C1 control (U+0080–009F) that a repair
 * leaves is turned into its Windows-1252 character by the c1-controls fix afterwards, so
 * the plausibility model is asked about that character, not about the control. Text
 * written in a legacy code page read as Latin-1, then saved as UTF-8 and read as
 * Windows-1252, shows each byte 80–9F as "Â" and a Windows-1252 character: Croatian
 * "ž" (Windows-1250 9E) → U+009E → "Âž". Undone, "Âž" is U+009E — priced as a control
 * it reads worse than "¸" (the same bytes read as ISO-8859-15), though the c1-controls
 * fix makes it "ž". The five bytes Windows-1252 leaves undefined (81 8D 8F 90 9D) stay
 * controls (so does c1-controls).
 * Example: judging "uÂživati" → "u\u009eivati" scores "uživati".
 */
import { WINDOWS_1252_C1 } from "../fixes/c1-controls.js";

/**
 * The controls that stand for letters (Š š Ž ž Œ œ Ÿ ƒ: 8A 9A 8E 9E 8C 9C 9F 83).
 * The ones that stand for punctuation ("Â—", "Â’", "Â…") are not read so: "Â" before a
 * dash or a quote is also how clean text names the letter ("Â–Î–Ă", "“Â” and “Ê”").
 */
const C1_LETTER = /[\u0083\u008a\u008c\u008e\u009a\u009c\u009e\u009f]/g;

/** `text` with its C1 controls that stand for letters as the letters c1-controls will make of them. */
export function c1AsWindows1252(text: string): string {
  return text.replace(C1_LETTER, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80]!);
}

/** Whether `text` holds a C1 control that stands for a Windows-1252 letter. */
export function hasC1Control(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0x83 && unit <= 0x9f && LETTER_CONTROL.has(unit)) return true;
  }
  return false;
}

const LETTER_CONTROL = new Set([0x83, 0x8a, 0x8c, 0x8e, 0x9a, 0x9c, 0x9e, 0x9f]);
