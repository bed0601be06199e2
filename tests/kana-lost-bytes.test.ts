/**
 * Kana whose middle byte a Windows-125x decoder lost (83 of katakana E3 83 xx, undefined
 * in Windows-1250): the prolonged sound mark "ー" is a candidate among the kana
 * (long-vowel-mark.ts), and a lost kana is of the script of the kana beside it,
 * weighed for slots side by side together (kana-script-runs.ts). Sentences are our own;
 * inputs are made with iconv-lite's strict tables, each lost byte shown as U+FFFD, "?"
 * or nothing.
 */
import { describe, it } from "vitest";
import { expectRestored, readAsStrict } from "./helpers/lost-bytes.js";

const RESTORED: { name: string; clean: string; encoding: string }[] = [
  { name: "a run of katakana with their middle bytes lost, not hiragana (\"コびごづぼタぼ\")", clean: "新しいコンピューターを買いました。", encoding: "windows-1250" },
  { name: "the prolonged sound mark after a katakana, not \"ぼ\" (E3 81 BC)", clean: "キーを押してください。", encoding: "windows-1250" },
];

describe("kana with a lost middle byte", () => {
  for (const mark of ["\ufffd", "?", ""]) {
    it.each(RESTORED)(`restores $name (lost bytes shown as ${JSON.stringify(mark)})`, ({ clean, encoding }) => {
      expectRestored(readAsStrict(clean, encoding, mark), clean);
    });
  }
});
