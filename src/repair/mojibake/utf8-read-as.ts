/**
 * UTF-8 read as another encoding — the commonest mojibake. Re-encode the suspicious
 * runs with the encoding they were wrongly decoded with, find the spans whose bytes
 * are UTF-8, decode them, restore bytes the wrong decoder lost, and keep a span only
 * when the result is more plausible text.
 * Examples: "cafÃ©" → "café" (Windows-1252); "Kari艈拧" → "Kariņš" (GBK);
 * "鈥檚" → "’s" (GBK: the trail byte swallowed the "s"); "end,鈥 he" → "end,” he"
 * (the quote's last byte was dropped: restored from its position, marked a guess).
 */
import { leadStartsAnotherSpan, unwrittenLeadGain } from "./lead-letter-unwritten.js";
import { withLanguageLetters } from "./language-letter-pool.js";
import { brokenLettersOfOneWord } from "./broken-letters-of-one-word.js";
import { holdsWindows1252Character, showsKeptControls } from "./two-readings-on-one-line.js";
import { lineLanguageMayBeAmong } from "./line-language-reach.js";
import { closingGuillemet } from "./closing-guillemet.js";
import { isUtf8 } from "node:buffer";
import { isCommonCjk } from "../../plausibility/common-cjk.js";
import { hanziRarityBits, isHanzi } from "./hanzi-frequency.js";
import { bestLanguageCost, knownLanguagesForScriptOf, languageTextCost, letterOwnBits, letterShareInScript } from "../../plausibility/language-bigrams.js";
import { textCost } from "../../plausibility/index.js";
import { LETTER_OVER_PUNCTUATION_BITS, standsAsWordIn } from "./letter-or-dash-alone.js";
import { scriptOfRestored } from "./long-vowel-mark.js";
import { frequentWordBits, frequentWordBitsAt, isFrequentWordSomewhere } from "../../plausibility/frequent-words.js";
import { trigramCostsOfFills, trigramTextCost } from "../../plausibility/language-trigrams.js";
import { QUESTION_MARK, byteRuns } from "./byte-run.js";
import { CLASSIC_PAIR_PRIOR_BITS, LOST_BYTE_PRIOR_BITS, MOJIBAKE_PRIOR_BITS, type Repair, applyRepairs, contextWindow, gainOfRepairIn, plausibilityGain } from "./candidate.js";
import { withLineEnd } from "./line-end-boundary.js";
import { chooseInEmojiContext } from "./emoji-context.js";
import { chooseEmoji, emojiRunChoices, isLostEmojiSpan } from "./emoji-lost-bytes.js";
import { isEmojiLostWholeToReplacements } from "./emoji-lost-whole.js";
import { losslessBesideGuesses } from "./lossless-beside-guesses.js";
import { isStandInRunsOnly } from "./stand-in-runs-only.js";
import { isQuestionMarksOnly } from "./question-marks-only.js";
import { isHalfwidthLeadInLatinWord, isHalfwidthLeadShape, restoresLatinLetter } from "./halfwidth-lead-in-latin-word.js";
import { NO_OPEN_QUOTES, type OpenQuotes, chooseByPosition, conjunctionAhead, isTypographic, nextCloser, quotesOpenAfter } from "./typography.js";
import type { LostSlot, Utf8Span } from "./utf8-spans.js";
import { CJK_SCRIPT_GROUP, droppedAmongHalfwidthKatakana, isLoneLeadBeforeLostNbsp, lettersSpellAStrayLetter, wordEndThenPunctuation, deletesLoneLetter, deletesPunctuationAfterLetter, besideForeignLetter, charCount, commonHanziToHanzi, isWeak, marksHaveABase, onlyKnownCharacters, sameScriptLetters, scriptOf, slotsOnlyHanzi } from "./span-guards.js";
import { utf8SpanAt } from "./utf8-spans.js";
import { withoutLettersUnwritten } from "./python-letter-unwritten.js";
import { DECOMPOSED_MARK_BITS, composedWithBase } from "./decomposed-mark-as-letter.js";
import { MARGIN_FREE_SCRIPT_SAMPLES, PYTHON_TWO_STAND_INS_MARGIN_BITS, ofTheLineScript } from "./python-stand-in-runs.js";
import { isMisreadLetterWord } from "./lone-letter-word.js";
import { questionMarkInPlace } from "./question-mark-in-place.js";
import { namedLetter } from "./named-letter.js";
import { withLostInnerControls } from "./lost-inner-control.js";
import { ownLettersReadAsRareLatin } from "./rare-latin-reading.js";
import { leadUsedAsItself } from "./lead-used-as-itself.js";
import { respellingsBesideGuesses } from "./respellings-beside-guesses.js";
import { emojiBeforeLostSelector } from "./emoji-before-lost-selector.js";
import { CHINESE_AROUND_MIN, besideCjk, commonCjkOutside, commonHanziRunWithDroppedByte, shortWordBetweenCommonHanzi, shortWordIntoThirdScript, fewCommonCjk, lettersOfThirdScript, loneHanziWithUnprovenLoss, respellingBeforeLostNbsp, shortCommonCjkWord } from "./lone-cjk-words.js";
import { breaksWordCase } from "./word-case.js";
import { restOfAProvenLine } from "./rest-of-a-proven-line.js";
import { swallowsOpenQuotesCloser } from "./open-quote-closer.js";
import { leavesQuoteOpen } from "./quote-left-open.js";
import { loneLetterOfAbsentScript, punctuationOfAbsentScript } from "./lone-letter-absent-script.js";
import { lettersReadAsLoneCjk } from "./letters-read-as-lone-cjk.js";
import { frequentWordTailReadAway } from "./word-tail-read-away.js";
import { commonHanziRunIntoNoLatin } from "./common-hanzi-run.js";
import { capitalAgainstCase } from "./capital-against-case.js";
import { thirdScriptInLatinWord } from "./third-script-in-latin-word.js";
import { lettersReadAsModifier, modifierInWord } from "./modifier-in-word.js";
import { wholeWordOfLineScript } from "./whole-word-other-script.js";
import { isLonePunctuationLead, lonePunctuationLeadGain, lonePunctuationLeadNeverBelieved, quoteAroundOneWord } from "./lone-punctuation-lead.js";
import { pairRestoredOpeners } from "./quote-partners.js";
import { decoderMadeLine, loneLeadsInCompany, rejudgedBesideRepairs } from "./rejudged-beside-repairs.js";
import { runnerUpOtherLetter } from "./case-blind-margin.js";
import { frequentWordFills } from "./python-word-fills.js";
import { CJK_PUNCTUATION, cjkPunctuationAmongLetters } from "./cjk-punctuation-among-letters.js";
import { commonArrowAmongSymbols } from "./common-arrow.js";
import { withWholeLettersDropped } from "./whole-letters-dropped.js";
import { apostropheByLanguage } from "./apostrophe-by-language.js";
import { isKana, kanaSwitchBits } from "./kana-script-runs.js";
import { loneQuestionMarkVerdict } from "./browser-question-marks.js";
import { SCRIPT_MARK_RARITY_BITS, scriptPunctuationAtWordEnd } from "./script-punctuation.js";
import { DOUBLE_BYTE_NAMES, STACKED_SINGLE_BYTE_NAMES, type WrongDecoder, isLessCommonDecoder, wrongDecoder } from "./wrong-decoders.js";

/**
 * The prior a span with lost bytes pays on a line where a sure (lossless) repair already
 * proved the same mistake, instead of MOJIBAKE_PRIOR_BITS: the claim of mojibake is made;
 * each guess still pays LOST_BYTE_PRIOR_BITS.
 */
const PROVEN_MISTAKE_PRIOR_BITS = 0;

/** A restored letter whose case differs from its neighbour's pays this much (less than any real language evidence). */
const CASE_MISMATCH_BITS = 1;
/**
 * A restored letter whose case its word rules out (a capital after a small letter) pays
 * this much: more than the letter pairs tell letters apart by, so the right case wins
 * whenever the letter exists in it ("tΓ�m" under Windows-1253: ê, not Ê).
 */
const WRONG_CASE_BITS = 8;

const EMOJI_PRESENTATION = "\ufe0f";
/**
 * A combining mark may be what a lost lead was, right after an accented Latin letter it
 * makes no precomposed letter with: text in NFC writes a mark apart only there (Yoruba "kọ\x80"
 * lost the lead of "̀", CC 80, not of "ŀ", C5 80; "a" + "̀" would have been "à").
 */
const markOnLetter = (c: string, left: string | undefined) => COMBINING_MARK.test(c) && left !== undefined && LATIN_LETTER.test(left) && left.normalize("NFD").length > 1 && (left + c).normalize("NFC").length === 2;
const COMBINING_MARK = /^\p{M}$/u;
const HAS_LETTER = /\p{L}/u;
/** Marks every script shares (the combining accents U+0300–036F, the Arabic vowel signs…): Unicode's Script=Inherited. */
const INHERITED_MARK = /^\p{Script=Inherited}$/u;
/** Code points per block, for a mark of one script and its letter (Devanagari, Thai, Hebrew… keep both in one block of 128). */
const SCRIPT_BLOCK_BITS = 7;

/** Whether the mark `mark` can sit on the letter `letter`: a mark every script shares, or one from the letter's own block. */
function markFitsLetter(mark: string, letter: string | undefined): boolean {
  if (INHERITED_MARK.test(mark)) return true;
  return letter !== undefined && mark.codePointAt(0)! >> SCRIPT_BLOCK_BITS === letter.codePointAt(0)! >> SCRIPT_BLOCK_BITS;
}

/** Letters scored for one lost byte, at most (a double-byte decoder can leave dozens). */
const MAX_LETTER_CANDIDATES = 12;
/**
 * Letters scored for a character lost whole (lead and continuation: hundreds of
 * candidates), at most: enough for every letter of one alphabet that can be lost so
 * (Cyrillic р–я and А–П), the rarer ones of which ("ю") the script-wide cut would miss.
 */
const WHOLE_CHARACTER_POOL = 64;
/**
 * A letter lost whole is restored only when it reads better than every other by this
 * many bits; else one U+FFFD stands for it. Nothing of it is left to tell them apart,
 * so a close call is a coin toss, and a wrong letter reads worse than a visible U+FFFD.
 */
const WHOLE_CHARACTER_MARGIN_BITS = 2;

/**
 * A restored letter also pays for how rare it is in its script, this many times its
 * bits: the letter-pair models learn from one short text per language, and alone they
 * can prefer a rare letter whose pairs happen to be seen ("жорэткія" over "жорсткія"
 * in Belarusian). Set on the repair corpus's lossy cases and the throughput bench's
 * Cyrillic lines read as Windows-1252 together (0 is best on the one, 1 on the other).
 */
const LETTER_FREQUENCY_WEIGHT = 0.5;
/** A floor for the share of a letter no language showed. */
const MIN_LETTER_SHARE = 1e-5;

/** At most this many characters of context on each side choose a restored letter. */
const LETTER_CONTEXT_CHARS = 40;

interface FoundSpan {
  span: Utf8Span;
  start: number;
  end: number;
}


/**
 * Resolve a span into text. Restored bytes are chosen in `context` (the line with
 * the sure repairs already made, the span at [at, at + length)): punctuation by
 * position, letters by the most plausible line.
 */
function spanText(span: Utf8Span, context: string, at: number, length: number, quotesOpenBefore: OpenQuotes, lineReading: string): string | undefined {
  const texts: string[] = [];
  let out = "";
  // Slots that only one reading of the emoji run around them explains (emoji-lost-bytes.ts).
  const inEmojiRuns = emojiRunChoices(span.pieces);
  for (let i = 0; i < span.pieces.length; i++) {
    const piece = span.pieces[i]!;
    if (typeof piece === "string") {
      texts.push(piece);
      out += piece;
      continue;
    }
    const chosen = inEmojiRuns.get(i) ?? restoreSlot(span, i, out, context, at, length, quotesOpenBefore, lineReading);
    // Beyond recovery: where a marker stood, one U+FFFD stands for the whole character;
    // where nothing stood, the span is not repaired at all (no junk is added).
    if (chosen === undefined && piece.standIn !== "marker") return undefined;
    texts.push(chosen ?? "\ufffd");
    out += chosen ?? "\ufffd";
  }
  if (span.slots < 2) return out;
  // Each slot was chosen with the slots after it still empty ("الحق ? حرية" reads as
  // "و", "and"; a quote before a lost letter had no word after it): choose each once
  // more with the others filled in ("الحق ?ي" → "في", "β€?Ξ?Ξ±ΞΈ" → "‘Καθ").
  const rankings = new Map<number, LetterRanking>();
  for (let i = 0; i < span.pieces.length; i++) {
    const piece = span.pieces[i]!;
    if (typeof piece === "string" || inEmojiRuns.has(i)) continue;
    lastLetterRanking = undefined;
    const again = restoreSlot(span, i, texts.slice(0, i).join(""), context, at, length, quotesOpenBefore, lineReading, texts.slice(i + 1).join(""));
    if (again !== undefined) texts[i] = again;
    // A slot chosen among letters alone (no space that may be real, no swallowed letter) may be chosen again jointly.
    const ranking = lastLetterRanking as LetterRanking | undefined;
    if (ranking !== undefined && piece.droppedInstead === undefined && again === ranking.ranked[0]?.candidate) rankings.set(i, ranking);
  }
  if (rankings.size >= 2) chooseJointly(texts, rankings, context, at, length);
  return texts.join("");
}

/** The letters one slot was chosen among, best first, with what each pays besides its words (case, rarity), in the language they were read in. */
interface LetterRanking {
  language: string;
  ranked: { candidate: string; cost: number; extra: number; kanaSwitch?: number }[];
}

/** The ranking the last call of `chooseCandidate` made among letters, if it got that far (read by `spanText`). */
let lastLetterRanking: LetterRanking | undefined;

/** Letters a slot keeps for the joint choice, at most: the runners-up that can change a word's reading. */
const JOINT_ALTERNATIVES = 4;
/** A runner-up further than this many bits behind its slot's best alone is not worth a joint look. */
const JOINT_WINDOW_BITS = 16;
/** Slots this close (characters between them) are chosen together: one word or two short ones ("Καλημέ◆α ◆ας"). */
const JOINT_REACH_CHARS = 16;
/** Combinations scored for one group of slots, at most (keeps the choice cheap on lines with many lost bytes). */
const MAX_JOINT_COMBINATIONS = 256;

/**
 * Slots near each other chosen together: each slot alone, even with the others filled,
 * can settle on letters that suit each other's wrong guesses (Greek "Καλημέσα ρας" for
 * "Καλημέρα σας": changing one letter alone reads worse). Every combination of each
 * slot's few best letters is read with its words; the best one is kept.
 */
function chooseJointly(texts: string[], rankings: Map<number, LetterRanking>, context: string, at: number, length: number): void {
  const [ws, we] = contextWindow(context, at, at + length);
  const before = context.slice(Math.max(ws, at - LETTER_CONTEXT_CHARS), at);
  const after = withLineEnd(context.slice(at + length, Math.min(we, at + length + LETTER_CONTEXT_CHARS)), context, Math.min(we, at + length + LETTER_CONTEXT_CHARS));
  const slots = [...rankings.keys()].sort((a, b) => a - b);
  const groups: number[][] = [];
  for (const i of slots) {
    const group = groups[groups.length - 1];
    const gap = group === undefined ? Infinity : texts.slice(group[group.length - 1]! + 1, i).join("").length;
    if (group !== undefined && gap <= JOINT_REACH_CHARS) group.push(i);
    else groups.push([i]);
  }
  for (const group of groups) {
    if (group.length < 2) continue;
    const language = rankings.get(group[0]!)!.language;
    const options = group.map((i) => {
      const ranked = rankings.get(i)!.ranked;
      return ranked.filter((r) => r.cost - ranked[0]!.cost <= JOINT_WINDOW_BITS).slice(0, JOINT_ALTERNATIVES);
    });
    // Over budget: drop the furthest runner-up until the combinations fit.
    for (;;) {
      const combinations = options.reduce((n, o) => n * o.length, 1);
      if (combinations <= MAX_JOINT_COMBINATIONS) break;
      let worst = -1;
      let worstGap = -Infinity;
      options.forEach((o, k) => {
        if (o.length < 2) return;
        const gap = o[o.length - 1]!.cost - o[0]!.cost;
        if (gap > worstGap) [worst, worstGap] = [k, gap];
      });
      options[worst]!.pop();
    }
    if (options.every((o) => o.length < 2)) continue;
    const first = group[0]!;
    const last = group[group.length - 1]!;
    const left = (before + texts.slice(0, first).join("")).slice(-LETTER_CONTEXT_CHARS);
    const right = (texts.slice(last + 1).join("") + after).slice(0, LETTER_CONTEXT_CHARS);
    const trial = texts.slice(first, last + 1);
    let best: string[] | undefined;
    let bestCost = Infinity;
    const pick = new Array<number>(group.length).fill(0);
    const combinations: { trial: string[]; extra: number }[] = [];
    // (A kana's switch of script is weighed in each combination, against the letters beside it there: kana-script-runs.ts.)
    let kanaSlots = false;
    for (;;) {
      let extra = 0;
      group.forEach((i, k) => {
        const option = options[k]![pick[k]!]!;
        trial[i - first] = option.candidate;
        extra += option.extra - (option.kanaSwitch ?? 0);
        if (option.kanaSwitch !== undefined) kanaSlots = true;
      });
      combinations.push({ trial: [...trial], extra });
      let k = 0;
      while (k < group.length && ++pick[k]! >= options[k]!.length) pick[k++] = 0;
      if (k === group.length) break;
    }
    // (The words on either side are read once for all combinations: the same sums.)
    const middles = combinations.map((c) => c.trial.join(""));
    const isSlot = trial.map((_, k) => group.includes(first + k));
    const trigramCosts = trigramCostsOfFills(left, middles, right, language);
    combinations.forEach(({ trial: combination, extra }, c) => {
      // (Each slot's word, as a slot alone is weighed in chooseCandidate.)
      const text = left + middles[c] + right;
      let words = 0;
      for (let k = 0, at = left.length; k < combination.length; at += combination[k]!.length, k++) {
        if (isSlot[k]) words += frequentWordBitsAt(language, text, at, at + combination[k]!.length);
      }
      let switches = 0;
      if (kanaSlots) {
        for (let k = 0, at = left.length; k < combination.length; at += combination[k]!.length, k++) {
          if (isSlot[k]) switches += kanaSwitchBits(combination[k]!, text[at - 1], text[at + combination[k]!.length]);
        }
      }
      const cost = (trigramCosts?.[c] ?? languageTextCost(text, language) ?? 0) + extra + switches - words;
      if (cost < bestCost) [bestCost, best] = [cost, combination];
    });
    if (best !== undefined) best.forEach((t, k) => (texts[first + k] = t));
  }
}

/** The script of the nearest letter from `i` going in `step`, across a few spaces and marks ("visar Ã  plena"). */
function nearestLetterScript(text: string, i: number, step: 1 | -1): number | undefined {
  for (let n = 0; n < 4 && i >= 0 && i < text.length; n++, i += step) {
    const script = scriptOf(text[i]);
    if (script !== undefined) return script;
  }
  return undefined;
}

/** Where a lost slot stands: the characters around it and the line it is read in. */
interface SlotScene {
  left: string | undefined;
  right: string | undefined;
  /** The span's text before the slot, as restored so far, and after it (whole pieces only). */
  out: string;
  rest: string;
  /** The line with the sure repairs made; the span at [at, at + length). */
  context: string;
  at: number;
  length: number;
  quotesOpenBefore: OpenQuotes;
  /** The whole line as every span would read with its lost bytes left out: what tells its language. */
  lineReading: string;
}

/** The character a lost slot most plausibly was (with the space after it, when that space is real), or undefined when nothing fits. */
function restoreSlot(
  span: Utf8Span,
  i: number,
  out: string,
  context: string,
  at: number,
  length: number,
  quotesOpenBefore: OpenQuotes,
  lineReading: string,
  restWithGuesses?: string,
): string | undefined {
  const slot = span.pieces[i] as LostSlot;
  const next = span.pieces[i + 1];
  const rest =
    restWithGuesses ??
    span.pieces
      .slice(i + 1)
      .map((p) => (typeof p === "string" ? p : ""))
      .join("");
  const right = typeof next === "string" ? next : next ? restWithGuesses?.[0] : context[at + length];
  const left = out.length > 0 ? out[out.length - 1] : context[at - 1];
  const scene: SlotScene = { left, right, out, rest, context, at, length, quotesOpenBefore, lineReading };
  // A space standing for a lost NBSP byte restores a letter of its neighbours' script
  // ("Ã " → "à", "ë“ " → "든") or punctuation — not a Samaritan letter ("à €" → "ࠤ").
  const neighbourScripts = new Set([scriptOf(left), scriptOf(right), nearestLetterScript(context, at - 1, -1), nearestLetterScript(context, at + length, 1)]);
  // So does a lost lead byte: its candidates span every script ("’" from E2 80 99 or "這" from E9 80 99);
  // between other broken characters, the script most of the line reads in.
  const scripts = slot.lostLead && ![...neighbourScripts].some((s) => s !== undefined) ? new Set([dominantScript(lineReading)]) : neighbourScripts;
  let candidates =
    slot.standIn === "space" || slot.lostLead ? slot.candidates.filter((c) => isTypographic([c]) || (scriptOfRestored(c) !== undefined && scripts.has(scriptOfRestored(c))) || markOnLetter(c, left) || (slot.pythonTwoStandIns && composedWithBase(left, c) !== undefined)) : slot.candidates;
  // A lost lead whose last byte went too reads so when some such character fits; only
  // else is the stand-in after it another character's ("◆\x83◆" is "შ", not "փ" and a U+FFFD).
  if (slot.lostLead && candidates.some((c) => !c.endsWith("\ufffd"))) candidates = candidates.filter((c) => !c.endsWith("\ufffd"));
  // After a small letter, in the same word, a restored letter is small ("vzd◆◆lání" is no
  // "vzdÍlání", "tolerancjĘ" no word); the letter models fold case and cannot tell.
  if (isLowerLetter(left) && !isUpperLetter(right) && candidates.some((c) => isLowerLetter(c[0]))) candidates = candidates.filter((c) => !isUpperLetter(c[0]));
  if (slot.pythonTwoStandIns) candidates = withoutLettersUnwritten(ofTheLineScript(candidates, lineReading), languageOfLine(lineReading));
  // A lost lead that makes no letter of the script around it nor punctuation: an emoji or
  // symbol, when exactly one candidate is ("◆\x98\x95" → "☕", "◆\x9f\x87\xaa" → "🇪").
  const poolSize = (slot.lostLead && slot.survivors.length === 0) || slot.bothContinuationsLost ? WHOLE_CHARACTER_POOL : MAX_LETTER_CANDIDATES;
  const margin = poolSize === WHOLE_CHARACTER_POOL && !slot.bothContinuationsLost ? (slot.pythonTwoStandIns && marginFreeScript(dominantScript(lineReading)) ? PYTHON_TWO_STAND_INS_MARGIN_BITS : WHOLE_CHARACTER_MARGIN_BITS) : 0;
  let chosen = chooseCandidate(candidates, scene, poolSize, margin) ?? (slot.lostLead ? onlyPictograph(slot.candidates) : undefined);
  if (slot.lettersAlone !== undefined) chosen = letterOrPunctuationAlone(chosen, slot.lettersAlone.filter((c) => scriptOf(c) !== undefined && scripts.has(scriptOf(c))), scene);
  if (slot.swallowed && right !== undefined && /^\p{L}$/u.test(right)) chosen = withSwallowedLetter(chosen, slot.swallowed, scene);
  if (slot.droppedInstead === undefined) return chosen;
  chosen = withCollapsedSpace(chosen, scene);
  // The space may be real, after a byte the decoder dropped ("duâ€ eskubidea" is
  // "du” eskubidea", not "du†eskubidea"; "Ã " is "à"): read both ways, keep the better.
  const keptSpace = chooseCandidate(slot.droppedInstead, { ...scene, right: " ", rest: ` ${rest}` });
  if (keptSpace === undefined) return chosen;
  if (chosen === undefined) return `${keptSpace} `;
  // Two punctuation readings: the one whose place suits it ("til” ‘beskytt", not "til†‘beskytt").
  if (isTypographic([chosen, keptSpace])) {
    const ahead = nextCloser(rest + context.slice(at + length));
    const open = quotesOpenAfter(out, quotesOpenBefore, context[at - 1]);
    const chosenFits = chooseByPosition([chosen], left, right, open, ahead) !== undefined;
    const keptFits = chooseByPosition([keptSpace], left, " ", open, ahead) !== undefined;
    if (chosenFits !== keptFits) return chosenFits ? chosen : `${keptSpace} `;
  }
  // (The frequent words each reading makes count too: Hebrew "Χ " for "ן " is no "נ" joining two words, "רצון העם" not "רצונהעם".)
  return readingBits(chosen, scene) - wordsReadBits(chosen, scene) <= readingBits(`${keptSpace} `, scene) - wordsReadBits(`${keptSpace} `, scene) ? chosen : `${keptSpace} `;
}

/**
 * The frequent words of the line's language that `restored` makes in its place, in bits:
 * the word it ends or joins, and the word after it (once, when joined into one). Words of
 * one letter do not count: the lists hold stray ones ("s"), and a split into two such
 * must not outweigh one real word ("Ã s funções" is "às funções", not "Á s").
 */
function wordsReadBits(restored: string, scene: SlotScene): number {
  const { before, after } = slotSurroundings(scene);
  const text = before + restored + after;
  const language = languageOfLine(scene.lineReading);
  let start = before.length;
  while (start > 0 && WORD_CHARACTER.test(text[start - 1]!)) start--;
  let to = before.length + restored.length;
  while (to < text.length && !WORD_CHARACTER.test(text[to]!) && to < before.length + restored.length + 1) to++;
  while (to < text.length && WORD_CHARACTER.test(text[to]!)) to++;
  let bits = 0;
  for (let i = start; i < to; ) {
    if (!WORD_CHARACTER.test(text[i]!)) {
      i++;
      continue;
    }
    let end = i;
    while (end < to && WORD_CHARACTER.test(text[end]!)) end++;
    if (end - i >= MIN_COUNTED_WORD_LETTERS) bits += frequentWordBitsAt(language, text, i, end);
    i = end;
  }
  return bits;
}

/** Letters a word needs for its frequency to count in `wordsReadBits`. */
const MIN_COUNTED_WORD_LETTERS = 2;

/**
 * What reading a space as both the lost NBSP byte and a real space costs: a second
 * mistake claimed (runs of spaces collapsed into one, as HTML and many editors do).
 * Without it, the letter models take the space for both wherever a word read joined
 * costs more ("lÃ m" must stay Vietnamese "làm", "Ã s" Portuguese "às"); with it,
 * "Ã la" would be read "àla" (the letter pairs cannot tell), but a one-letter word
 * that may stand alone claims none (standsAsOneLetterWord). Set on such cases by hand.
 */
const COLLAPSED_SPACE_PRIOR_BITS = 4;

/**
 * `chosen` for an NBSP byte that became the space before a word, or `chosen` and a space
 * when that reads better: where white space was collapsed, "à" and the space after it
 * became one space ("Ã perda" is "à perda", as ftfy reads it; Vietnamese "lÃ m" is
 * still "làm").
 */
function withCollapsedSpace(chosen: string | undefined, scene: SlotScene): string | undefined {
  if (chosen === undefined || scene.right === undefined || !/^\p{L}$/u.test(scene.right)) return chosen;
  const spaced = `${chosen} `;
  // (A one-letter word that may stand alone claims no second mistake: the letter pairs alone decide.)
  const prior = standsAsOneLetterWord(chosen, scene) ? 0 : COLLAPSED_SPACE_PRIOR_BITS;
  return readingBits(spaced, scene) + prior < readingBits(chosen, scene) ? spaced : chosen;
}

/**
 * Whether `chosen`, restored at the start of a word with the space after it taken for
 * its lost NBSP byte, may rather be a word of its own: it is an everyday one-letter word
 * of some language (Portuguese "à" is 96th, Vietnamese 81st), and it joins the word after
 * it into no frequent word of any language. Such a reading claims no second mistake (the
 * collapsed space): the letter pairs alone decide. "C'est Ã la mode" is "à la mode", as
 * ftfy reads it, not "àla mode"; Portuguese "Ã s vezes" still joins ("às" is 234th), and
 * Yoruba "Ã wá»n" still reads "àwọn" (its letter pairs say so), Czech "Å kola" "Škola".
 */
function standsAsOneLetterWord(chosen: string, scene: SlotScene): boolean {
  if (scene.left !== undefined && WORD_CHARACTER.test(scene.left)) return false;
  if ([...chosen].length !== 1 || !isFrequentWordSomewhere(chosen, ONE_LETTER_WORD_RANK)) return false;
  const next = NEXT_WORD.exec(scene.rest + scene.context.slice(scene.at + scene.length))![0];
  return !isFrequentWordSomewhere(chosen + next);
}

/** A one-letter word must be among this many most frequent words of a language (as in lone-letter-word.ts). */
const ONE_LETTER_WORD_RANK = 500;
const WORD_CHARACTER = /^[\p{L}\p{M}]$/u;
const NEXT_WORD = /^[\p{L}\p{M}]*/u;

/**
 * A letter swallowed with a lost byte must make its word read better by this much. None:
 * the longer word already pays for its letter in the models, and a marker followed by a
 * letter the decoder swallows after that byte is most often just that ("‘s", "‘t").
 */
const SWALLOWED_LETTER_PRIOR_BITS = 0;

/**
 * `chosen`, or the character and the letter the decoder swallowed with its last byte
 * when that word reads better ("窶◆uri" is "‘turi", not "“uri"). A quote must fit
 * where it stands; a letter must be of the swallowed letter's script ("Är").
 */
function withSwallowedLetter(chosen: string | undefined, swallowed: readonly string[], scene: SlotScene): string | undefined {
  const { before, after } = slotSurroundings(scene);
  const language = languageOfLine(scene.lineReading);
  const cost = (text: string) => trigramTextCost(text, language) ?? languageTextCost(text, language) ?? Infinity;
  let best = chosen;
  let bestBits = Infinity;
  for (const alternative of swallowed) {
    const [ch, letter] = [...alternative] as [string, string];
    // A quote is judged by position; the letter by its word, read without the quote
    // (a quote before a word makes the models read its start as they saw it after one).
    const typographic = isTypographic([ch]);
    // Within a small-letter word, no capital ("zmierzająCą" is "zmierzającą").
    if (isLowerLetter(scene.left) && (isUpperLetter(ch) || isUpperLetter(letter))) continue;
    if (typographic ? chooseByPosition([ch], scene.left, letter, quotesOpenAfter(scene.out, scene.quotesOpenBefore, scene.context[scene.at - 1])) !== ch : scriptOf(ch) === undefined || scriptOf(ch) !== scriptOf(letter)) continue;
    const withLetter = cost(before + (typographic ? "" : ch) + letter + after) + SWALLOWED_LETTER_PRIOR_BITS;
    const without = cost(before + (typographic ? "" : (chosen ?? ch)) + after);
    if (withLetter < without && withLetter - without < bestBits) {
      bestBits = withLetter - without;
      best = alternative;
    }
  }
  return best;
}

const isLowerLetter = (ch: string | undefined) => ch !== undefined && /^\p{Ll}$/u.test(ch);
const isUpperLetter = (ch: string | undefined) => ch !== undefined && /^\p{Lu}$/u.test(ch);

const PICTOGRAPH = /^[\p{Extended_Pictographic}\p{Regional_Indicator}]$/u;

/** The one pictograph among `candidates`, if there is exactly one. */
function onlyPictograph(candidates: readonly string[]): string | undefined {
  const pictographs = candidates.filter((c) => PICTOGRAPH.test(c));
  return pictographs.length === 1 ? pictographs[0] : undefined;
}

/** Whether a line of this script chooses Python's lost letters without a margin (python-stand-in-runs.ts). */
const marginFreeScript = (script: number | undefined) => script !== undefined && [...MARGIN_FREE_SCRIPT_SAMPLES].some((c) => scriptOf(c) === script);

/** The script most letters of `text` are in (the last text asked about is remembered: a line's slots ask in turn). */
function dominantScript(text: string): number | undefined {
  if (lastDominant?.text === text) return lastDominant.script;
  const counts = new Map<number, number>();
  for (const ch of text) {
    const script = scriptOf(ch);
    if (script !== undefined) counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  let script: number | undefined;
  let most = 0;
  for (const [s, n] of counts) {
    if (n > most) {
      most = n;
      script = s;
    }
  }
  lastDominant = { text, script };
  return script;
}

let lastDominant: { text: string; script: number | undefined } | undefined;

/** The text around a slot that chooses a restored letter: its words, at most LETTER_CONTEXT_CHARS each side. */
function slotSurroundings(scene: SlotScene): { before: string; after: string } {
  const { context, at, length } = scene;
  const [ws, we] = contextWindow(context, at, at + length);
  return {
    before: context.slice(Math.max(ws, at - LETTER_CONTEXT_CHARS), at) + scene.out,
    after: withLineEnd(scene.rest + context.slice(at + length, Math.min(we, at + length + LETTER_CONTEXT_CHARS)), context, Math.min(we, at + length + LETTER_CONTEXT_CHARS)),
  };
}

/**
 * Two stand-ins standing alone: the punctuation chosen by its place, or the one-letter word
 * that reads best there when it reads clearly better than the punctuation (letter-or-dash-alone.ts).
 */
function letterOrPunctuationAlone(punctuation: string | undefined, letters: readonly string[], scene: SlotScene): string | undefined {
  const language = languageOfLine(scene.lineReading);
  const letter = chooseCandidate(letters.filter((c) => standsAsWordIn(c, language)), scene, WHOLE_CHARACTER_POOL, WHOLE_CHARACTER_MARGIN_BITS);
  if (letter === undefined) return punctuation;
  if (punctuation === undefined) return undefined;
  return readingBits(letter, scene) + LETTER_OVER_PUNCTUATION_BITS < readingBits(punctuation, scene) ? letter : punctuation;
}

/** Bits of the slot's surroundings with `restored` in its place, under the language they read most like. */
function readingBits(restored: string, scene: SlotScene): number {
  // Past the words the slot touches: whether a space is real shows in the words after it
  // ("igualdade, Ã s funções": "às funções", not "Á s funções").
  const { context, at, length } = scene;
  const before = context.slice(Math.max(0, at - LETTER_CONTEXT_CHARS), at) + scene.out;
  const after = scene.rest + context.slice(at + length, at + length + LETTER_CONTEXT_CHARS);
  const text = before + restored + after;
  return bestLanguageCost(text, knownLanguagesForScriptOf(text)).bits;
}

/** Of the characters a slot can be, the most plausible one in its place, or undefined. */
function chooseCandidate(candidates: readonly string[], scene: SlotScene, poolSize = MAX_LETTER_CANDIDATES, minMargin = 0): string | undefined {
  const { left, right } = scene;
  if (candidates.length <= 1) return candidates[0];
  // Emoji glue and emoji, when the emoji around the slot say which.
  const inEmoji = chooseInEmojiContext(candidates, scene.context.slice(0, scene.at) + scene.out, scene.rest + scene.context.slice(scene.at + scene.length));
  if (inEmoji !== undefined) return inEmoji;
  // The one arrow text writes, among symbols only (common-arrow.ts).
  const arrow = commonArrowAmongSymbols(candidates);
  if (arrow !== undefined) return arrow;
  // Punctuation, when some candidate is and its place says which.
  const punctuation = candidates.filter((c) => isTypographic([c]));
  if (punctuation.length > 0) {
    const ahead = scene.rest + scene.context.slice(scene.at + scene.length);
    const closer = nextCloser(ahead);
    // (Or the apostrophe, where the line's language writes one there: apostrophe-by-language.ts.)
    const chosen = apostropheByLanguage(punctuation, chooseByPosition(punctuation, left, right, quotesOpenAfter(scene.out, scene.quotesOpenBefore, scene.context[scene.at - 1]), closer, punctuation.includes("\u2010") && conjunctionAhead(right === " " ? ahead : "")), left, right, closer, languageOfLine(scene.lineReading));
    if (chosen !== undefined || punctuation.length === candidates.length) return chosen;
  }
  // A "»" closing a "«" open on the line (closing-guillemet.ts).
  const guillemet = closingGuillemet(candidates, scene.context.slice(0, scene.at) + scene.out, right);
  if (guillemet !== undefined) return guillemet;
  // Emoji glue: the emoji presentation selector is the one in everyday use ("1️⃣", "❤️").
  if (candidates.includes(EMOJI_PRESENTATION)) return EMOJI_PRESENTATION;
  // An emoji, when the emoji around it or its kind say which (emoji-lost-bytes.ts).
  const emoji = chooseEmoji(candidates, scene.context.slice(0, scene.at) + scene.out, scene.rest + scene.context.slice(scene.at + scene.length));
  if (emoji !== undefined) return emoji;
  // A letter: the one that makes its words read most like one language, preferring
  // the neighbours' script (a layer below may be in another: "t梨" hides Hangul).
  // A combining mark right after a letter counts as that letter's script (Hindi's
  // virama "व्" has lost the same byte as a Devanagari letter would).
  // (Not after CJK, which writes no combining marks: "〮" after a hanzi is no letter.)
  // (A mark of one script, not one every script shares, only on a letter of its own: a Myanmar
  // virama after a Latin "t" is no letter of the word, "nepamätáš" under ISO-8859-2 is no "nepamät္".)
  // (A mark after marks sits on the letter under them: Thai "ที่", the tone mark "่" after the vowel "ี" on "ท".)
  const base = letterUnderMarks(scene);
  // (The long-vowel mark counts as the kana around it: long-vowel-mark.ts.)
  const scriptOfCandidate = (c: string) => scriptOfRestored(c) ?? (COMBINING_MARK.test(c) && scriptOf(base) !== CJK_SCRIPT_GROUP && markFitsLetter(c, base) ? scriptOf(base) : undefined);
  const letters = candidates.filter((c) => scriptOfCandidate(c) !== undefined);
  const script = scriptOf(left) ?? scriptOf(right);
  const sameScript = letters.filter((c) => scriptOfCandidate(c) === script);
  let pool = sameScript.length > 0 ? sameScript : letters;
  // At a word's end, its script's own punctuation too ("الراحة? وفي" is "الراحة، وفي": script-punctuation.ts).
  const marksOfScript = sameScript.length > 0 ? scriptPunctuationAtWordEnd(candidates, left, scene.rest + scene.context.slice(scene.at + scene.length)) : [];
  if (marksOfScript.length > 0) pool = [...pool, ...marksOfScript];
  // Beside CJK text and with no letter of its script to be, CJK punctuation, as its place reads best ("玩銆�" → "玩。").
  if (sameScript.length === 0 && script === CJK_SCRIPT_GROUP) {
    const marks = candidates.filter((c) => CJK_PUNCTUATION.test(c));
    if (marks.length > 0) {
      const { before, after } = slotSurroundings(scene);
      return marks.reduce((a, b) => (textCost(before + b + after) < textCost(before + a + after) ? b : a));
    }
  }
  if (pool.length === 0) return undefined;
  // Beside CJK text, CJK punctuation competes with the letters (cjk-punctuation-among-letters.ts).
  const cjkMarks = cjkPunctuationAmongLetters(candidates, sameScript.length > 0 && script === CJK_SCRIPT_GROUP);
  // Of many hanzi or Hangul, only the frequent ones are worth a look;
  // of other letters, the most frequent ones (Azerbaijani "ə" is C9 99, after 25 rarer C9 letters).
  const caseBits = caseCosts(scene);
  if (pool.length > poolSize) {
    const common = pool.filter((c) => isCommonCjk(c.codePointAt(0)!));
    // (Case folds in the shares: of two cases of one letter, the one its word calls for ranks first.)
    const ranked = [...(common.length > 0 ? common : pool)].sort((a, b) => letterShareInScript(b) - letterShareInScript(a) || caseBits(a) - caseBits(b) || hanziOrder(a, b));
    pool = ranked.slice(0, poolSize);
    // (And the letters the slot's language writes most among those left out: language-letter-pool.ts.)
    if (common.length === 0 && scriptOf(pool[0]) !== CJK_SCRIPT_GROUP) {
      const { before, after } = slotSurroundings(scene);
      pool = withLanguageLetters(pool, ranked.slice(poolSize), slotLanguage(before + pool[0] + after, scene.lineReading, pool[0]!));
    }
    // Combining marks have no share to rank by (Hindi's "ी", "ं"): beside a letter of an alphabet they all stay.
    if (scriptOf(base) !== undefined && scriptOf(base) !== CJK_SCRIPT_GROUP) pool.push(...ranked.slice(poolSize).filter((c) => COMBINING_MARK.test(c)));
  }
  if (cjkMarks.length > 0) pool = [...pool, ...cjkMarks];
  const { before, after } = slotSurroundings(scene);
  const probe = letterOfLineLanguage(pool, base, scene.lineReading) ?? pool[0]!;
  const language = slotLanguage(before + probe + after, scene.lineReading, probe);
  let best: string | undefined;
  let bestCost = Infinity;
  let secondCost = Infinity;
  const ranked: LetterRanking["ranked"] = [];
  const allHanzi = pool.every((c) => isHanzi(c) || cjkMarks.includes(c));
  // (The words around the slot are read once for all candidates: the same sums.)
  const trigramCosts = trigramCostsOfFills(before, pool, after, language);
  // A mark pays for being rarer in the slot's language than the pool's commonest mark: marks
  // have no share among letters, and the letter pairs alone, learnt from one short text,
  // can prefer a rare one whose pairs happen to be seen (Gujarati "પૂર્વદરુશન" for "પૂર્વદર્શન",
  // Assamese "বৈৰাউছাৰ" for "ব্ৰাউছাৰ": the virama is these languages' commonest mark).
  // Measured from the commonest, a mark still competes with letters as before. Only a
  // script's own marks: the accents every script shares (Script=Inherited) stand apart in
  // NFC text only where no precomposed letter exists, so their counts say which letters
  // lack one, not which accent is common (Yoruba "ṣẹ́" and "ṣẹ̀" alike).
  const ownMark = (c: string) => COMBINING_MARK.test(c) && !INHERITED_MARK.test(c);
  const markBits = (c: string) => letterOwnBits(language, c);
  const commonestMark = Math.min(...pool.filter(ownMark).map(markBits));
  const markRarity = (c: string) => (ownMark(c) ? markBits(c) - commonestMark : 0);
  for (const [k, candidate] of pool.entries()) {
    // (An accent on the letter before it is read as the letter they make: decomposed-mark-as-letter.ts.)
    const composed = before.endsWith(base ?? "\0") ? composedWithBase(base, candidate) : undefined;
    let cost: number;
    let extra: number;
    let kanaSwitch: number | undefined;
    if (composed !== undefined) {
      const head = before.slice(0, -base!.length);
      extra = DECOMPOSED_MARK_BITS;
      cost = (trigramCostsOfFills(head, [composed], after, language)?.[0] ?? languageTextCost(head + composed + after, language) ?? Infinity) + caseBits(composed) + LETTER_FREQUENCY_WEIGHT * -Math.log2(Math.max(letterShareInScript(composed), MIN_LETTER_SHARE)) + extra - frequentWordBits(language, head, composed, after);
    } else {
      // A mark has no share among letters: a script's own pays for its rarity in the language, past the commonest mark's.
      // Hanzi all alike to the letter models: how common each is (see hanzi-frequency.ts).
      const rarity = COMBINING_MARK.test(candidate) ? markRarity(candidate) : marksOfScript.includes(candidate) || cjkMarks.includes(candidate) ? SCRIPT_MARK_RARITY_BITS : allHanzi ? hanziRarityBits(candidate) : -Math.log2(Math.max(letterShareInScript(candidate), MIN_LETTER_SHARE));
      // (A kana beside kana of the other script pays for the switch: kana-script-runs.ts.)
      kanaSwitch = isKana(candidate) ? kanaSwitchBits(candidate, left, right) : undefined;
      extra = caseBits(candidate) + LETTER_FREQUENCY_WEIGHT * rarity + (kanaSwitch ?? 0);
      // (A letter that completes a frequent word of the language reads better than the letter pairs alone say.)
      cost = (trigramCosts?.[k] ?? languageTextCost(before + candidate + after, language) ?? 0) + extra - frequentWordBits(language, before, candidate, after);
    }
    ranked.push(kanaSwitch === undefined ? { candidate, cost, extra } : { candidate, cost, extra, kanaSwitch });
    if (cost < bestCost) {
      secondCost = bestCost;
      bestCost = cost;
      best = candidate;
    } else if (cost < secondCost) secondCost = cost;
  }
  if (minMargin === 0) lastLetterRanking = { language, ranked: ranked.sort((a, b) => a.cost - b.cost) };
  // (Over the runner-up that is another letter: the case is the word's to choose, case-blind-margin.ts.)
  return secondCost - bestCost >= minMargin || (best !== undefined && runnerUpOtherLetter(ranked, best) - bestCost >= minMargin) ? best : undefined;
}

/**
 * The first letter of `pool` in a script the line's language writes, if any: the letter the
 * slot's language is told by. A pool may hold letters of neighbouring alphabets that
 * span-guards.ts counts as one script group (the Indic blocks), and scored in the first
 * one's language, Hindi "ΰ¤ΰ¥ΰ¤°" under Windows-1253 read as Gujarati "તથर" (E0 AA A4, one
 * lost byte) instead of "प्र" (E0 A4 AA). A mark stands for the letter it sits on.
 */
function letterOfLineLanguage(pool: readonly string[], base: string | undefined, lineReading: string): string | undefined {
  const lineLanguage = languageOfLine(lineReading);
  // (A mark counts as the letter it sits on: "व" + a lost "्" is Hindi, beside Gujarati "થ".)
  const letterOf = (c: string) => (LETTER.test(c) ? c : COMBINING_MARK.test(c) && base !== undefined && LETTER.test(base) && markFitsLetter(c, base) ? base : undefined);
  const found = pool.find((c) => {
    const letter = letterOf(c);
    return letter !== undefined && knownLanguagesForScriptOf(letter).includes(lineLanguage);
  });
  return found === undefined ? undefined : letterOf(found);
}

/** Marks a letter carries before a slot, at most, looked past for the letter under them (a Thai vowel and tone mark, a Hebrew point and dagesh). */
const MAX_STACKED_MARKS = 3;

/** The character left of a slot, or the letter under the combining marks there (the marks stacked on it). */
function letterUnderMarks(scene: SlotScene): string | undefined {
  const { left } = scene;
  if (left === undefined || !COMBINING_MARK.test(left)) return left;
  const before = (scene.context.slice(Math.max(0, scene.at - MAX_STACKED_MARKS - 1), scene.at) + scene.out).slice(-(MAX_STACKED_MARKS + 1));
  for (let i = before.length - 1; i >= 0; i--) if (!COMBINING_MARK.test(before[i]!)) return before[i];
  return undefined;
}

/** Hanzi first by how common they are (the letter shares do not rank them); others keep their order. */
function hanziOrder(a: string, b: string): number {
  return isHanzi(a) && isHanzi(b) ? hanziRarityBits(a) - hanziRarityBits(b) : 0;
}

const LETTER = /^\p{L}$/u;
const TRAILING_MARKS = /\p{M}+$/u;
const LEADING_MARKS = /^\p{M}+/u;
const isLower = (ch: string) => ch !== ch.toUpperCase();
const isUpper = (ch: string) => ch !== ch.toLowerCase();

/** Characters before a slot that tell its word's case and whether a sentence starts there. */
const CASE_CONTEXT_CHARS = 24;

/**
 * What a restored letter pays for its case, for every candidate of one slot (the word
 * around it is read once). The letter-pair model folds case, so the word decides: after
 * a lower-case letter, or between a capital and a lower-case one, a capital is all but
 * impossible ("tΓ�m" → "têm", not "tÊm"; "TΓ�x" → "Tíx"), and so is a small letter
 * between two capitals ("CASΓ�S"); at the start of a word, or after one capital at the
 * end, one case is only likelier ("Γ�tre" → "être", "TΓ�" → "Tá", a capital where a
 * sentence starts).
 */
function caseCosts(scene: SlotScene): (candidate: string) => number {
  // Combining marks are skipped: they sit on a letter ("kọ̀Ọ̀kan" is "kọ̀ọ̀kan").
  const startsLine = scene.at + scene.out.length <= CASE_CONTEXT_CHARS;
  const leftText = (scene.context.slice(Math.max(0, scene.at - CASE_CONTEXT_CHARS), scene.at) + scene.out).slice(-CASE_CONTEXT_CHARS).replace(TRAILING_MARKS, "");
  const left = leftText[leftText.length - 1];
  const right = scene.right !== undefined && COMBINING_MARK.test(scene.right) ? (scene.rest + scene.context.slice(scene.at + scene.length, scene.at + scene.length + CASE_CONTEXT_CHARS)).replace(LEADING_MARKS, "")[0] : scene.right;
  const leftLetter = left !== undefined && LETTER.test(left) ? left : undefined;
  const rightLetter = right !== undefined && LETTER.test(right) ? right : undefined;
  let lowerBits = 0;
  let upperBits = 0;
  if ((leftLetter !== undefined && isLower(leftLetter)) || (leftLetter !== undefined && rightLetter !== undefined && isLower(rightLetter))) upperBits = WRONG_CASE_BITS;
  else if (rightLetter !== undefined && isUpper(rightLetter)) lowerBits = WRONG_CASE_BITS;
  else if (leftLetter !== undefined) {
    // After a capital, at the end of the word: a capital word ("CASÁ") or a capitalised one ("Tá").
    const beforeLeft = leftText[leftText.length - 2];
    if (beforeLeft !== undefined && LETTER.test(beforeLeft) && isUpper(beforeLeft)) lowerBits = WRONG_CASE_BITS;
    else upperBits = CASE_MISMATCH_BITS;
  }
  // The first letter of a word: a capital where a sentence starts ("útbúgving. Útbúgving"),
  // else a small letter (Galician "dereito á seguridade", not "Á").
  else if ((startsLine ? SENTENCE_START : SENTENCE_START_INSIDE).test(leftText)) lowerBits = SENTENCE_START_CASE_BITS;
  else upperBits = CASE_MISMATCH_BITS;
  return (candidate) => (isLower(candidate) ? lowerBits : isUpper(candidate) ? upperBits : 0); // caseless (a mark, a hanzi): 0
}

/** Where a sentence starts: the line's start, or after . ! ? (and a closing quote) and a space; bullets and opening quotes may stand before. */
const SENTENCE_START = /(?:^|[.!?…]["'”’»)]?\s)[\s"'“‘„«(•\-–—]*$/u;
const SENTENCE_START_INSIDE = /[.!?…]["'”’»)]?\s[\s"'“‘„«(•\-–—]*$/u;
/** What a small letter pays where a sentence starts: a hint only (abbreviations, numbered items: "z. B. über"). */
const SENTENCE_START_CASE_BITS = 2;

/**
 * The language a restored letter is scored in: the one the whole line reads most like,
 * when it writes the letter's script (a few words around a slot are too few to tell
 * Russian from Belarusian); else the one of the words around it (`probe`).
 */
function slotLanguage(probe: string, line: string, letter: string): string {
  // The letter's own script, not the words' majority: broken spans not yet repaired
  // around the slot are Latin junk ("ĐżŃ�Đ°Đ˛Đž", Cyrillic read as ISO-8859-2).
  const languages = knownLanguagesForScriptOf(scriptOf(letter) !== undefined ? letter : probe);
  const lineLanguage = lineLanguageMayBeAmong(line, languages) ? languageOfLine(line) : undefined;
  return lineLanguage !== undefined && languages.includes(lineLanguage) ? lineLanguage : bestLanguageCost(probe, languages).language;
}

/**
 * The language a line reads most like. Remembered for the last few lines asked about:
 * each decoder reads a line its own way, and its slots ask in turn.
 */
function languageOfLine(line: string): string {
  let language = lineLanguages.get(line);
  if (language === undefined) {
    language = bestLanguageCost(line, knownLanguagesForScriptOf(line)).language;
    if (lineLanguages.size >= LINE_LANGUAGES_SIZE) lineLanguages.clear();
    lineLanguages.set(line, language);
  }
  return language;
}

const lineLanguages = new Map<string, string>();
const LINE_LANGUAGES_SIZE = 64;

/** Layers of the same double-byte mistake, at most, undone at once. */
const MAX_DEEPER_LAYERS = 3;

/**
 * UTF-8 read as GBK (or Big5, Windows-1253…) twice or three times, or read as GBK and
 * then as Windows-1252: the inner layers are as implausible as the outer one
 * ("閻╃灜" → "鐩瞭" → "盲" → "ä"; "è†·" → "膷" → "č"; Greek "Ξ•Ξ…" → "Ε΅" → "š"), so
 * no single step reads better and round by round the search would stop at the first.
 * While the decoded text, re-encoded by the same decoder (or, for hanzi, a double-byte
 * one), is again wholly UTF-8, take that layer off too (the most plausible reading
 * when several decoders agree); the plausibility check then judges the last one.
 */
function deeperLayers(text: string, decoder: WrongDecoder, left: string, right: string, neighboursRead: () => [string, string]): string {
  let layers = peeledLayers(text, decoder);
  // Under a single-byte decoder the layer above can be plain text: "É…" is C9 85, UTF-8
  // for "Ʌ" ("IL Y MARQUÃ‰â€¦" is "IL Y MARQUÉ…"). A deeper layer is taken only where it
  // reads better, per character, among its neighbours than the one above it. (Hanzi
  // among their neighbours as they will read: `neighboursAsRead`.)
  if (!decoder.doubleByte && layers.length > 1) {
    let kept = 1;
    const around = (upper: string): [string, string] => (HAS_CJK.test(upper) ? neighboursRead() : [left, right]);
    while (kept < layers.length && readsBetterPerCharacter(...around(layers[kept - 1]!), layers[kept - 1]!, layers[kept]!)) kept++;
    layers = layers.slice(0, kept);
  }
  // The deepest layer that holds only characters real text uses: inner layers may be
  // rare hanzi on the way down, but the last must read ("號" is GBK CC 96, which is UTF-8
  // for a lone combining mark: no layer).
  for (let i = layers.length - 1; i >= 0; i--) if (onlyKnownCharacters(layers[i]!) && marksHaveABase(layers[i]!, undefined)) return layers[i]!;
  return layers[layers.length - 1]!;
}

/** Characters on each side of a span that judge whether a deeper layer reads better. */
const LAYER_CONTEXT_CHARS = 24;

/**
 * The line with every span read as this decoder reads it (lost bytes left out), and where
 * each span's reading starts in it: a deeper layer is judged among its neighbours as they
 * will read, not as they stand broken. In a line of Chinese read as Windows-1251, "即"
 * among "列表, … 總覽" is no layer over "¨" (EUC-JP C2 A8), which among "е€—иЎЁ, …
 * зёЅи¦Ѕ" reads the better.
 */
interface SpansRead {
  text: string;
  starts: number[];
  ends: number[];
}

function spansReadWithOffsets(line: string, found: readonly FoundSpan[]): SpansRead {
  let text = "";
  let cursor = 0;
  const starts: number[] = [];
  const ends: number[] = [];
  for (const { span, start, end } of found) {
    text += line.slice(cursor, start);
    starts.push(text.length);
    text += span.pieces.filter((p) => typeof p === "string").join("");
    ends.push(text.length);
    cursor = end;
  }
  return { text: text + line.slice(cursor), starts, ends };
}

/** The LAYER_CONTEXT_CHARS on each side of the `index`th span, as read (see SpansRead). */
function neighboursAsRead(read: SpansRead, index: number): [string, string] {
  const start = read.starts[index]!;
  const end = read.ends[index]!;
  return [read.text.slice(Math.max(0, start - LAYER_CONTEXT_CHARS), start), read.text.slice(end, end + LAYER_CONTEXT_CHARS)];
}

function readsBetterPerCharacter(left: string, right: string, upper: string, deeper: string): boolean {
  const perCharacter = (text: string) => textCost(text) / [...text].length;
  return perCharacter(left + deeper + right) < perCharacter(left + upper + right);
}

/** `text`, then each layer below it that re-encodes to UTF-8 (see deeperLayers). */
function peeledLayers(text: string, decoder: WrongDecoder): string[] {
  const layers = [text];
  let current = text;
  for (let layer = 0; layer < MAX_DEEPER_LAYERS; layer++) {
    // The same decoder again; and for hanzi under a single-byte decoder, the double-byte ones.
    const decoders = decoder.doubleByte || !HAS_CJK.test(current) ? [decoder] : [decoder, ...DOUBLE_BYTE_NAMES.map((name) => wrongDecoder(name))];
    let best: string | undefined;
    let bestCost = Infinity;
    for (const d of decoders) {
      const next = reencodedAsUtf8(current, d);
      if (next === undefined || next === current) continue;
      const cost = decoders.length === 1 ? 0 : textCost(next);
      if (cost < bestCost) {
        bestCost = cost;
        best = next;
      }
    }
    best ??= decoders.length > 1 ? undefined : moreLikelyUnderAnother(current, decoder);
    if (best === undefined) return layers;
    current = best;
    layers.push(current);
  }
  return layers;
}

/**
 * Two different mistakes stacked, the inner one single-byte (UTF-8 read as Windows-1253,
 * then that read as Windows-1252: "ă" → "Δƒ" → "Î”Æ’"; Latin-1 then GBK: "芒聙聵" →
 * "â\x80\x98" → "‘"): the layer below is junk of another code page. It comes off when it
 * is wholly UTF-8 under one and reads better so (the best of them).
 */
function moreLikelyUnderAnother(text: string, decoder: WrongDecoder): string | undefined {
  let best: string | undefined;
  // Per character: fewer characters cost fewer bits whatever they say ("’é" is no "Վ").
  let bestCost = textCost(text) / charCount(text);
  for (const name of SINGLE_BYTE_DECODERS) {
    if (name === decoder.name) continue;
    const next = reencodedAsUtf8(text, wrongDecoder(name));
    if (next === undefined || next === text) continue;
    const cost = textCost(next) / charCount(next);
    if (cost < bestCost) {
      bestCost = cost;
      best = next;
    }
  }
  return best;
}

const HAS_CJK = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const SINGLE_BYTE_DECODERS = STACKED_SINGLE_BYTE_NAMES;

/** `text` re-encoded by `decoder` and decoded as UTF-8, when those bytes are wholly UTF-8 (and not ASCII). */
function reencodedAsUtf8(text: string, decoder: WrongDecoder): string | undefined {
  const bytes: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const code = cp < 0x80 ? cp : decoder.bytesOf(cp);
    if (code === undefined) return undefined;
    if (code > 0xff) bytes.push(code >> 8, code & 0xff);
    else bytes.push(code);
  }
  if (bytes.every((b) => b < 0x80)) return undefined;
  const buffer = Buffer.from(bytes);
  if (!isUtf8(buffer)) return undefined;
  // As a TextDecoder would, drop a byte-order mark at the start.
  const decoded = buffer.toString("utf8");
  return decoded.startsWith("\ufeff") ? decoded.slice(1) : decoded;
}

/**
 * A line that shows C1 controls (U+0080–009F) was decoded by a single-byte decoder that
 * keeps the bytes 80–9F, or was not stripped of controls afterwards: none of its bytes
 * was dropped without a trace (Korean "될" = EB 90 A0 read as ISO-8859-2 with its NBSP
 * made a space is "ë\u0090 ", not "ë" + a dropped byte + a real space).
 */
const C1_CONTROL = /[\u0080-\u009f]/;
const keepingDecoders = new WeakMap<WrongDecoder, WrongDecoder>();

function spanDecoderFor(line: string, decoder: WrongDecoder): WrongDecoder {
  if (decoder.doubleByte || !C1_CONTROL.test(line)) return decoder;
  let keeping = keepingDecoders.get(decoder);
  if (!keeping) keepingDecoders.set(decoder, (keeping = { ...decoder, canDrop: () => false }));
  return keeping;
}

function findSpans(line: string, wrong: WrongDecoder): FoundSpan[] {
  const found: FoundSpan[] = [];
  const decoder = spanDecoderFor(line, wrong);
  const keptControls = decoder.name === "windows-1252" && showsKeptControls(line);
  for (const run of byteRuns(line, decoder)) {
    const chars = run.charByte.length - 1;
    for (let k = 0; k < chars; ) {
      const lead = run.bytes[run.charByte[k]!]!;
      // (A stand-in or a continuation byte may start a sequence that lost its lead: lost-lead.ts;
      // a marker may stand for MacRoman's lost emoji lead, see utf8-spans.ts.)
      // (A double-byte decoder of Python's may have lost an emoji's lead F0 alone: lost-emoji-lead.ts.)
      const mayLoseLead = (decoder.lostLeads.length > 0 || decoder.doubleByte) && (run.marker[k] || lead === QUESTION_MARK);
      const mayStart = (lead >= 0xc2 && lead <= 0xf4 && !run.marker[k]) || mayLoseLead || ((decoder.leadLostBefore !== undefined || decoder.wholeCharacterLosses !== undefined || decoder.punctuationAfterLostPair !== undefined) && (lead === QUESTION_MARK || (lead >= 0x80 && lead <= 0xbf)));
      const span = mayStart ? utf8SpanAt(run, k, decoder) : undefined;
      if (!span || span.endChar <= k) {
        k++;
        continue;
      }
      const start = run.charOffset[span.firstChar]!;
      const end = run.charOffset[span.endChar]!;
      // (Not one that reads a Windows-1252 character on a line that shows Latin-1's controls: two-readings-on-one-line.ts.)
      if (!keptControls || !holdsWindows1252Character(line.slice(start, end), decoder.bytesOf)) found.push({ span, start, end });
      k = span.endChar;
    }
  }
  return found;
}

const ONLY_LETTERS = /^\p{L}+$/u;
/** The NBSP byte of Latin-1 and most code pages (KOI8's is 9A). */
const NBSP_BYTE = 0xa0;

/**
 * The symbols whose mojibake is the commonest on the web: Latin-1 symbols (C2 A1–BF:
 * "Â°" → "°", "Â©" → "©"), general punctuation, currency and letterlike symbols (E2
 * 80–85 xx: "â‚¬" → "€", "â„¢" → "™"). NBSP is not among them (see LEADS_LETTER_WITH_NBSP).
 */
const CLASSIC_SYMBOL = /^[\u00A1-\u00BF\u2010-\u2027\u2030-\u205E\u20A0-\u20C0\u2100-\u214F]$/u;

/**
 * Whether `text` is only two-byte sequences led by C2–C5 — or by Greek's CE/CF where they
 * show as "Î" and "Ï" — whose second character is no letter (but for Latin-1's ª µ º,
 * which stand among its symbols), digit or ASCII (see CLASSIC_PAIR_PRIOR_BITS): "the Î±
 * and Î² waves" → "the α and β waves", "Îµ = 0.1" → "ε = 0.1".
 */
function onlyClassicPairs(text: string, decoder: WrongDecoder): boolean {
  if (text.length === 0 || text.length % 2 !== 0) return false;
  for (let i = 0; i < text.length; i += 2) {
    const lead = decoder.bytesOf(text.charCodeAt(i));
    const second = text[i + 1]!;
    if (lead === undefined || second.charCodeAt(0) < 0x80 || (/[\p{L}\p{Nd}]/u.test(second) && !LATIN1_SYMBOL_LETTER.test(second))) return false;
    if ((lead < 0xc2 || lead > 0xc5) && !(GREEK_LEADS_AS_LATIN.includes(text[i]!) && (lead === 0xce || lead === 0xcf))) return false;
  }
  return true;
}

/** Greek's UTF-8 leads CE and CF as Windows-1252 and its kin show them. */
const GREEK_LEADS_AS_LATIN = "ÎÏ";

/**
 * How C2 and E2 read where no word ends on them: "Â" and "â" (the Windows-1252 family,
 * Latin-1, ISO-8859-2), "¬" and "‚" (MacRoman). Elsewhere they are letters that stand
 * alone before a symbol: Cyrillic "В" in «В», Greek "Β»", Latvian "Ā°".
 */
const CLASSIC_SYMBOL_LEADS = "Ââ¬‚";
/**
 * "×" and "÷" are C3 97 and C3 B7: "Ã—", "Ã·" in Windows-1252. Portuguese words end on
 * "Ã" ("IRMÃ—"), so only a lone "Ã" — after no letter — is taken for them ("5 Ã— 3").
 */
const MULTIPLICATION_OR_DIVISION = /^[×÷]$/;

/**
 * Whether `text` is one sequence led by C2 (two bytes) or E2 (three bytes) whose other
 * characters are no letter, digit or ASCII, repaired to one of the classic symbols: the
 * same shape as the classic pairs, and as sure — real text puts no symbol right after
 * "Â" or "â" ("20 Â°C" → "20 °C", "5 â‚¬" → "5 €").
 */
function isClassicSymbol(text: string, after: string, decoder: WrongDecoder, previous: string | undefined): boolean {
  if (MULTIPLICATION_OR_DIVISION.test(after) && text.length === 2 && decoder.bytesOf(text.charCodeAt(0)) === 0xc3) return !LETTER.test(previous ?? " ") && !/[\p{L}\p{N}]/u.test(text[1]!);
  if (!CLASSIC_SYMBOL.test(after) || (text.length !== 2 && text.length !== 3) || !CLASSIC_SYMBOL_LEADS.includes(text[0]!)) return false;
  const lead = decoder.bytesOf(text.charCodeAt(0));
  if (lead !== (text.length === 2 ? 0xc2 : 0xe2)) return false;
  for (let i = 1; i < text.length; i++) {
    if (text.charCodeAt(i) < 0x80 || /[\p{L}\p{Nd}]/u.test(text[i]!)) {
      // A modifier ("ˆ", 88 in Windows-1252) is no letter of a word; nor are the micro sign
      // and the ordinal indicators after "Â" ("10 Âµm" → "10 µm", "1Âº" → "1º").
      if (!/\p{Lm}/u.test(text[i]!) && !(text.length === 2 && LATIN1_SYMBOL_LETTER.test(text[i]!))) return false;
    }
  }
  return true;
}

/**
 * The prior for a span read as one character of three or four UTF-8 bytes ("ãƒ„" →
 * "ツ"): three characters of a single-byte code page that happen to spell a lead and two
 * continuation bytes, mostly symbols, are far rarer by chance than a pair, so less
 * evidence is needed.
 */
const LONG_SEQUENCE_PRIOR_BITS = 7;

/** Latin-1's letters among its symbols (A0–BF): the feminine and masculine ordinals and the micro sign. */
const LATIN1_SYMBOL_LETTER = /^[ªµº]$/;

function isOneLongSequence(before: string, after: string): boolean {
  if (/[\x00-\x7f]/.test(before) || [...after].length !== 1 || after.codePointAt(0)! < 0x800 || FORMAT_CHARACTER.test(after)) return false;
  // The lead reads as a Latin letter, and at most one continuation as a letter: in
  // Central European code pages continuations are letters too ("ášť" is E1 B9 BB, "ṻ"),
  // in Cyrillic ones the leads are lower-case letters ("её»" is E5 B8 BB).
  if (!LATIN_LETTER.test(before[0]!)) return false;
  let letters = 0;
  for (const ch of before.slice(1)) if (LETTER.test(ch)) letters++;
  return letters <= 1;
}
const LATIN_LETTER = /\p{Script=Latin}/u;
/** An invisible format character (a byte-order mark, a joiner) or a typographic space (hair, thin) is no evidence of text. */
const FORMAT_CHARACTER = /^[\p{Cf}\p{Z}]$/u;

/** The line with every span read as UTF-8 and its lost bytes left out ("ÐÐ¸ÐºÑ‚Ð¾" → "икто"). */
function readingWithoutLostBytes(line: string, found: readonly FoundSpan[]): string {
  return spansReadWithOffsets(line, found).text;
}

/**
 * The repairs `decoder` gives on `line`. The caller has screened the line first
 * (`decodersThatMayHoldUtf8`, the all-decoders form of `decoder.mayHoldUtf8`): where the
 * screen says no, this finds nothing, only later.
 */
export function repairsForUtf8ReadAs(line: string, decoder: WrongDecoder): Repair[] {
  const encodingPair = { encoding: "utf-8", readAs: decoder.name };
  const found = findSpans(line, decoder);
  if (found.length === 0) return [];
  // First the spans that lost nothing: sure or not at all. Each is judged with the
  // others already repaired ("Ã†rÃ¸skÃ¸bing": "Æ" reads right only beside "røskøbing").
  const lossless: Repair[] = [];
  let spansRead: string | undefined;
  let layerContext: SpansRead | undefined;
  for (const [index, { span, start, end }] of found.entries()) {
    if (span.slots > 0 || (isLessCommonDecoder(decoder.name) && wordEndThenPunctuation(line, start, end))) continue;
    let after = span.pieces.join("");
    if (decoder.doubleByte && commonHanziToHanzi(line.slice(start, end), after)) continue;
    after = deeperLayers(after, decoder, line.slice(Math.max(0, start - LAYER_CONTEXT_CHARS), start), line.slice(end, end + LAYER_CONTEXT_CHARS), () => neighboursAsRead((layerContext ??= spansReadWithOffsets(line, found)), index));
    // (A reading that breaks its word's case is correct text's own: word-case.ts.)
    // (Nor one that swallows the closer of a quote opened on the line: open-quote-closer.ts.)
    // (Nor one that swallows the only closer of a quote opened on the line, however long: quote-left-open.ts;
    // or the punctuation after a frequent word's last letters, leaving no word: word-tail-read-away.ts;
    // or a double-byte reading as a capital glued to a Latin word against its case: capital-against-case.ts;
    // or as letters of a third script glued to a Latin word: third-script-in-latin-word.ts;
    // or as a spacing modifier touching a letter: modifier-in-word.ts.)
    // (Nor a Latin letter and a symbol read as a lone letter of a script the line shows nowhere else, or as that script's punctuation: lone-letter-absent-script.ts;
    // nor three letters read as a lone CJK character glued to letters: letters-read-as-lone-cjk.ts.)
    if (onlyKnownCharacters(after) && marksHaveABase(after, line[start - 1]) && !breaksWordCase(line, start, end - start, after, !decoder.doubleByte) && !swallowsOpenQuotesCloser(line, start, end, after, found) && !leavesQuoteOpen(line, start, end, after, found) && !frequentWordTailReadAway(line, start, end, after, found, languageOfLine) && (decoder.doubleByte ? !capitalAgainstCase(line, start, end, after) && !thirdScriptInLatinWord(line, start, end, after, found) && !modifierInWord(line, start, end, after) : (!lettersReadAsModifier(line, start, end, after) && !wholeWordOfLineScript(line, start, end, after, found) && !loneLetterOfAbsentScript(line.slice(start, end), after, found.some((f) => f.end === start) ? undefined : line[start - 1], (spansRead ??= readingWithoutLostBytes(line, found))) && !punctuationOfAbsentScript(after, spansRead) && !lettersReadAsLoneCjk(line, start, end, after, spansRead)))) lossless.push({ start, end, after, gain: 0, guess: false, encodingPair });
  }
  const losslessFound = decoder.doubleByte ? [...lossless] : [];
  // Lone double-byte characters are believed only beside a letter of another script,
  // or in company: accented letters read as GBK sit inside words ("Kari艈拧"); a
  // hanzi on its own ("但" → "â") is Chinese.
  // (Or where a one-letter word of the line's language became the hanzi: lone-letter-word.ts.)
  // (So are one or two common hanzi on a line of genuine Chinese: "取代 多多" is no "取代 ¿¿", lone-cjk-words.ts.)
  const lostNothing = found.every((f) => f.span.slots === 0);
  // (On a line that lost nothing, a letter beside a hanzi glued to other hanzi proves the mistake only when the reading is a letter too: "最多max" is no "最¿max"; "芦Setiap" is "«Setiap".)
  // (Nor, for one or two common hanzi, when the line's other hanzi are genuine Chinese: "用户"%s"的SCRAM" is no "…ŪSCRAM".)
  const chineseAround = decoder.doubleByte && lossless.length > 0 && commonCjkOutside(line, lossless) >= CHINESE_AROUND_MIN;
  const shortWordsAlone = decoder.doubleByte && lostNothing && lossless.length > 0 && !lettersOfThirdScript(line);
  // (Or any short word between two common hanzi there: "封狼生貙貙生罴" is no "生،،生"; or one read as letters of a third script.)
  // (And a run of common hanzi of any length read as no Latin letter, where the Chinese
  // outside every span found, lossy ones too, is genuine: common-hanzi-run.ts.)
  const chineseOutsideAll = chineseAround && commonCjkOutside(line, found) >= CHINESE_AROUND_MIN;
  const shortWordOfChinese = (r: Repair) => fewCommonCjk(line.slice(r.start, r.end)) || shortWordBetweenCommonHanzi(line, r.start, r.end) || shortWordIntoThirdScript(line.slice(r.start, r.end), r.after) || (chineseOutsideAll && commonHanziRunIntoNoLatin(line.slice(r.start, r.end), r.after));
  const provenByLetter = (r: Repair) => besideForeignLetter(line, r.start, r.end) && (!lostNothing || HAS_LETTER.test(r.after) || !besideCjk(line, r.start, r.end)) && !(chineseAround && shortWordOfChinese(r));
  const loneAndUnproven = (r: Repair) => (charCount(line.slice(r.start, r.end)) === 1 || (chineseAround && shortWordOfChinese(r)) || (shortWordsAlone && shortCommonCjkWord(line, r.start, r.end))) && !provenByLetter(r) && !isMisreadLetterWord(line, r.start, r.end, r.after);
  if (decoder.doubleByte && lossless.every(loneAndUnproven)) {
    lossless.length = 0;
  }
  // (A line whose every lossless span is such a re-spelling — see below — keeps none of
  // them whatever they gain: no need to judge them.)
  // (Single-byte re-spellings set aside so are judged again beside guessed repairs: respellings-beside-guesses.ts.)
  const respellingsSetAside: Repair[] = [];
  if (lossless.every((r) => sameScriptLetters(line.slice(r.start, r.end), r.after))) {
    if (!decoder.doubleByte) respellingsSetAside.push(...lossless);
    lossless.length = 0;
  }
  const allRepaired = applyRepairs(line, lossless);
  const sure: Repair[] = [];
  let shift = 0;
  for (const r of lossless) {
    const at = r.start + shift;
    shift += r.after.length - (r.end - r.start);
    const before = line.slice(r.start, r.end);
    const classic = !decoder.doubleByte && ((onlyClassicPairs(before, decoder) && ONLY_LETTERS.test(r.after)) || isClassicSymbol(before, r.after, decoder, line[r.start - 1]));
    const long = !classic && !decoder.doubleByte && isOneLongSequence(before, r.after);
    const prior = classic ? CLASSIC_PAIR_PRIOR_BITS : long ? LONG_SEQUENCE_PRIOR_BITS : MOJIBAKE_PRIOR_BITS;
    const gain = gainOfRepairIn(allRepaired, at, at + r.after.length, before) - prior;
    if (gain > 0) sure.push(classic || long ? { ...r, gain, telltaleShape: true } : { ...r, gain });
  }
  // A re-spelling within one script ("пІ" → "ж" under KOI8-U, in correct Adyghe) is
  // believed only beside a repair that turns symbols into letters on the same line.
  const respellings = sure.filter((r) => sameScriptLetters(line.slice(r.start, r.end), r.after));
  if (respellings.length > 0 && respellings.length === sure.length) {
    if (!decoder.doubleByte) respellingsSetAside.push(...respellings);
    sure.length = 0;
  }
  if (sure.length === 1 && lettersSpellAStrayLetter(line, sure[0]!.start, sure[0]!.end, sure[0]!.after)) sure.length = 0;
  // (So does one whose lead character the line also writes where no lead can stand: "√π … √2" is math, lead-used-as-itself.ts.)
  if (sure.length === 1 && leadUsedAsItself(line, sure[0]!.start, decoder)) sure.length = 0;
  // A letter deleted before a symbol ("«В»" → "«»" under Windows-1251) needs a repair of another kind beside it.
  // (So does a letter whose reading deletes the punctuation after it: "ط·" → "ط".)
  if (sure.every((r) => deletesLoneLetter(line, r.start, r.end, r.after) || deletesPunctuationAfterLetter(line, r.start, r.end, r.after))) sure.length = 0;
  // Letters of the line's own alphabet read as one rare Latin letter need company too: "obzvlášť" is no "obzvlṻ" (rare-latin-reading.ts).
  if (!decoder.doubleByte && sure.length > 0 && sure.every((r) => ownLettersReadAsRareLatin(line, r.start, r.end, r.after))) sure.length = 0;
  // The company a lone double-byte character needs is a repair that is kept, not one
  // that was only looked at ("姜路, 孫 and Sons": 孫 is EUC-JP C2 B9, "¹").
  if (decoder.doubleByte && sure.every(loneAndUnproven)) sure.length = 0;
  // (And the letters the rest of a line the decoder reads whole proves, whatever they gain alone: rest-of-a-proven-line.ts.)
  if (!decoder.doubleByte) sure.push(...restOfAProvenLine(line, lossless, sure, lostNothing));
  // Then the spans with lost bytes, judged beside the sure repairs.
  const context = applyRepairs(line, sure);
  const guessed: Repair[] = [];
  const guessedSpans = new Map<Repair, Utf8Span>();
  // Walk the line once: where each span lands in `context`, and the quote state before it.
  let delta = 0;
  let sureIndex = 0;
  let quotesOpen = NO_OPEN_QUOTES;
  let scanned = 0;
  let lineReading: string | undefined;
  // A line whose only damage is stand-in runs has no other company to offer (stand-in-runs-only.ts).
  // (Or Python's "?" on a line of ASCII, proven inside a word: question-marks-only.ts.)
  const standInsOnly = decoder.doubleByte && (isStandInRunsOnly(line) || isQuestionMarksOnly(line));
  const turnedDown: FoundSpan[] = [];
  // (Spans no reading was found for, alone: emoji-before-lost-selector.ts may read two side by side.)
  const unread: FoundSpan[] = [];
  for (const spanFound of found) {
    const { span, start, end } = spanFound;
    if (span.slots === 0) continue;
    // (A lone halfwidth lead at a Latin word's end is judged on its own evidence: halfwidth-lead-in-latin-word.ts.)
    // (Where the line shows kana or CJK too, such a lead waits for another repair of the line as a weak one does.)
    const halfwidthShape = decoder.doubleByte && sure.length === 0 && isHalfwidthLeadShape(line, start, end, span);
    const halfwidthLead = halfwidthShape && isHalfwidthLeadInLatinWord(line, start, end, span);
    if (sure.length === 0 && !halfwidthShape && droppedAmongHalfwidthKatakana(line.slice(start, end), span)) continue;
    // A lone hanzi with a byte dropped without a trace, or standing as a "?", needs company, as a lone one read losslessly does (lone-cjk-words.ts).
    if (decoder.doubleByte && sure.length === 0 && loneHanziWithUnprovenLoss(line, start, end, span)) continue;
    // (So does a run of common hanzi with a byte dropped without a trace, on a line of genuine Chinese.)
    if (decoder.doubleByte && sure.length === 0 && commonHanziRunWithDroppedByte(line, start, end, span, found)) continue;
    // A capital named beside its small letter is no lead before a lost NBSP ("Ă and ă": named-letter.ts).
    if (sure.length === 0 && isLoneLeadBeforeLostNbsp(span) && namedLetter(line, start)) {
      turnedDown.push(spanFound);
      continue;
    }
    // A "?" where a question mark stands needs a sure repair beside it (question-mark-in-place.ts; double-byte
    // lines are judged by their hanzi: lone-cjk-words.ts).
    if (!decoder.doubleByte && sure.length === 0 && questionMarkInPlace(line, start, end, span)) {
      turnedDown.push(spanFound);
      continue;
    }
    // A character lost whole needs company: a sure repair, or a lost lead restored (judged after the loop).
    if (sure.length === 0 && isLostWhole(span) && !standInsOnly) {
      lostWholeWaiting.push({ span, start, end });
      continue;
    }
    // A lone lead byte needs company to be believed: under a double-byte decoder a guessed
    // repair is company too ("\x80 Ogni … \x80\x93 ad\x80" under EUC-KR: "• Ogni … – ad…").
    // (A lone "â" left of a dash or quote is judged on its own evidence below: lone-punctuation-lead.ts.)
    const weakAlone = isWeak(span) && sure.length === 0 && !standInsOnly && !halfwidthLead && !isEmojiLostWholeToReplacements(span, line.slice(start, end));
    const loneLead = isLonePunctuationLead(span);
    if (weakAlone && !loneLead) {
      if (decoder.doubleByte) lostWholeWaiting.push(spanFound);
      else turnedDown.push(spanFound);
      continue;
    }
    // In KOI8 the NBSP byte is 9A and the lead D0 is "п": a word ending in "п" before a
    // space is everyday Russian, so there a lone lead before a space needs company too.
    // (So do letters it only re-spells before such a space: "пёп мю" is no "УКмю", lone-cjk-words.ts.)
    if (sure.length === 0 && decoder.nbspByte !== NBSP_BYTE && (isLoneLeadBeforeLostNbsp(span) || respellingBeforeLostNbsp(line.slice(start, end), span))) continue;
    if (decoder.doubleByte && slotsOnlyHanzi(span) && commonHanziToHanzi(line.slice(start, end), "")) continue;
    while (sureIndex < sure.length && sure[sureIndex]!.end <= start) {
      const r = sure[sureIndex++]!;
      delta += r.after.length - (r.end - r.start);
    }
    const at = start + delta;
    quotesOpen = quotesOpenAfter(context.slice(scanned, at), quotesOpen);
    scanned = at;
    lineReading ??= readingWithoutLostBytes(line, found);
    // A weak lone lead stands only on its own evidence: when that can never be enough, its lost bytes need no choosing.
    if (weakAlone && lonePunctuationLeadNeverBelieved(span, context, at, end - start, lineReading, sure.length > 0)) continue;
    const [choosing, choosingAt] = neighboursRead(line, context, found, found.indexOf(spanFound), sure, guessed);
    let after = spanText(span, choosing, choosingAt, end - start, quotesOpen, lineReading);
    if (after === undefined) {
      if (!decoder.doubleByte) unread.push(spanFound);
      continue;
    }
    // (Nor one that swallows the only closer of a quote opened on the line: quote-left-open.ts;
    // nor a double-byte one into letters of a third script glued to a Latin word: third-script-in-latin-word.ts.)
    // (Nor letters read as a lone CJK character glued to letters: letters-read-as-lone-cjk.ts.)
    if ((halfwidthLead && !restoresLatinLetter(after)) || breaksWordCase(context, at, end - start, after, !decoder.doubleByte) || leavesQuoteOpen(line, start, end, after, found) || (decoder.doubleByte ? thirdScriptInLatinWord(line, start, end, after, found) : lettersReadAsLoneCjk(line, start, end, after, lineReading))) {
      turnedDown.push(spanFound);
      continue;
    }
    after = quoteAroundOneWord(after, span, context, at, end - start);
    // Where a sure repair already proved this mistake on the line, a span with lost bytes
    // pays the prior for its guesses only ("prĆvo" beside "voÄ¾nosÅ": "právo").
    const standsAlone = sure.length === 0 && isLoneLeadBeforeLostNbsp(span) && capitalAloneMidSentence(line, start, end);
    const prior = sure.length > 0 ? PROVEN_MISTAKE_PRIOR_BITS : standsAlone ? CLASSIC_PAIR_PRIOR_BITS : MOJIBAKE_PRIOR_BITS;
    const lone = loneLead ? lonePunctuationLeadGain(span, after, context, at, end - start, lineReading, sure.length > 0) : undefined;
    if (lone === undefined && weakAlone) continue;
    // (On a proven line, a lone lead letter the line's language does not write is judged in that language: lead-letter-unwritten.ts.)
    const unwritten = sure.length > 0 && !decoder.doubleByte && leadStartsAnotherSpan(line, found, start) ? unwrittenLeadGain(span, after, context, at, end - start, languageOfLine(lineReading)) : undefined;
    // (A lone "?" glued to a letter: the browser's stand-in, scored as the U+FFFD it stands for, or a real question mark: browser-question-marks.ts.)
    const verdict = loneQuestionMarkVerdict(context, at, end - start, after, sure.length > 0);
    if (verdict === "question") {
      turnedDown.push(spanFound);
      continue;
    }
    const scored = verdict === "stand-in" ? context.slice(0, at) + "\ufffd".repeat(end - start) + context.slice(at + (end - start)) : context;
    const gain = Math.max(lone ?? 0, unwritten ?? 0, plausibilityGain(scored, at, at + (end - start), after) - prior - span.slots * LOST_BYTE_PRIOR_BITS);
    if (gain <= 0 && !isLostEmojiSpan(span.pieces)) {
      // A character lost whole whose neighbours are still broken is judged again beside them restored.
      if (isLostWhole(span)) lostWholeWaiting.push(spanFound);
      else turnedDown.push(spanFound);
      continue;
    }
    guessed.push(lone === undefined && !standsAlone ? { start, end, after, gain, guess: true, encodingPair } : { start, end, after, gain, guess: true, encodingPair, telltaleShape: true });
    if (span.pieces.some((p) => typeof p !== "string" && p.lostLead)) guessedLostLeads.set(guessed[guessed.length - 1]!, span);
    guessedSpans.set(guessed[guessed.length - 1]!, span);
    // A quote restored here opens or closes for the slots after it.
    quotesOpen = quotesOpenAfter(after, quotesOpen);
    scanned = at + (end - start);
  }
  const repairs = [...sure, ...guessed].sort((a, b) => a.start - b.start);
  // An emoji and its presentation selector that each lost a byte, side by side (emoji-before-lost-selector.ts).
  if (turnedDown.length + unread.length > 0 && !decoder.doubleByte) {
    const { repairs: emojiPairs, used } = emojiBeforeLostSelector([...turnedDown, ...unread].sort((a, b) => a.start - b.start), encodingPair);
    if (emojiPairs.length > 0) repairs.push(...emojiPairs), repairs.sort((a, b) => a.start - b.start), turnedDown.splice(0, turnedDown.length, ...turnedDown.filter((t) => !used.has(t)));
  }
  // Spans turned down while their neighbours were broken, read again beside the repairs (rejudged-beside-repairs.ts).
  // (Lone leads with none beside them may be each other's company first.)
  if (turnedDown.length > 0 && !decoder.doubleByte && decoderMadeLine(line, decoder)) {
    if (repairs.length === 0) repairs.push(...loneLeadsInCompany(line, turnedDown, spanText, MOJIBAKE_PRIOR_BITS, encodingPair));
    if (repairs.length > 0) repairs.push(...rejudgedBesideRepairs(line, repairs, turnedDown, spanText, PROVEN_MISTAKE_PRIOR_BITS, encodingPair)), repairs.sort((a, b) => a.start - b.start);
    // (Broken letters of one word that none of them alone restores, together: broken-letters-of-one-word.ts.)
    if (repairs.length > 0) repairs.push(...brokenLettersOfOneWord(line, repairs, turnedDown, spanText, PROVEN_MISTAKE_PRIOR_BITS, encodingPair)), repairs.sort((a, b) => a.start - b.start);
  }
  if (lostWholeWaiting.length > 0) {
    if (guessedLostLeads.size > 0 || guessed.length > 0) repairs.push(...lostWholeBesideLostLeads(line, repairs, encodingPair));
    lostWholeWaiting.length = 0;
    repairs.sort((a, b) => a.start - b.start);
  }
  const besideGuesses = losslessBesideGuesses(line, losslessFound, repairs);
  if (besideGuesses.length > 0) repairs.push(...besideGuesses), repairs.sort((a, b) => a.start - b.start);
  const respelledBeside = respellingsBesideGuesses(line, respellingsSetAside, repairs);
  if (respelledBeside.length > 0) repairs.push(...respelledBeside), repairs.sort((a, b) => a.start - b.start);
  const reread = guessedLostLeads.size > 0 ? rereadLostLeads(line, repairs, guessedLostLeads) : repairs;
  // Words of Python's lost letters filled as frequent words, across spans (python-word-fills.ts).
  const spansByStart = new Map([...guessedSpans].map(([r, span]) => [r.start, span]));
  for (const [start, span] of lostWholeSpans) spansByStart.set(start, span);
  lostWholeSpans.clear();
  let filled: readonly Repair[] = spansByStart.size > 0 ? [...frequentWordFills(line, reread, spansByStart, languageOfLine)] : reread;
  // Letters the decoder dropped whole, without a trace, put back where they make frequent words (whole-letters-dropped.ts).
  if (decoder.doubleByte) filled = withWholeLettersDropped(line, filled, decoder.wholeCharacterLosses, languageOfLine);
  // Restored opening quotes matched to their closers on the restored line (quote-partners.ts);
  // a lone "Â" left of an inner layer's control taken in by the repairs before it (lost-inner-control.ts).
  return withLostInnerControls(line, pairRestoredOpeners(line, filled, guessedSpans), decoder);
}

/**
 * Whether the span is a capital standing alone as a word between lower-case words, its
 * NBSP byte become the space after it: the shape of "à" read as Windows-1252 ("vais Ã
 * Paris", "Vou Ã praia"), as telling as the classic pairs — no language writes a capital
 * alone in mid-sentence (Swedish "å" is small there).
 */
function capitalAloneMidSentence(line: string, start: number, end: number): boolean {
  return end - start === 2 && line[start - 1] === " " && LOWER_LETTER.test(line[start - 2] ?? "") && UPPER_LETTER.test(line[start]!) && LETTER.test(line[end] ?? "");
}

const LOWER_LETTER = /^\p{Ll}$/u;
const UPPER_LETTER = /^\p{Lu}$/u;

/**
 * The line a span's lost letters are chosen in, and where the span starts in it: the
 * sure repairs made, the spans with lost bytes before it as they were restored, those
 * after it read without their lost bytes — letters, not the junk they still show
 * ("Καλημέ◆α ◆ας": the first word is chosen beside "ας", not beside "ĎÎ±Ď‚").
 * (Whether a span is repaired is judged in the line with the sure repairs only.)
 */
function neighboursRead(line: string, context: string, found: readonly FoundSpan[], index: number, sure: readonly Repair[], guessed: readonly Repair[]): [string, number] {
  // Only the spans near it count (the letters are read within LETTER_CONTEXT_CHARS), and
  // only so much of the line around them, so a long line costs no more per span.
  const first = found[Math.max(0, index - NEIGHBOUR_SPANS)]!;
  const last = found[Math.min(found.length - 1, index + NEIGHBOUR_SPANS)]!;
  const [ws, we] = [first.start, last.end];
  const { start } = found[index]!;
  const inWindow = (r: { start: number; end: number }) => r.start >= ws && r.end <= we;
  const later = found
    .slice(index + 1, index + NEIGHBOUR_SPANS + 1)
    .filter((f) => f.span.slots > 0)
    .map((f) => ({ start: f.start, end: f.end, after: f.span.pieces.filter((p) => typeof p === "string").join("") }));
  const near = [...sure.filter(inWindow), ...guessed.filter(inWindow), ...later].sort((a, b) => a.start - b.start);
  // Where the window starts and ends in `context` (which has the sure repairs made).
  const shiftBefore = (x: number) => sure.reduce((d, r) => (r.end <= x ? d + r.after.length - (r.end - r.start) : d), 0);
  let at = start - ws;
  for (const r of near) if (r.end <= start) at += r.after.length - (r.end - r.start);
  const window = applyRepairs(line.slice(ws, we), near.map((r) => ({ start: r.start - ws, end: r.end - ws, after: r.after }) as Repair));
  const headEnd = ws + shiftBefore(ws);
  const tailStart = we + shiftBefore(we);
  const head = context.slice(Math.max(0, headEnd - NEIGHBOUR_CONTEXT_CHARS), headEnd);
  return [head + window + context.slice(tailStart, tailStart + NEIGHBOUR_CONTEXT_CHARS), head.length + at];
}

/**
 * Characters of the line kept on each side of that window: far more than any choice
 * reads (words, case, the next closing quote), and a fresh string per span stays short.
 */
const NEIGHBOUR_CONTEXT_CHARS = 400;

/** Spans on each side of one whose restored or partly read letters are shown when its lost letters are chosen. */
const NEIGHBOUR_SPANS = 8;

/** Whether `span` holds a character lost whole (lead and continuation: lost-lead.ts `wholeCharacterSlotAt`). */
const isLostWhole = (span: Utf8Span) => span.pieces.some((p) => typeof p !== "string" && p.lostLead && p.survivors.length === 0);

/** Spans of characters lost whole on a line with no sure repair, waiting for a restored lost lead as company. */
const lostWholeWaiting: FoundSpan[] = [];

/** The waiting spans, each judged beside the line's repairs ("‘E" under Big5 is company for the "’" at the end). */
function lostWholeBesideLostLeads(line: string, repairs: readonly Repair[], encodingPair: Repair["encodingPair"]): Repair[] {
  const out: Repair[] = [];
  // In line order, each beside those restored before it (a quote closes what one opened).
  for (const { span, start, end } of lostWholeWaiting) {
    const done = [...repairs, ...out].sort((a, b) => a.start - b.start);
    const context = applyRepairs(line, done);
    const lineReading = context;
    let at = start;
    for (const r of done) if (r.end <= start) at += r.after.length - (r.end - r.start);
    const after = spanText(span, context, at, end - start, quotesOpenAfter(context.slice(0, at), NO_OPEN_QUOTES), lineReading);
    if (after === undefined) continue;
    // (A lone halfwidth lead is only ever a Latin letter: halfwidth-lead-in-latin-word.ts.)
    if (isHalfwidthLeadShape(line, start, end, span) && !restoresLatinLetter(after)) continue;
    const gain = plausibilityGain(context, at, at + (end - start), after) - MOJIBAKE_PRIOR_BITS - span.slots * LOST_BYTE_PRIOR_BITS;
    if (gain > 0) out.push({ start, end, after, gain, guess: true, encodingPair }), lostWholeSpans.set(start, span);
  }
  return out;
}

/** The spans `lostWholeBesideLostLeads` restored, by start (read again by python-word-fills.ts). */
const lostWholeSpans = new Map<number, Utf8Span>();

/** The guessed spans holding a lost lead byte, by their repair (see `rereadLostLeads`). */
const guessedLostLeads = new Map<Repair, Utf8Span>();

/**
 * Lost lead bytes chosen once more, each span beside every other repair of the line:
 * when most letters of a line lost their lead (Cyrillic read as EUC-KR: "◆\x81棘勻◆\x96"),
 * the first reading saw its neighbours still broken, and the line's language from what
 * was left of it ("має", not "маД", once the words around it read as Ukrainian).
 */
function rereadLostLeads(line: string, repairs: Repair[], spans: Map<Repair, Utf8Span>): Repair[] {
  try {
    const lineReading = applyRepairs(line, repairs);
    return repairs.map((r) => {
      const span = spans.get(r);
      if (!span) return r;
      const others = repairs.filter((o) => o !== r);
      const context = applyRepairs(line, others);
      let at = r.start;
      for (const o of others) if (o.end <= r.start) at += o.after.length - (o.end - o.start);
      const quotesOpen = quotesOpenAfter(context.slice(0, at), NO_OPEN_QUOTES);
      const after = spanText(span, context, at, r.end - r.start, quotesOpen, lineReading);
      if (after === undefined || after === r.after) return r;
      const gain = plausibilityGain(context, at, at + (r.end - r.start), after) - MOJIBAKE_PRIOR_BITS - span.slots * LOST_BYTE_PRIOR_BITS;
      return gain > 0 ? { ...r, after, gain } : r;
    });
  } finally {
    spans.clear();
  }
}
