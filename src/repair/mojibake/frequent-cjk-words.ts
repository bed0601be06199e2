/**
 * Frequent words in CJK text, which writes no spaces between them: looked up in the
 * frequent-word lists of every language (Chinese, Japanese, Korean), two to eight
 * characters long. A choice between readings of a lost byte that letter pairs cannot
 * make, a word can: Shift_JIS "•ñ�V" lost the lead of "酬"; the letter pairs prefer
 * "報新", the words "報酬".
 */
import { FREQUENT_WORD_BITS, isFrequentWordSomewhere } from "../../plausibility/frequent-words.js";

const CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u30fc]$/u;
const CJK_WORD_MIN_CHARS = 2;
const CJK_WORD_MAX_CHARS = 8;

/**
 * Answers already looked up: a lost byte's choices are weighed by the same stretches over
 * and over, each against every list.
 */
const known = new Map<string, boolean>();
const KNOWN_SIZE = 20_000;

function isFrequentCjkWord(word: string): boolean {
  let answer = known.get(word);
  if (answer === undefined) {
    answer = isFrequentWordSomewhere(word);
    if (known.size >= KNOWN_SIZE) known.clear();
    known.set(word, answer);
  }
  return answer;
}

/** Frequent words of CJK characters in `chars`, the longest first at each place in turn. */
export function frequentCjkWords(chars: readonly string[]): number {
  let words = 0;
  for (let i = 0; i < chars.length; ) {
    let run = i;
    while (run < chars.length && run - i < CJK_WORD_MAX_CHARS && CJK.test(chars[run]!)) run++;
    let length = 0;
    for (let n = run - i; n >= CJK_WORD_MIN_CHARS && length === 0; n--) if (isFrequentCjkWord(chars.slice(i, i + n).join(""))) length = n;
    if (length > 0) words++;
    i += Math.max(1, length);
  }
  return words;
}

/**
 * The most characters of `chars[from, to)` that frequent words, side by side and not
 * overlapping, can cover: "就職業" and "、職業" both cover two ("就職" or "職業"; "職業"),
 * "報酬を" two and "報新を" none.
 */
function coveredByFrequentWords(chars: readonly string[], from: number, to: number): number {
  const best = new Array<number>(to - from + 1).fill(0);
  for (let i = from + 1; i <= to; i++) {
    best[i - from] = best[i - 1 - from]!;
    for (let n = CJK_WORD_MIN_CHARS; n <= CJK_WORD_MAX_CHARS && i - n >= from; n++) {
      const word = chars.slice(i - n, i);
      if (best[i - n - from]! + n > best[i - from]! && word.every((ch) => CJK.test(ch)) && isFrequentCjkWord(word.join(""))) best[i - from] = best[i - n - from]! + n;
    }
  }
  return best[to - from]!;
}

/**
 * Of two readings of one token that differ in a stretch (a lost byte chosen otherwise),
 * the bits the first gains over the second by their frequent words around that stretch:
 * FREQUENT_WORD_BITS when they cover more of it and the characters beside it, minus that
 * when they cover less, else 0.
 */
export function frequentCjkWordAdvantage(first: string, second: string): number {
  // Where the two differ, found by UTF-16 unit first: a token may be a whole line of CJK.
  let prefix = 0;
  while (prefix < first.length && prefix < second.length && first.charCodeAt(prefix) === second.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < first.length - prefix && suffix < second.length - prefix && first.charCodeAt(first.length - 1 - suffix) === second.charCodeAt(second.length - 1 - suffix)) suffix++;
  if (prefix === first.length && prefix === second.length) return 0;
  // Then by character, in a window wide enough for a word on either side (two units a character at most).
  const reach = CJK_WORD_MAX_CHARS - 1;
  const windowStart = Math.max(0, prefix - 2 * (reach + 1));
  const a = [...first.slice(windowStart, Math.min(first.length, first.length - suffix + 2 * (reach + 1)))];
  const b = [...second.slice(windowStart, Math.min(second.length, second.length - suffix + 2 * (reach + 1)))];
  let from = 0;
  while (from < a.length && from < b.length && a[from] === b[from]) from++;
  let endA = a.length;
  let endB = b.length;
  while (endA > from && endB > from && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const start = Math.max(0, from - reach);
  const coverA = coveredByFrequentWords(a, start, Math.min(a.length, endA + reach));
  const coverB = coveredByFrequentWords(b, start, Math.min(b.length, endB + reach));
  return Math.sign(coverA - coverB) * FREQUENT_WORD_BITS;
}
