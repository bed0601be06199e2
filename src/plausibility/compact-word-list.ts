/**
 * A ranked word list kept compact: the distinct words sorted (by UTF-16 code unit) in
 * one string, with an Int32Array of where each starts and one of its rank, looked up by
 * binary search without allocating. It answers what a Map<word, rank> would, in about a
 * fifth of the memory (each of the ~40 frequent-word lists of frequent-words.ts took
 * ~0.75 MB as a Map, and every repair thread holds them all).
 * Example: `CompactWordList.fromRankOrder(["the", "of", "and"]).rankOf("of")` → 2,
 * `.rankOf("or")` → undefined.
 */
export class CompactWordList {
  private constructor(
    /** The sorted words, each followed by a line feed (no word holds one). */
    private readonly joined: string,
    /** Where word i of the sorted order starts in `joined`; one more entry: joined.length. */
    private readonly starts: Int32Array,
    /** The rank of word i of the sorted order (1 = most frequent): 16 bits while the list is that short. */
    private readonly ranks: Uint16Array | Int32Array,
  ) {}

  /** The list from its words, most frequent first: a word's rank is its place among the first occurrences of non-empty words. */
  static fromRankOrder(words: readonly string[]): CompactWordList {
    const rankOf = new Map<string, number>();
    for (const word of words) if (word.length > 0 && !word.includes("\n") && !rankOf.has(word)) rankOf.set(word, rankOf.size + 1);
    // (Default sort compares UTF-16 code units, as rankOf's search does.)
    const sorted = [...rankOf.keys()].sort();
    const starts = new Int32Array(sorted.length + 1);
    const ranks = sorted.length < 0x10000 ? new Uint16Array(sorted.length) : new Int32Array(sorted.length);
    let at = 0;
    sorted.forEach((word, i) => {
      starts[i] = at;
      ranks[i] = rankOf.get(word)!;
      at += word.length + 1;
    });
    starts[sorted.length] = at;
    const joined = sorted.length === 0 ? "" : `${sorted.join("\n")}\n`;
    return new CompactWordList(joined, starts, ranks);
  }

  /** How many distinct words the list holds. */
  get size(): number {
    return this.ranks.length;
  }

  /** The rank of `word` (1 = most frequent), or undefined when it is not on the list. */
  rankOf(word: string): number | undefined {
    let low = 0;
    let high = this.ranks.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const order = this.compareWith(word, middle);
      if (order === 0) return this.ranks[middle];
      if (order < 0) high = middle - 1;
      else low = middle + 1;
    }
    return undefined;
  }

  /** How many words of the list hold `part`. */
  countContaining(part: string): number {
    let count = 0;
    for (let i = 0; i < this.ranks.length; i++) if (this.wordAt(i).includes(part)) count++;
    return count;
  }

  /** Every word, most frequent first. */
  inRankOrder(): string[] {
    const out = new Array<string>(this.ranks.length);
    for (let i = 0; i < this.ranks.length; i++) out[this.ranks[i]! - 1] = this.wordAt(i);
    return out;
  }

  private wordAt(index: number): string {
    return this.joined.slice(this.starts[index]!, this.starts[index + 1]! - 1);
  }

  /** `word` against word `index` of the sorted order: negative when it sorts before, 0 when equal. */
  private compareWith(word: string, index: number): number {
    const from = this.starts[index]!;
    const length = this.starts[index + 1]! - 1 - from;
    const common = Math.min(word.length, length);
    for (let k = 0; k < common; k++) {
      const difference = word.charCodeAt(k) - this.joined.charCodeAt(from + k);
      if (difference !== 0) return difference;
    }
    return word.length - length;
  }
}
