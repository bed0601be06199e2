/**
 * A line of ASCII and U+FFFD only, in which whole words are nothing but U+FFFD, is text
 * in some legacy encoding decoded as UTF-8 with every byte of it replaced: Greek, Hebrew
 * or Japanese program messages read so give "�� %s ��� %s ����� ��������". No byte
 * of its words is left, so there is nothing to read back — neither letters nor the
 * quotes and dashes that runs of three stand-ins are elsewhere ("„�� �“�� “““”" was made
 * of it before). Such a line is left as it is. A line where any other character
 * survived ("a droit �� la s矇curit矇"), whose stand-ins touch words ("���Hello���",
 * Python's EUC-KR quotes) or stand as dashes between words ("came ��� and") is read as
 * before.
 */

/** Words of U+FFFD alone a line must have to be taken for one whose every non-ASCII byte was replaced. */
const MIN_STAND_IN_WORDS = 2;

/** The stand-ins Python's strict decoders leave for a dash or quote (E2 80 xx, one per byte). */
const DASH_STAND_INS = 3;

/** A run of two or more U+FFFD with no letter, digit or other U+FFFD on either side. */
const STAND_IN_WORD = /(?<![\p{L}\p{N}\ufffd])\ufffd{2,}(?![\p{L}\p{N}\ufffd])/gu;

/** Whether `line` is ASCII and U+FFFD only, with at least two words made of U+FFFD alone. */
export function onlyStandInWords(line: string): boolean {
  if (!line.includes("\ufffd")) return false;
  for (let i = 0; i < line.length; i++) {
    const unit = line.charCodeAt(i);
    if (unit >= 0x80 && unit !== 0xfffd) return false;
  }
  // (Three alone are a dash Python lost between words, "came ��� and": not counted.)
  return (line.match(STAND_IN_WORD) ?? []).filter((run) => run.length !== DASH_STAND_INS).length >= MIN_STAND_IN_WORDS;
}
