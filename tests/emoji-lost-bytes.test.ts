/**
 * Emoji that lost two or three of their bytes to a single-byte code page (emoji-lost-bytes.ts):
 * what the surviving bytes and the emoji around them pin down is restored, several
 * equally possible emoji leave one U+FFFD for the whole emoji, and clean text with
 * emoji and symbols stays as it is.
 */
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { explainText, fixText } from "../src/index.js";
import { expectRestored } from "./helpers/lost-bytes.js";

/** `text`'s UTF-8 bytes read by a strict decoder of `encoding`: each undefined byte and C1 control lost, shown as U+FFFD. */
function readStrict(text: string, encoding: string): string {
  return iconv.decode(Buffer.from(text, "utf8"), encoding).replace(/[\u0080-\u009f]/g, "\ufffd");
}

const RESTORED: { name: string; encoding: string; clean: string }[] = [
  { name: "a family (ZWJ sequence) whose 9F and third bytes Latin-1 lost: only one family fits the last bytes", encoding: "iso-8859-1", clean: "Schöne Grüße an die ganze 👨‍👩‍👧" },
  { name: "a flag whose two regional indicators each lost two bytes", encoding: "iso-8859-15", clean: "Wir fahren nächste Woche nach Brüssel 🇪🇺" },
  { name: "a flag beside an emoji that stays unknown", encoding: "iso-8859-2", clean: "Wyjeżdżamy jutro do Rio 🇧🇷" },
  { name: "a check mark, the only emoji among symbols (Windows-1253 lost 9C)", encoding: "windows-1253", clean: "Η παραγγελία σας στάλθηκε ✅" },
  { name: "a technologist (ZWJ sequence) under Windows-1253 (9F lost in each emoji)", encoding: "windows-1253", clean: "Dobrý den, dnes pracuji z domova 👩‍💻" },
  { name: "sparkles after Greek text", encoding: "windows-1253", clean: "Καλή χρονιά σε όλους ✨" },
  { name: "a ZWJ sequence alone on a line with nothing else broken", encoding: "iso-8859-1", clean: "Working from home today 👩‍💻" },
];

const ONE_REPLACEMENT: { name: string; encoding: string; clean: string; expected: string }[] = [
  { name: "fire, or any of a dozen emoji ending in A5 (Latin-1)", encoding: "iso-8859-1", clean: "Das Konzert in München war schön 🔥", expected: "Das Konzert in München war schön \ufffd" },
  { name: "a thumb with a skin tone, base and tone both ambiguous: one U+FFFD for both", encoding: "iso-8859-1", clean: "Danke für die schnelle Antwort 👍🏽", expected: "Danke für die schnelle Antwort \ufffd" },
  { name: "an emoji of which only the lead survived", encoding: "iso-8859-15", clean: "Bonne fête à toute l’équipe 🎉", expected: "Bonne fête à toute l’équipe \ufffd" },
  { name: "a lone emoji on a line with nothing else broken (Windows-1252 lost 8D)", encoding: "windows-1252", clean: "See you there 👍", expected: "See you there \ufffd" },
  { name: "a lone emoji of which only one byte survived after the lead (Latin-1)", encoding: "iso-8859-1", clean: "Great job 🔥", expected: "Great job \ufffd" },
];

const UNCHANGED: { name: string; text: string }[] = [
  { name: "Icelandic eth before emoji", text: "Við förum heim á morgun 🇮🇸 góða ferð 👨‍👩‍👧" },
  { name: "symbols that are no emoji", text: "★ Bewertung: ∅ 4,5 ⁅Anmerkung⁆ ➅ Punkte" },
  { name: "emoji with skin tones and flags", text: "Gracias 🙏🏾 nos vemos en 🇲🇽 pronto 👍🏽✅" },
  { name: "a real U+FFFD after an eth", text: "Skráin er skemmd: ð� og meira" },
];

describe("emoji that lost bytes to a single-byte code page", () => {
  it.each(RESTORED)("restores $name", ({ encoding, clean }) => {
    const broken = readStrict(clean, encoding);
    expectRestored(broken, clean, false);
  });

  it("marks a restored emoji as a guess", () => {
    const broken = readStrict("Η παραγγελία σας στάλθηκε ✅", "windows-1253");
    expect(explainText(broken, { repairOnly: true }).some((c) => c.after === "✅" && c.guess === true)).toBe(true);
  });

  it.each(ONE_REPLACEMENT)("leaves one U+FFFD for $name", ({ encoding, clean, expected }) => {
    expect(fixText(readStrict(clean, encoding), { repairOnly: true })).toBe(expected);
  });

  it.each(UNCHANGED)("leaves clean text unchanged: $name", ({ text }) => {
    expect(fixText(text, { repairOnly: true })).toBe(text);
  });
});
