/**
 * The gate on Latin-script legacy readings of short lines (src/repair/mojibake/
 * latin-legacy-gate.ts): correct short lines of languages the letter models know little
 * of (Turkmen, Friulian, Kurdish, Faroese, Icelandic, Limburgish, Kashubian, Occitan,
 * French and Czech words) must not be read as Windows-1250, 1254 or 1257 text, while
 * short lines really written in those code pages and read as Windows-1252 or Latin-1
 * are still repaired. Sentences are our own; broken inputs are made with the corpus's
 * decoders.
 */
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { fixText } from "../src/index.js";
import { decodeAs } from "./corpus/wrong-decoders.js";

const REPAIR_ONLY = { repairOnly: true, fixes: { "curly-quotes": false } } as const;

/** Correct short lines that letter pairs alone once read as a Latin-script legacy (the reading it got, and why it is wrong). */
const CLEAN_LINES: { language: string; text: string; why: string }[] = [
  { language: "tk", text: "faýl ýapmak", why: "Turkmen ý is no Windows-1257 ż (\"fażl żapmak\")" },
  { language: "tk", text: "faýl saýlamak", why: "Turkmen ý is no Windows-1257 ż" },
  { language: "tk", text: "meýdança saýla", why: "Turkmen ý is no Windows-1254 ı (\"meıdança saıla\")" },
  { language: "fur", text: "Rusie e Stâts Unîts", why: "Friulian â î are no Windows-1257 ā ī (\"Stāts Unīts\")" },
  { language: "fur", text: "Stâts Unîts dal Brasîl", why: "Friulian â î, three words" },
  { language: "fur", text: "Emirâts Unîts", why: "Friulian â î, two words" },
  { language: "ku", text: "Komara Kîbûtî", why: "Kurdish î û are no Windows-1257 ī ū" },
  { language: "ku", text: "%s ji nû ve sazkirî", why: "Kurdish \"nû\" is no Latvian \"nū\"; \"ji\" is a Lithuanian word by chance" },
  { language: "fo", text: "Unicode stavasnið", why: "Faroese ð is no Windows-1257 š" },
  { language: "fo", text: "PostScript stavasnið", why: "Faroese ð beside an ASCII name" },
  { language: "is", text: "Ndebele suður", why: "Icelandic ð is no Windows-1254 ğ" },
  { language: "li", text: 'Kèn inveug "%s" vènje', why: "Limburgish è is no Windows-1250 č" },
  { language: "fr", text: "pendjâbî (pandjâbî)", why: "French transliteration with â î, no Latvian ā ī" },
  { language: "csb", text: "Repùblika Czeskô", why: "Kashubian ù ô are no Windows-1257 ł ō" },
  { language: "cs", text: "krymská karaimština; krymská tatarština", why: "Czech á is no Windows-1257 į, though š and č are Lithuanian letters too" },
  { language: "oc", text: "disián vilhèra", why: "Occitan è is no Windows-1250 č" },
  { language: "fur", text: "Emirâts Araps Unîts, Stâts Unîts, Ream Unît e Irlande dal Nord", why: "a longer Friulian line: â î are letters of languages the letter models do not know, and no word is Latvian" },
  { language: "fr", text: "goudjarâtî (gujrâtî), marâthî (marâtî), bengâlî (bangâlî)", why: "a longer line of French transliterations with â î" },
];

/** Short lines of the code pages' own languages, as they were written. */
const LEGACY_LINES: { legacy: string; text: string; evidence: string }[] = [
  { legacy: "windows-1250", text: "Każdy człowiek ma prawo", evidence: "symbols read as letters (¿ ³)" },
  { legacy: "windows-1250", text: "Nie można otworzyć pliku", evidence: "a symbol read as a letter (¿)" },
  { legacy: "windows-1250", text: "Vesel božič in srečno novo leto", evidence: "è beside ž: no one alphabet writes both" },
  { legacy: "windows-1254", text: "Türkçe yazılmış metin", evidence: "ü beside þ: no one alphabet writes both" },
  { legacy: "windows-1254", text: "Bu dosya açılamadı", evidence: "ç beside ý" },
  { legacy: "windows-1254", text: "Yeni dosya oluşturuldu", evidence: "Turkish everyday words (þ alone is Icelandic)" },
  { legacy: "windows-1257", text: "Latviešu valodā", evidence: "ð beside â" },
  { legacy: "windows-1257", text: "Šodien ir ļoti silta diena", evidence: "Latvian everyday words (ð ï are Icelandic and French letters)" },
  { legacy: "windows-1257", text: "Mēs runājam latviski", evidence: "Latvian everyday words (ç â are French letters)" },
  { legacy: "windows-1257", text: "Ikvienam ir tiesības uz darbu", evidence: "Latvian everyday words" },
  { legacy: "windows-1257", text: "Visi žmonės gimsta laisvi", evidence: "þ beside ë" },
  { legacy: "windows-1254", text: "Her kişi toplanma ve derneğe katılma hakkına sahiptir.", evidence: "a longer line whose þ ý ð only Icelandic writes together, which the letter pairs know" },
  { legacy: "windows-1257", text: "Ikvienam ir tiesības brīvi piedalīties sabiedrības kultūras dzīvē", evidence: "a longer line: î û ç are French letters, and a third of its words are Latvian frequent words" },
];

describe("Latin-script legacy readings of short lines", () => {
  it.each(CLEAN_LINES)("leaves $language \"$text\" as it is ($why)", ({ text }) => {
    expect(fixText(text, REPAIR_ONLY)).toBe(text);
  });

  describe.each(["windows-1252", "iso-8859-1"])("read as %s", (readAs) => {
    it.each(LEGACY_LINES)("repairs $legacy \"$text\" ($evidence)", ({ legacy, text }) => {
      const broken = decodeAs(iconv.encode(text, legacy), readAs).text;
      expect(broken).not.toBe(text);
      expect(fixText(broken, REPAIR_ONLY)).toBe(text);
    });
  });
});
