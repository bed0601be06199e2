/**
 * Runs of Python's stand-ins (src/repair/mojibake/python-stand-in-runs.ts): with
 * `errors="replace"`, Python's strict Big5, EUC-KR and EUC-JP lose a two-byte letter whose
 * continuation is 80–A0 as exactly two U+FFFD, so four beside a letter are two letters,
 * and a line with no lost quote still shows the decoder by its rows of two inside words.
 * Inputs were made with CPython 3: `text.encode("utf-8").decode(enc, errors="replace")`.
 */
import { describe, expect, it } from "vitest";
import { fixText } from "../src/index.js";

const RESTORED: { encoding: string; broken: string; clean: string }[] = [
  { encoding: "euc_kr", broken: "\ufffd\ufffd逵菌畇\ufffd\ufffd橘 \ufffd\ufffd筠剋棘勻筠克 龜劇筠筠\ufffd\ufffd 極\ufffd\ufffd逵勻棘 戟逵 棘閨\ufffd\ufffd筠\ufffd\ufffd\ufffd\ufffd勻棘.", clean: "Каждый человек имеет право на общество." },
  { encoding: "euc_jp", broken: "\ufffd\ufffd舒亢亟\ufffd\ufffd亶 \ufffd\ufffd亠仍仂于亠从 亳仄亠亠\ufffd\ufffd 仗\ufffd\ufffd舒于仂 仆舒 仂弍\ufffd\ufffd亠\ufffd\ufffd\ufffd\ufffd于仂.", clean: "Каждый человек имеет право на общество." },
  { encoding: "big5", broken: "\ufffd\ufffd訄迠迡\ufffd\ufffd邿 \ufffd\ufffd迮郅郋赲迮郕 邽邾迮迮\ufffd\ufffd 郈\ufffd\ufffd訄赲郋 郇訄 郋訇\ufffd\ufffd迮\ufffd\ufffd\ufffd\ufffd赲郋.", clean: "Каждый человек имеет право на общество." },
  { encoding: "euc_kr", broken: "H\ufffd\ufffdr bir \ufffd\ufffd\ufffd\ufffdxs 철z 철lk\ufffd\ufffdsind\ufffd\ufffd ya\ufffd\ufffday캇r.", clean: "Hər bir şəxs öz ölkəsində yaşayır." },
  { encoding: "euc_jp", broken: "H\ufffd\ufffdr bir \ufffd\ufffd\ufffd\ufffdxs 旦z 旦lk\ufffd\ufffdsind\ufffd\ufffd ya\ufffd\ufffday脹r.", clean: "Hər bir şəxs öz ölkəsində yaşayır." },
  { encoding: "big5", broken: "H\ufffd\ufffdr bir \ufffd\ufffd\ufffd\ufffdxs 繹z 繹lk\ufffd\ufffdsind\ufffd\ufffd ya\ufffd\ufffday覺r.", clean: "Hər bir şəxs öz ölkəsində yaşayır." },
  { encoding: "euc_kr", broken: "Ka탉dy cz\ufffd\ufffdowiek ma prawo do w\ufffd\ufffdasno\ufffd\ufffdci.", clean: "Każdy człowiek ma prawo do własności." },
  { encoding: "euc_jp", broken: "Ka甜dy cz\ufffd\ufffdowiek ma prawo do w\ufffd\ufffdasno\ufffd\ufffdci.", clean: "Każdy człowiek ma prawo do własności." },
  { encoding: "big5", broken: "Ka髒dy cz\ufffd\ufffdowiek ma prawo do w\ufffd\ufffdasno\ufffd\ufffdci.", clean: "Każdy człowiek ma prawo do własności." },
  { encoding: "euc_kr", broken: "To\ufffd\ufffdi oamenii sunt egali \ufffd\ufffdi liberi.", clean: "Toți oamenii sunt egali și liberi." },
  // A one-letter word lost whole, beside a letter that survived (no row of three: EUC-KR loses no punctuation as two, one-letter-word.ts).
  { encoding: "euc_kr", broken: "Toute personne a droit \ufffd\ufffd ce que r챔gne", clean: "Toute personne a droit à ce que règne" },
  { encoding: "euc_kr", broken: "Todo o indiv챠duo tem direito \ufffd\ufffd liberdade de opini찾o e de express찾o, o", clean: "Todo o indivíduo tem direito à liberdade de opinião e de expressão, o" },
  // One row is enough where more of the line follows it (MIN_LETTER_ROWS_BEFORE_MORE).
  { encoding: "euc_kr", broken: "Questi diritti e queste libert\ufffd\ufffd non sono", clean: "Questi diritti e queste libertà non sono" },
  { encoding: "big5", broken: "Matka i dziecko maj\ufffd\ufffd prawo do opieki.", clean: "Matka i dziecko mają prawo do opieki." },
  { encoding: "euc_jp", broken: "Wi\ufffd\ufffdcej informacji o Bluetooth.", clean: "Więcej informacji o Bluetooth." },
];

describe("letters lost whole behind two stand-ins each", () => {
  for (const { encoding, broken, clean } of RESTORED) it(`${encoding}: ${clean}`, () => expect(fixText(broken, { repairOnly: true })).toBe(clean));
});

const UNCHANGED = [
  "One \ufffd\ufffd pair in clean text tells nothing.",
  "Lone \ufffd marks \ufffd here and \ufffd\ufffd there.",
  "Werte \ufffd\ufffd\ufffd\ufffd wurden ersetzt.",
  "Le fichier contient \ufffd\ufffd et \ufffd\ufffd\ufffd\ufffd sans plus.",
  // One row at the line's end: as often the browsers' Big5 losing an ellipsis or a closing quote.
  "Het recht omvat de vrijheid hetzij\ufffd\ufffd",
];

/** An Arabic line: its lost letters are Arabic, never the Hebrew ones the letter models group with them (each a guess; "الحق" and "الحياة" read whole again). */
it("euc_kr: Arabic letters lost whole are Arabic", () => {
  const out = fixText("\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd 娩漠巒 碼\ufffd\ufffd幕\ufffd\ufffd \ufffd\ufffd\ufffd\ufffd 碼\ufffd\ufffd幕\ufffd\ufffd碼馬 \ufffd\ufffd碼\ufffd\ufffd幕邈\ufffd\ufffd馬 \ufffd\ufffd卍\ufffd\ufffd碼\ufffd\ufffd馬 娩漠巒\ufffd\ufffd.", { repairOnly: true });
  expect(out).toContain("الحق");
  expect(out).toContain("الحياة والحرية");
  expect(out).not.toMatch(/\p{Script=Hebrew}/u);
});

/**
 * A letter the line's language does not write is no restoration (python-letter-unwritten.ts):
 * Spanish "área" written decomposed (a, U+0301) lost its mark, and of the letters Python's
 * EUC-KR loses whole none is Spanish ("ə" read best among them); the accent is what is left.
 */
it("euc_kr: no letter of another alphabet for a Spanish word's lost mark", () => {
  expect(fixText("Mover la ventana al a\ufffd\ufffdrea de trabajo 1", { repairOnly: true })).toBe("Mover la ventana al a\u0301rea de trabajo 1");
});

/** An accent of decomposed text lost whole is read as the letter it makes (decomposed-mark-as-letter.ts); Spanish writes none of the composed letters lost so. */
it("euc_kr: a decomposed accent lost whole comes back decomposed", () => {
  const broken = "Puede cambiar co\ufffd\ufffdmo se ordenara\ufffd\ufffdn los archivos y carpetas de manera predeterminada.";
  expect(fixText(broken, { repairOnly: true })).toBe("Puede cambiar co\u0301mo se ordenara\u0301n los archivos y carpetas de manera predeterminada.");
});

describe("stand-ins that prove nothing stay", () => {
  for (const text of UNCHANGED) it(text, () => expect(fixText(text, { repairOnly: true })).toBe(text));
});
