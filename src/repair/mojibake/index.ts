/**
 * mojibake: text that was encoded in one encoding and decoded as another. Each line
 * is tried against every wrong decoder; the one whose repairs gain the most is
 * applied, and the search runs again on the result, so layered mojibake ("ÃƒÂ©" →
 * "Ã©" → "é") unwinds one layer per round, to a fixed point. Lines are independent,
 * so the fix is line-local (streaming cuts at line ends and gets the same result).
 * Example: "cafÃ© and Kari艈拧" → "café and Kariņš" (two rounds, two decoders).
 */
import { bestLanguageCost, knownLanguagesForScriptOf } from "../../plausibility/language-bigrams.js";
import { c1AsWindows1252, hasC1Control } from "./c1-as-windows-1252.js";
import { textCost } from "../../plausibility/index.js";
import type { Edit } from "../changes.js";
import type { Fix } from "../fix.js";
import { type Repair, applyRepairs } from "./candidate.js";
import { frequentWordsAdvantage } from "./close-call-words.js";
import { repairsForLegacyReadAsLatin1 } from "./legacy-read-as-latin1.js";
import { repairsForLegacyPunctuationOnly } from "./legacy-punctuation-only.js";
import { repairsForLoneLeadApostrophes } from "./lone-lead-apostrophe.js";
import { noLonePunctuationLeadBelieved } from "./lone-punctuation-lead.js";
import { repairsForUtf8ReadAs } from "./utf8-read-as.js";
import { onlyFrequentCjk } from "./span-guards.js";
import { standInRunsOnlyMask } from "./stand-in-runs-only.js";
import { isQuestionMarksOnly, questionMarksOnlyMask } from "./question-marks-only.js";
import { halfwidthLeadMask } from "./halfwidth-lead-in-latin-word.js";
import { onlyStandInWords } from "./stand-in-words-only.js";
import { leadAgainstItsWordMask, onlyLeadsAgainstTheirWords } from "./lone-lead-against-word.js";
import { DOUBLE_BYTE_DECODERS, DOUBLE_BYTE_NAMES, WRONG_DECODER_NAMES, decodersThatMayHoldUtf8, decodersWithNbspElsewhere, wrongDecoder } from "./wrong-decoders.js";
import { lostNbspAfterCircumflex } from "./lost-nbsp-after-circumflex.js";
import { closeInBits } from "./close-call-margin.js";
import { decomposedMarksDropped } from "./decomposed-mark-dropped.js";
import { alphabetRows } from "./letter-rows.js";
import { onlyFaintLoneGuesses } from "./faint-lone-guesses.js";

/** Rounds per line: three layers of the same mistake plus one of another, with room to spare. */
const MAX_ROUNDS = 6;

/** The Shift_JIS decoder's bit in a `decodersThatMayHoldUtf8` mask: the one whose single bytes C2–DF are halfwidth katakana. */
const SHIFT_JIS_BIT = 1 << WRONG_DECODER_NAMES.indexOf("shift_jis");

/** Characters no wrong decoder produces from UTF-8 bytes alone: ASCII only. */
const NON_ASCII = /[^\x00-\x7f]/;

/** Whether a line may hold mojibake: a character beyond ASCII, or Python's "?" for characters lost byte by byte ("don???t": question-marks-only.ts). */
const mayHoldMojibake = (line: string) => NON_ASCII.test(line) || isQuestionMarksOnly(line);

/** Every way one mistake could have been made: the repairs each would make on a line. */
function candidateRounds(line: string): Repair[][] {
  // A line whose every non-ASCII byte was replaced has nothing left to read (stand-in-words-only.ts).
  if (onlyStandInWords(line)) return [];
  let mask = decodersThatMayHoldUtf8(line);
  // Decoders only a lone "â" made worth a look, when no lone "â" of the line can be believed (lone-punctuation-lead.ts).
  // (Only a line with an "â" has such decoders: ISO-8859-1, -2 and -15 all read byte E2 so.)
  if (mask !== 0 && line.includes("â")) {
    const loneOnly = mask & ~decodersThatMayHoldUtf8(line, false);
    if (loneOnly !== 0 && noLonePunctuationLeadBelieved(line)) mask &= ~loneOnly;
  }
  // Decoders whose NBSP byte is not A0 (KOI8) that only a lead before a space made worth a
  // look: there such a lead needs a sure repair beside it, and nothing else on the line can
  // make one (utf8-read-as.ts) — unless a stand-in ("?", U+FFFD) may have stood for a byte.
  const nbspElsewhere = mask & decodersWithNbspElsewhere();
  if (nbspElsewhere !== 0 && !line.includes("?") && !line.includes("\ufffd")) mask &= ~(nbspElsewhere & ~decodersThatMayHoldUtf8(line, true, false));
  if (mask & DOUBLE_BYTE_DECODERS && onlyFrequentCjk(line)) mask &= ~DOUBLE_BYTE_DECODERS;
  mask |= standInRunsOnlyMask(line);
  // (A line of ASCII whose "???" sits inside a word or round quoted words, the same losses shown as "?": question-marks-only.ts.)
  mask |= questionMarksOnlyMask(line);
  // (A lone halfwidth katakana at a Latin word's end: a lead whose continuation Shift_JIS lost, halfwidth-lead-in-latin-word.ts.)
  mask |= halfwidthLeadMask(line, SHIFT_JIS_BIT);
  // (And the decoders under which a lead its word rules out lost its continuation, for
  // that lead only: lone-lead-against-word.ts.)
  const againstMask = leadAgainstItsWordMask(line) & ~mask;
  const rounds = WRONG_DECODER_NAMES.map((name, i) => (mask & (1 << i) ? repairsForUtf8ReadAs(line, wrongDecoder(name)) : againstMask & (1 << i) ? onlyLeadsAgainstTheirWords(line, repairsForUtf8ReadAs(line, wrongDecoder(name))) : []));
  rounds.push(...repairsForLegacyReadAsLatin1(line));
  // (A Latin line whose only non-ASCII are a CJK legacy's quotes and ellipses, "isn¡¯t": legacy-punctuation-only.ts.)
  rounds.push(...repairsForLegacyPunctuationOnly(line));
  // A lone "â" inside a word that was an apostrophe ("donât"), on its own evidence (lone-lead-apostrophe.ts).
  rounds.push(repairsForLoneLeadApostrophes(line));
  // (No repair inside an alphabet listed, "àáâãäåæçèéêëìíîï": letter-rows.ts.)
  const rows = alphabetRows(line);
  if (rows.length > 0) return rounds.map((repairs) => repairs.filter((r) => !rows.some(([from, to]) => r.start < to && r.end > from)));
  return rounds;
}

/**
 * Mistakes whose repairs gain at least this share of the best one's are close
 * enough that the per-language bigram model decides between them (Hebrew from
 * Windows-1255 and garbled Russian from Windows-1251 both read as letters of one
 * script; only letter pairs tell "שלום" from "щмен").
 */
const CLOSE_CALL_SHARE = 0.8;

interface RoundOption {
  repairs: Repair[];
  gain: number;
  result: string;
}

/**
 * Round options already worked out while repairing the current line: the look-ahead
 * follows a few first steps to the end, and the step it then takes is looked at again.
 */
const knownRoundOptions = new Map<string, RoundOption[]>();

/** The distinct outcomes of one round on a line, best gain first (mistakes that agree count once). */
function roundOptions(line: string): RoundOption[] {
  let options = knownRoundOptions.get(line);
  if (!options) {
    options = findRoundOptions(line);
    knownRoundOptions.set(line, options);
  }
  return options;
}

function findRoundOptions(line: string): RoundOption[] {
  const byResult = new Map<string, RoundOption>();
  for (const repairs of candidateRounds(line)) {
    const gain = repairs.reduce((sum, r) => sum + r.gain, 0);
    if (gain <= 0) continue;
    const result = applyRepairs(line, repairs);
    const known = byResult.get(result);
    if (!known || known.gain < gain) byResult.set(result, { repairs, gain, result });
  }
  return [...byResult.values()].sort((a, b) => b.gain - a.gain);
}

/** Of options with close gains, the one whose result reads most like a language, letter pair by letter pair (and, where they differ, by its frequent words). */
function pickClose(options: RoundOption[]): RoundOption {
  // (Or within a few bits of it: close-call-margin.ts.)
  const close = withoutSubsets(options.filter((o) => o.gain >= options[0]!.gain * CLOSE_CALL_SHARE || closeInBits(o.gain, options[0]!.gain)));
  if (close.length === 1) return close[0]!;
  let best = close[0]!;
  let bestBits = Infinity;
  let bestLanguage = "";
  for (const option of close) {
    const { bits, language } = bestLanguageCost(option.result, knownLanguagesForScriptOf(option.result));
    // (Where the two differ, the language's frequent words count too: close-call-words.ts.)
    const words = bestBits === Infinity ? 0 : frequentWordsAdvantage(bestLanguage, option.result, best.result);
    if (bits - words < bestBits) {
      bestBits = bits;
      bestLanguage = language;
      best = option;
    }
  }
  return best;
}

/**
 * Close options without those whose repairs another option makes too, and more: the
 * mistake that explains more of the line is the one ("õigus â" under ISO-8859-1 restores
 * the dash that Windows-1252, which repairs the same "Ãµ", has to leave).
 */
function withoutSubsets(close: RoundOption[]): RoundOption[] {
  if (close.length < 2) return close;
  const keys = close.map((o) => new Set(o.repairs.map((r) => `${r.start}:${r.end}:${r.after}`)));
  return close.filter((_, i) => !keys.some((other, j) => j !== i && other.size > keys[i]!.size && [...keys[i]!].every((k) => other.has(k))));
}

/** Rounds taken greedily from `line` on; returns the final text and how many rounds it took. */
function greedyResult(line: string, roundsLeft: number): { text: string; rounds: number } {
  let current = line;
  let rounds = 0;
  for (; rounds < roundsLeft && mayHoldMojibake(current); rounds++) {
    const options = roundOptions(current);
    if (options.length === 0) break;
    current = pickClose(options).result;
  }
  return { text: current, rounds };
}

/**
 * What each further round costs when the look-ahead weighs where first steps lead: every
 * layer is one more mistake claimed, so a path of more layers must end in text that
 * reads better by this much per layer ("TÅ\u008dkyÅ\u008d": "Tōkyō" in one step, not
 * "Tūkyū" by way of a Windows-1250 reading and then ISO-8859-2).
 */
const LAYER_PRIOR_BITS = 5;

/**
 * How many different first steps are followed to the end before choosing. A round
 * that gains most now can be a dead end: layered UTF-8 read as Latin-1 three times
 * also reads, pair by pair, as GBK hanzi, and after that step no layer comes off.
 */
const LOOKAHEAD_OPTIONS = 3;
/** Only a runner-up within this factor of the best gain is worth following. */
const LOOKAHEAD_GAIN_RATIO = 3;

const DOUBLE_BYTE = new Set(DOUBLE_BYTE_NAMES);

/**
 * Whether the options are different kinds of mistake (UTF-8 read as a single-byte or a
 * double-byte code page, or a legacy file read as Latin-1): only then can one of them
 * be a dead end the others are not. Single-byte readings of the same text agree on
 * what comes next, and the letter-pair tie-break settles them.
 */
function differentKinds(options: readonly RoundOption[]): boolean {
  return new Set(options.map(kindOf)).size > 1;
}

function kindOf(option: RoundOption): string {
  const pair = option.repairs[0]!.encodingPair;
  return `${pair.encoding}/${DOUBLE_BYTE.has(pair.readAs) ? 2 : 1}`;
}

/**
 * The first steps the look-ahead follows, once the LOOKAHEAD_OPTIONS that gain most
 * are of different kinds: those, and the best of every other kind of mistake close
 * enough to be worth following. Gains
 * of different kinds come from different models and are not strictly comparable: a
 * short "Ã¦Ã¸Ã¥" gains more read as five legacy CJK encodings ("脱淡奪" from EUC-JP)
 * than as UTF-8 read as Windows-1252 ("æøå"), which must still be weighed.
 */
function optionsToFollow(options: readonly RoundOption[]): RoundOption[] {
  const followed = options.slice(0, LOOKAHEAD_OPTIONS);
  const kinds = new Set(followed.map(kindOf));
  for (const option of options.slice(LOOKAHEAD_OPTIONS)) {
    if (option.gain * LOOKAHEAD_GAIN_RATIO < options[0]!.gain) break;
    const kind = kindOf(option);
    if (kinds.has(kind)) continue;
    kinds.add(kind);
    followed.push(option);
  }
  return followed;
}

/** Repair one line; returns the edits of each round in order, relative to the line as it was then. */
export function repairLine(line: string): Repair[][] {
  try {
    return searchRounds(line);
  } finally {
    knownRoundOptions.clear();
  }
}

/**
 * Followed first steps with at most one legacy East Asian reading: the one the letter
 * pairs prefer. GBK and EUC-JP read the same kana alike and differ in the kanji, which
 * only the letter pairs weigh ("この操作は元に戻す" is EUC-JP; GBK's "この拎侯は傅に提す"
 * costs fewer bits character by character, as Chinese characters, and must not win so).
 */
function oneEastAsianLegacyReading(followed: RoundOption[]): RoundOption[] {
  // (A legacy reading names its legacy encoding; UTF-8 readings name "utf-8".)
  const eastAsian = followed.filter((o) => DOUBLE_BYTE.has(o.repairs[0]!.encodingPair.encoding));
  if (eastAsian.length < 2) return followed;
  const kept = pickClose(eastAsian);
  return followed.filter((o) => !eastAsian.includes(o) || o === kept);
}

function searchRounds(line: string): Repair[][] {
  const rounds: Repair[][] = [];
  let current = line;
  for (let round = 0; round < MAX_ROUNDS && mayHoldMojibake(current); round++) {
    const options = roundOptions(current);
    if (options.length === 0) {
      if (round > 0) settledThisCall.add(current);
      break;
    }
    let chosen = pickClose(options);
    if (options.length > 1 && options[1]!.gain * LOOKAHEAD_GAIN_RATIO >= options[0]!.gain && differentKinds(options.slice(0, LOOKAHEAD_OPTIONS))) {
      let bestCost = Infinity;
      for (const option of oneEastAsianLegacyReading(optionsToFollow(options))) {
        const end = greedyResult(option.result, MAX_ROUNDS - round - 1);
        const cost = textCost(end.text) + end.rounds * LAYER_PRIOR_BITS;
        if (cost < bestCost - 1e-9) {
          bestCost = cost;
          chosen = option;
        }
      }
    }
    rounds.push(chosen.repairs);
    current = chosen.result;
  }
  const strongest = Math.max(0, ...rounds.flat().map((r) => r.gain));
  const allTelltale = rounds.every((repairs) => repairs.every((r) => r.telltaleShape));
  if (rounds.length > 0 && strongest < STRONG_REPAIR_BITS && !allTelltale && !readsBetterPerCharacter(line, current)) return [];
  // (Nor when all it found is a faint guess or two of lone characters: faint-lone-guesses.ts.)
  if (onlyFaintLoneGuesses(line, rounds)) return [];
  return rounds;
}

/** A repair that gains this much (beyond the prior) needs no further check. */
const STRONG_REPAIR_BITS = 25;

/**
 * The last check on a line whose repairs were all marginal: it must read better
 * character for character, not only in total (a shorter text costs fewer bits
 * whatever it says). A row of accented capitals where two happen to spell a UTF-8
 * sequence stays as it is.
 */
function readsBetterPerCharacter(line: string, repaired: string): boolean {
  // Judged around what changed, not on the whole line: one letter's language must not
  // decide for a whole long line ("SÃ¸ren" in a Latin sentence: "ø" alone would make
  // every letter of it be scored as Danish).
  let prefix = 0;
  while (prefix < line.length && prefix < repaired.length && line[prefix] === repaired[prefix]) prefix++;
  let suffix = 0;
  while (suffix < line.length - prefix && suffix < repaired.length - prefix && line[line.length - 1 - suffix] === repaired[repaired.length - 1 - suffix]) suffix++;
  const from = Math.max(0, prefix - JUDGED_CONTEXT_CHARS);
  const before = line.slice(from, Math.min(line.length, line.length - suffix + JUDGED_CONTEXT_CHARS));
  let after = repaired.slice(from, Math.min(repaired.length, repaired.length - suffix + JUDGED_CONTEXT_CHARS));
  // (A control the repairs leave is read as c1-controls will make it: c1-as-windows-1252.ts.)
  if (hasC1Control(after) && !hasC1Control(before)) after = c1AsWindows1252(after);
  return textCost(after) / [...after].length < textCost(before) / [...before].length;
}

/** Characters on each side of the changed stretch that the last check reads with it. */
const JUDGED_CONTEXT_CHARS = 24;

/**
 * The lines the last call left as they were. A line's repair depends on the line alone,
 * and the fixes run again over a whole block when any line of it changed
 * (repair/index.ts): the lines no fix touched come back as they were, and are not
 * searched twice. Only the last call's lines are kept, so memory stays one block's.
 */
let untouchedLastCall: ReadonlySet<string> = new Set();

/**
 * Lines a search of this call ended on, no mistake left in them: the next call finds
 * them as it found them (a line repaired in the first pass comes back so in the
 * second), and they join the untouched lines. Same output, searched once.
 */
const settledThisCall = new Set<string>();

/**
 * Edits for the whole text. A line repaired in several rounds is reported as one
 * edit per span of the first round when there was one round, or as one edit of the
 * whole changed stretch when layers were unwound.
 */
function mojibakeEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  const untouchedBefore = untouchedLastCall;
  const untouched = new Set<string>();
  settledThisCall.clear();
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    lineEnd = lineEnd < 0 ? text.length : lineEnd + 1;
    const line = text.slice(lineStart, lineEnd);
    if (mayHoldMojibake(line)) {
      const rounds = untouchedBefore.has(line) ? [] : repairLine(line);
      if (rounds.length === 0) untouched.add(line);
      // (Plus the no-break spaces lost after "Â" that no span holds: lost-nbsp-after-circumflex.ts.)
      // (And the combining marks of decomposed text whose second byte was dropped: decomposed-mark-dropped.ts.)
      const lostNbsps = rounds.length > 1 ? [] : withDroppedMarks(line, rounds[0] ?? [], lostNbspAfterCircumflex(line, rounds[0] ?? []));
      if (rounds.length === 1 || lostNbsps.length > 0) {
        for (const r of [...(rounds[0] ?? []), ...lostNbsps].sort((a, b) => a.start - b.start)) {
          edits.push({ start: lineStart + r.start, end: lineStart + r.end, after: r.after, encodingPair: r.encodingPair, guess: r.guess });
        }
      } else if (rounds.length > 1) {
        edits.push(...layeredEdits(line, lineStart, rounds));
      }
    }
    lineStart = lineEnd;
  }
  for (const line of settledThisCall) untouched.add(line);
  settledThisCall.clear();
  untouchedLastCall = untouched;
  return edits;
}

/** `found` and the dropped marks of `line` outside both `taken` and `found`. */
function withDroppedMarks(line: string, taken: readonly Repair[], found: Repair[]): Repair[] {
  const marks = decomposedMarksDropped(line, [...taken, ...found]);
  return marks.length === 0 ? found : [...found, ...marks];
}

/** One edit covering what several rounds changed on a line (the first and last changed offsets). */
function layeredEdits(line: string, lineStart: number, rounds: Repair[][]): Edit[] {
  let current = line;
  for (const repairs of rounds) current = applyRepairs(current, repairs);
  let prefix = 0;
  while (prefix < line.length && prefix < current.length && line[prefix] === current[prefix]) prefix++;
  let suffix = 0;
  while (suffix < line.length - prefix && suffix < current.length - prefix && line[line.length - 1 - suffix] === current[current.length - 1 - suffix]) suffix++;
  const pairs = rounds.map((rs) => rs[0]!.encodingPair);
  return [
    {
      start: lineStart + prefix,
      end: lineStart + line.length - suffix,
      after: current.slice(prefix, current.length - suffix),
      encodingPair: { encoding: pairs.map((p) => p.encoding).join(" → "), readAs: pairs.map((p) => p.readAs).join(" → ") },
      guess: rounds.some((rs) => rs.some((r) => r.guess)),
    },
  ];
}

export const mojibake: Fix = {
  name: "mojibake",
  summary: "undo text decoded with the wrong encoding (UTF-8 read as Windows-1252, GBK, …)",
  defaultOn: true,
  repairsDamage: true,
  mayEdit: mayHoldMojibake,
  edits: (text) => mojibakeEdits(text),
};
