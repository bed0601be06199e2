/**
 * A lost kana is of the kana around it: katakana words are written in katakana from
 * end to end ("コンピューター"), hiragana runs in hiragana, and the two meet only where
 * a word ends ("ポートに"). When a Windows-125x decoder loses the middle byte of a
 * kana (83 of katakana E3 83 xx, 81 of hiragana E3 81 xx, bytes those code pages
 * leave undefined), the candidates are a hiragana and a katakana with the same last
 * byte ("び" E3 81 B3, "ン" E3 83 B3), and the letter model, learnt from a Japanese text
 * that writes few katakana, took the hiragana inside katakana words: "コびごづぼター".
 * A kana that differs in script from a kana beside it pays KANA_SWITCH_BITS for each
 * such side; the prolonged sound mark "ー" counts as katakana, which it mostly follows.
 * Slots side by side are weighed together (utf8-read-as.ts's joint choice), each
 * combination's switches counted against the letters beside them there.
 * Example (Windows-1250, 83 lost): "ă‚ł ă�ł ă�”…" → "コンピューター", not "コびごづぼター".
 */

/**
 * Bits a kana pays for each neighbour that is kana of the other script. A switch inside
 * a word is rare, one where a katakana word meets a hiragana particle common, and then
 * the candidate pays on one side only either way. Set by hand on GNOME help through
 * Python's Windows-125x decoders (2 to 6 bits gave the same choices).
 */
const KANA_SWITCH_BITS = 4;

const HIRAGANA = 1;
const KATAKANA = 2;

/** Hiragana, katakana ("ー" counted so), or 0 for any other character. */
function kanaScript(ch: string | undefined): number {
  if (ch === undefined || ch.length !== 1) return 0;
  const cp = ch.charCodeAt(0);
  if (cp >= 0x3041 && cp <= 0x3096) return HIRAGANA;
  if ((cp >= 0x30a1 && cp <= 0x30fa) || cp === 0x30fc) return KATAKANA;
  return 0;
}

/** What `candidate`, restored between `left` and `right`, pays for kana of the other script beside it (0 for a character that is no kana). */
export function kanaSwitchBits(candidate: string, left: string | undefined, right: string | undefined): number {
  const own = kanaScript(candidate);
  if (own === 0) return 0;
  let bits = 0;
  for (const side of [left, right]) {
    const other = kanaScript(side);
    if (other !== 0 && other !== own) bits += KANA_SWITCH_BITS;
  }
  return bits;
}

/** Whether `ch` is a kana (hiragana, katakana or "ー"). */
export function isKana(ch: string): boolean {
  return kanaScript(ch) !== 0;
}
