/**
 * The Japanese prolonged sound mark "ー" (U+30FC, E3 83 BC) as a letter of the kana
 * around it. Unicode puts it in no script (Common: hiragana and katakana share it), so
 * the letter chooser of utf8-read-as.ts, which keeps a lost byte's candidates of the
 * neighbours' script, never offered it, though it is one of the commonest characters of
 * katakana words ("キー", "コンピューター", "ページ"). Its middle byte 83 is one that
 * Windows-1250, 1252… 1257 leave undefined, so every "ー" of a line read so was
 * restored as the one hiragana left with its bytes ("ぼ", E3 81 BC): "複数のキぼを".
 * It is now a candidate of the kana's script group, and the words around choose.
 * Example (Windows-1250, 83 lost): "ă‚­ă�Ľă‚’" → "キーを", not "キぼを".
 */
import { CJK_SCRIPT_GROUP } from "./span-guards.js";

const PROLONGED_SOUND_MARK = "\u30fc";

/** The script group "ー" counts in among a lost byte's candidates (the kana's), undefined for any other character. */
export function prolongedSoundMarkScript(candidate: string): number | undefined {
  return candidate === PROLONGED_SOUND_MARK ? CJK_SCRIPT_GROUP : undefined;
}
