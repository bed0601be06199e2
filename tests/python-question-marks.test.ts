/**
 * Python's strict Big5, EUC-KR and EUC-JP with their U+FFFD shown as "?" (one per byte
 * they cannot pair): on a line that shows the same mistake losslessly (a two-byte letter
 * read as one of the decoder's characters beside an ASCII letter), the "?" runs are read
 * as the stand-ins they are (src/repair/mojibake/python-question-marks.ts). Inputs were
 * made with CPython 3: `text.encode("utf-8").decode(enc, errors="replace").replace("\ufffd", "?")`.
 */
import { describe, expect, it } from "vitest";
import { fixText } from "../src/index.js";

const RESTORED: { name: string; broken: string; clean: string }[] = [
  { name: "EUC-KR: Finnish, a quote pair", broken: "Ket채채n ei saa pakottaa ???mihink채채n??? yhdistykseen.", clean: "Ketään ei saa pakottaa “mihinkään” yhdistykseen." },
  { name: "Big5: the same", broken: "Ket瓣瓣n ei saa pakottaa ???mihink瓣瓣n??? yhdistykseen.", clean: "Ketään ei saa pakottaa “mihinkään” yhdistykseen." },
  { name: "EUC-JP: the same", broken: "Ket辰辰n ei saa pakottaa ???mihink辰辰n??? yhdistykseen.", clean: "Ketään ei saa pakottaa “mihinkään” yhdistykseen." },
  { name: "EUC-KR: Polish, quotes and ś, ł lost whole", broken: "Ka탉dy ma prawo do ???wolno??ci??? i w??asno??ci.", clean: "Każdy ma prawo do “wolności” i własności." },
  { name: "EUC-JP: Polish, the same", broken: "Ka甜dy ma prawo do ???wolno??ci??? i w??asno??ci.", clean: "Każdy ma prawo do “wolności” i własności." },
  { name: "EUC-KR: Danish, guillemets glued to words are the proof", broken: "짬Alle har ret til ???dette??? og mere쨩", clean: "«Alle har ret til “dette” og mere»" },
  { name: "EUC-KR: Italian, a one-letter word between ASCII words is the proof", broken: "La volont?? popolare 챔 il fondamento dell'autorit?? del governo;", clean: "La volontà popolare è il fondamento dell'autorità del governo;" },
  { name: "EUC-KR: Macedonian, rows of \"??\" splitting words (no ASCII letter to prove it beside)", broken: "鬼筠克棘?? \uf908劇逵 極??逵勻棘 戟逵 ??剋棘閨棘畇逵 戟逵 劇\uf908??戟\uf908 ??棘閨\uf908??\uf908.", clean: "Секој има право на слобода на мирни собири." },
  { name: "EUC-JP: Russian, the same", broken: "??舒亢亟??亶 ??亠仍仂于亠从 亳仄亠亠?? 仗??舒于仂 仆舒 仂弍??亠????于仂.", clean: "Каждый человек имеет право на общество." },
];

describe("Python's \"?\" stand-ins on a line that proves the mistake", () => {
  for (const { name, broken, clean } of RESTORED) it(name, () => expect(fixText(broken, { repairOnly: true })).toBe(clean));
});

const UNCHANGED = [
  "Café? Naïve??? Really??",
  "Pourquoi été??? Non, jamais?? Bon.",
  "뭐라고??? 정말?? 그래.",
  "Что??? Правда?? Да.",
  "本当??? そうですか??",
  "Ελλάδα??? Ναι??",
  "Файл ab??cd и ef??gh.",
  "Что?? Да?? Нет??",
  // A Hangul syllable standing alone between ASCII words, but no "?" glued to anything.
  "Press 책 now?? Yes.",
];

describe("real question marks stay", () => {
  for (const text of UNCHANGED) it(text, () => expect(fixText(text, { repairOnly: true })).toBe(text));
});
