/**
 * A ranked word list kept compact: the distinct words in rank order in one string, with
 * an Int32Array of where each starts and an open-addressing hash table of word indexes
 * (twice as many slots as words), looked up by hashing the word's UTF-16 units, without
 * allocating. It answers what a Map<word, rank> would, in about a fifth of the memory
 * (each of the ~40 frequent-word lists of frequent-words.ts took ~0.75 MB as a Map, and
 * every repair thread holds them all); built without sorting (reading every list on
 * first use was a third of a second) and looked up in one or two comparisons.
 * Example: `CompactWordList.fromRankOrder(["the", "of", "and"]).rankOf("of")` → 2,
 * `.rankOf("or")` → undefined.
 */
export class CompactWordList {
  private constructor(
    /** The words in rank order, each followed by a line feed (no word holds one). */
    private readonly joined: string,
    /** Where the word of rank i + 1 starts in `joined`; one more entry: joined.length. */
    private readonly starts: Int32Array,
    /** Open addressing, a power of two long: a word's index (rank - 1) at its hash or after it, -1 for an empty slot. */
    private readonly slots: Int32Array,
  ) {}

  /** The list from its words, most frequent first: a word's rank is its place among the first occurrences of non-empty words. */
  static fromRankOrder(words: readonly string[]): CompactWordList {
    let capacity = 2;
    while (capacity < words.length * 2) capacity *= 2;
    const slots = new Int32Array(capacity).fill(-1);
    const mask = capacity - 1;
    const kept: string[] = [];
    for (const word of words) {
      if (word.length === 0 || word.includes("\n")) continue;
      let slot = wordHash(word) & mask;
      let known = false;
      for (let index = slots[slot]!; index >= 0; slot = (slot + 1) & mask, index = slots[slot]!) {
        if (kept[index] === word) {
          known = true;
          break;
        }
      }
      if (known) continue;
      slots[slot] = kept.length;
      kept.push(word);
    }
    const starts = new Int32Array(kept.length + 1);
    let at = 0;
    kept.forEach((word, i) => {
      starts[i] = at;
      at += word.length + 1;
    });
    starts[kept.length] = at;
    const joined = kept.length === 0 ? "" : `${kept.join("\n")}\n`;
    return new CompactWordList(joined, starts, slots);
  }

  /** How many distinct words the list holds. */
  get size(): number {
    return this.starts.length - 1;
  }

  /** The rank of `word` (1 = most frequent), or undefined when it is not on the list. */
  rankOf(word: string): number | undefined {
    return this.rankOfHashed(word, wordHash(word));
  }

  /** `rankOf(word)`, its hash (`wordHash(word)`) given: one word looked up in many lists is hashed once. */
  rankOfHashed(word: string, hash: number): number | undefined {
    const { slots } = this;
    const mask = slots.length - 1;
    for (let slot = hash & mask, index = slots[slot]!; index >= 0; slot = (slot + 1) & mask, index = slots[slot]!) {
      if (this.holdsAt(word, index)) return index + 1;
    }
    return undefined;
  }

  /** How many words of the list hold `part`. */
  countContaining(part: string): number {
    let count = 0;
    for (let i = 0; i < this.size; i++) if (this.wordAt(i).includes(part)) count++;
    return count;
  }

  /** Every word, most frequent first. */
  inRankOrder(): string[] {
    const out = new Array<string>(this.size);
    for (let i = 0; i < this.size; i++) out[i] = this.wordAt(i);
    return out;
  }

  private wordAt(index: number): string {
    return this.joined.slice(this.starts[index]!, this.starts[index + 1]! - 1);
  }

  /** Whether word `index` (rank order) is `word`. */
  private holdsAt(word: string, index: number): boolean {
    const from = this.starts[index]!;
    if (this.starts[index + 1]! - 1 - from !== word.length) return false;
    for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== this.joined.charCodeAt(from + k)) return false;
    return true;
  }
}

/** FNV-1a over a word's UTF-16 units (32 bits). */
export function wordHash(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
