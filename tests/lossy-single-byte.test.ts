/**
 * UTF-8 read as a single-byte code page by a strict decoder that lost bytes: each
 * restoration that must happen (made here from clean text with iconv-lite, whose
 * tables leave the code page's holes undefined), and look-alike clean text that must
 * stay as it is.
 */
import { describe, expect, it } from "vitest";
import { fixText } from "../src/index.js";
import { expectRestored, readAsStrict as readAs } from "./helpers/lost-bytes.js";


const RESTORED: { name: string; clean: string; broken: string }[] = [
  { name: "an emoji whose MacRoman lead byte F0 was lost", clean: "Tout le monde a droit au repos 🎉", broken: readAs("Tout le monde a droit au repos 🎉", "macintosh") },
  { name: "the same with “?” for the lost lead", clean: "Alle haben das Recht 🌍 und die Pflicht", broken: readAs("Alle haben das Recht 🌍 und die Pflicht", "macintosh", "?") },
  { name: "a family emoji (ZWJ sequence) under MacRoman", clean: "Jeder hat das Recht auf Familie 👨‍👩‍👧", broken: readAs("Jeder hat das Recht auf Familie 👨‍👩‍👧", "macintosh") },
  { name: "a joiner between two emoji (Windows-1252 lost 8D)", clean: "Alle Menschen haben das Recht 👨‍👩‍👧", broken: readAs("Alle Menschen haben das Recht 👨‍👩‍👧", "windows-1252") },
  { name: "a keycap after a digit and its selector (Windows-1250 lost 83)", clean: "Każdy człowiek 1️⃣ ma prawo", broken: readAs("Każdy człowiek 1️⃣ ma prawo", "windows-1250") },
  { name: "the emoji before a presentation selector (Windows-1254 lost 9D)", clean: "Herkes ❤️ eşittir", broken: readAs("Herkes ❤️ eşittir", "windows-1254") },
  { name: "a dropped byte on a line a sure repair proved broken (Windows-1257 lost A1)", clean: "Každý má právo na vzdelanie", broken: readAs("Každý má právo na vzdelanie", "windows-1257", "") },
  { name: "a small letter inside a word, though its capital is a candidate too (Windows-1253 lost AA)", clean: "Os pais têm prioridade na escolha do gênero de educação", broken: readAs("Os pais têm prioridade na escolha do gênero de educação", "windows-1253") },
  { name: "a capital before capitals", clean: "EM SÃO PAULO É ASSIM", broken: readAs("EM SÃO PAULO É ASSIM", "windows-1257", "?") },
  { name: "bytes 80–9F stripped from ISO-8859-2 text: a dropped letter byte and a dash's two", clean: "Każdy człowiek ma prawo — bez wyjątku.", broken: readAs("Każdy człowiek ma prawo — bez wyjątku.", "iso-8859-2").replace(/[\u0080-\u009f]/g, "") },
  { name: "a lost closing “ that closes an open „ (Windows-1257 lost 9C)", clean: "„Enhver som arbeider har rett til en“", broken: readAs("„Enhver som arbeider har rett til en“", "windows-1257") },
  { name: "a zero-width non-joiner between Persian letters (Windows-1253 lost 8C)", clean: "حقوق آزادی‌های بین‌المللی", broken: readAs("حقوق آزادی‌های بین‌المللی", "windows-1253") },
  { name: "a small letter after a combining mark on a small letter (Windows-1253 lost 8D)", clean: "Ẹnì kọ̀ọ̀kan ló ní ẹ̀tọ́ láti fi ọ̀wọ̀", broken: readAs("Ẹnì kọ̀ọ̀kan ló ní ẹ̀tọ́ láti fi ọ̀wọ̀", "windows-1253") },
  { name: "a real space after a dropped closing quote, not a dagger from a lost NBSP byte", clean: "Alle har “ret” ‘beskyttelse’ efter loven, også på grund af", broken: readAs("Alle har “ret” ‘beskyttelse’ efter loven, også på grund af", "windows-1252", "") },
  { name: "an opening quote after a guillemet (Windows-1250 lost 98)", clean: "Mówi: «‘Każdy’ ma prawo»", broken: readAs("Mówi: «‘Każdy’ ma prawo»", "windows-1250", "") },
  { name: "a capital where a sentence starts, a small one-letter word elsewhere (Windows-1257 lost 9A, A1)", clean: "Hver hevur rætt til útbúgving. Útbúgving skal vera ókeypis, og rættur er á hvønn", broken: readAs("Hver hevur rætt til útbúgving. Útbúgving skal vera ókeypis, og rættur er á hvønn", "windows-1257") },
  { name: "a lost NBSP byte before a word, not a dropped byte and a real space (“Ã s” → “às”)", clean: "em condições de igualdade, às funções públicas", broken: readAs("em condições de igualdade, às funções públicas", "windows-1252").replace(/\u00a0/g, " ") },
  { name: "two lost letters of one word chosen together, not each alone (Windows-1253 lost 81 and 8C: ρ, ό)", clean: "Ο γιατρός συνέστησε ξεκούραση και πολύ νερό για τρεις ημέρες", broken: readAs("Ο γιατρός συνέστησε ξεκούραση και πολύ νερό για τρεις ημέρες", "windows-1253", "?") },
  { name: "the same with the lost bytes dropped", clean: "Ο γιατρός συνέστησε ξεκούραση και πολύ νερό για τρεις ημέρες", broken: readAs("Ο γιατρός συνέστησε ξεκούραση και πολύ νερό για τρεις ημέρες", "windows-1253", "") },
  // Quotes paired across the line (quote-partners.ts, typography.ts): the closer that pairs with a lost opener, past quotes nested on the way.
  { name: "a lost „ whose “ closes after a nested ‘…’ (Windows-1254 lost 9E)", clean: "„Die Kinder ‘spielen’ heute im Garten hinter dem Haus“", broken: readAs("„Die Kinder ‘spielen’ heute im Garten hinter dem Haus“", "windows-1254", "") },
  { name: "a lost “ whose ” survives after a nested ‘…’ (Windows-1257 lost 98, 9C)", clean: "“Ogni persona ‘deve’ poter lavorare” in pace e sicurezza.", broken: readAs("“Ogni persona ‘deve’ poter lavorare” in pace e sicurezza.", "windows-1257", "?") },
  { name: "a lost “ whose ” was lost too: the opener chosen again on the restored line (Windows-1253)", clean: "Ona řekla “dnes ‘půjdeme’ na výlet” a usmála se.", broken: readAs("Ona řekla “dnes ‘půjdeme’ na výlet” a usmála se.", "windows-1253", "") },
  { name: "the same with “?” for the lost bytes", clean: "Ona powiedziała: “jutro ‘pójdziemy’ do lasu” i wyszła.", broken: readAs("Ona powiedziała: “jutro ‘pójdziemy’ do lasu” i wyszła.", "windows-1253", "?") },
  { name: "a lost ‘ before a “ when a ’ closes it (Windows-1250 lost 98)", clean: "‘“Hwyl fawr,” meddai hi wrth y drws.’", broken: readAs("‘“Hwyl fawr,” meddai hi wrth y drws.’", "windows-1250") },
  { name: "a lost “ right after a „ (Windows-1257 lost 9C)", clean: "„“Dobar dan” rekao je susjed”“ kasno navečer.", broken: readAs("„“Dobar dan” rekao je susjed”“ kasno navečer.", "windows-1257", "?") },
  { name: "the Arabic comma after a word-final teh marbuta, not one more letter (Windows-1253 lost 8C)", clean: "لكل إنسان الحق في الراحة، وفي أوقات العطلة.", broken: readAs("لكل إنسان الحق في الراحة، وفي أوقات العطلة.", "windows-1253", "?") },
  { name: "the same with U+FFFD for the lost bytes", clean: "لكل إنسان الحق في الراحة، وفي أوقات العطلة.", broken: readAs("لكل إنسان الحق في الراحة، وفي أوقات العطلة.", "windows-1253") },
  { name: "a Thai tone mark stacked on a vowel mark, not a letter (Windows-1253 lost 88 of “่”)", clean: "ทุกคนมีสิทธิที่จะเข้าร่วม", broken: readAs("ทุกคนมีสิทธิที่จะเข้าร่วม", "windows-1253") },
  { name: "the same with “?”, under Windows-1257", clean: "ทุกคนมีสิทธิที่จะได้รับการศึกษา", broken: readAs("ทุกคนมีสิทธิที่จะได้รับการศึกษา", "windows-1257", "?") },
  { name: "a dropped final letter before a real space, not the NBSP byte of a letter joining two words (Windows-1257 lost 9F: “ן ”, not “נ”)", clean: "רצון העם הוא היסוד לסמכותה של הממשלה.", broken: readAs("רצון העם הוא היסוד לסמכותה של הממשלה.", "windows-1257", "") },
  { name: "a suspended hyphen before “und”, not a closing quote with none open (Windows-1254 lost 90)", clean: "Der Grundschulunterricht ist obligatorisch. Fach‐ und Berufsschulunterricht müssen allgemein verfügbar sein.", broken: readAs("Der Grundschulunterricht ist obligatorisch. Fach‐ und Berufsschulunterricht müssen allgemein verfügbar sein.", "windows-1254") },
  { name: "the same dropped before Afrikaans “of” (Windows-1257)", clean: "Alle kinders, hetsy binne‐ of buite die huwelik gebore", broken: readAs("Alle kinders, hetsy binne‐ of buite die huwelik gebore", "windows-1257", "") },
  { name: "a closing quote before “und” where a “ is open (Windows-1254 lost 9D)", clean: "Er nannte es “Fach” und ging nach Hause.", broken: readAs("Er nannte es “Fach” und ging nach Hause.", "windows-1254") },
  { name: "a word of two dropped letters before a real space, filled as a frequent word (Windows-1257 lost 81 and 8A: “في”)", clean: "لكل شخص الحق في حرية الاشتراك في الجمعيات", broken: readAs("لكل شخص الحق في حرية الاشتراك في الجمعيات", "windows-1257", "") },
  { name: "a word-final teh the Persian model barely prefers to a comma stays a letter (Windows-1253 lost AA)", clean: "این حق شامل آنست که هر کس در کسب اطلاعات آزاد باشد.", broken: readAs("این حق شامل آنست که هر کس در کسب اطلاعات آزاد باشد.", "windows-1253") },
  { name: "two lost openers in a row, each closed by a ’ (Windows-1250 lost 98)", clean: "Ikvienam ir tiesības uz ‘‘brīvību’’ un drošību.", broken: readAs("Ikvienam ir tiesības uz ‘‘brīvību’’ un drošību.", "windows-1250") },
  { name: "a lost hyphen after a combining mark, which ends its letter's word (Windows-1252 lost 90)", clean: "Ẹnìkọ̀ọ̀kan ló ní ẹ̀tọ́ sí ìrànlọ́wọ́ aláàbọ̀‐ara.", broken: readAs("Ẹnìkọ̀ọ̀kan ló ní ẹ̀tọ́ sí ìrànlọ́wọ́ aláàbọ̀‐ara.", "windows-1252", "?") },
  { name: "a lost hyphen ‐ between two letters (Windows-1252 lost 90)", clean: "Jean‐Pierre a été élu président du club.", broken: readAs("Jean‐Pierre a été élu président du club.", "windows-1252") },
  // The Indic alphabets' virama (…8D) and vowel sign "u" (…81) are both bytes Windows-1252 and 1254 leave undefined: their own letter models choose.
  { name: "Gujarati viramas, not vowel signs “u” (Windows-1252 lost 8D)", clean: "ફાઇલનો પ્રકાર બદલવા માટે કાર્યક્રમ પસંદ કરો", broken: readAs("ફાઇલનો પ્રકાર બદલવા માટે કાર્યક્રમ પસંદ કરો", "windows-1252") },
  { name: "Bengali viramas, dropped (Windows-1254 lost 8D)", clean: "এই ফাইলটি খুলতে একটি প্রোগ্রাম বেছে নিন", broken: readAs("এই ফাইলটি খুলতে একটি প্রোগ্রাম বেছে নিন", "windows-1254", "") },
  { name: "a Gurmukhi virama (Windows-1252 lost 8D)", clean: "ਹਰ ਵਿਅਕਤੀ ਨੂੰ ਆਪਣੀ ਪਸੰਦ ਦਾ ਪ੍ਰੋਗਰਾਮ ਚੁਣਨ ਦਾ ਹੱਕ ਹੈ", broken: readAs("ਹਰ ਵਿਅਕਤੀ ਨੂੰ ਆਪਣੀ ਪਸੰਦ ਦਾ ਪ੍ਰੋਗਰਾਮ ਚੁਣਨ ਦਾ ਹੱਕ ਹੈ", "windows-1252") },
  { name: "viramas, the language's commonest mark, before a rarer vowel sign the letter pairs barely prefer (Windows-1252 lost 8D)", clean: "તમે દરેક ફાઇલનું પૂર્વદર્શન જોઈ શકો છો", broken: readAs("તમે દરેક ફાઇલનું પૂર્વદર્શન જોઈ શકો છો", "windows-1252") },
  { name: "a Hangul syllable that kept only its lead, between syllables (Windows-1257 dropped 88 and 98)", clean: "모든 사람은 동일한 노동에 대하여 동등한 보수를 받을 권리를 가진다.", broken: readAs("모든 사람은 동일한 노동에 대하여 동등한 보수를 받을 권리를 가진다.", "windows-1257", "") },
  { name: "a hiragana that kept only its lead, after one that lost a byte too (Windows-1257 dropped 81 and 8A)", clean: "すべて人は自国においてひとしく公務につく権利を有する。", broken: readAs("すべて人は自国においてひとしく公務につく権利を有する。", "windows-1257", "") },
  { name: "a left arrow, the one arrow among the symbols a lost 90 leaves (Windows-1253, U+FFFD)", clean: "Użyj klawiszy → lub ← aby przejść dalej.", broken: readAs("Użyj klawiszy → lub ← aby przejść dalej.", "windows-1253") },
  { name: "the same, dropped", clean: "Użyj klawiszy → lub ← aby przejść dalej.", broken: readAs("Użyj klawiszy → lub ← aby przejść dalej.", "windows-1253", "") },
  { name: "an ideographic comma, not a katakana letter the same bytes make (Windows-1250 lost 81, dropped)", clean: "人人有思想、良心和宗教自由", broken: readAs("人人有思想、良心和宗教自由", "windows-1250", "") },
  { name: "the same in Japanese", clean: "教育は、人格の完全な発展を目的とする", broken: readAs("教育は、人格の完全な発展を目的とする", "windows-1250", "") },
  { name: "Hindi letters between dropped bytes, not Gujarati ones that lost their middle byte (Windows-1253 lost AA, 8D)", clean: "प्रत्येक व्यक्ति को स्वतंत्रता का अधिकार है", broken: readAs("प्रत्येक व्यक्ति को स्वतंत्रता का अधिकार है", "windows-1253", "") },
];

/** Lost bytes that several emoji fit equally: one U+FFFD, not a guess and not junk. */
const ONE_REPLACEMENT: { name: string; clean: string; broken: string; expected: string }[] = [
  { name: "a globe that may be any of five emoji (Windows-1252 lost 8D)", clean: "Tothom té drets 🌍", broken: readAs("Tothom té drets 🌍", "windows-1252"), expected: "Tothom té drets \ufffd" },
];

const UNCHANGED: { name: string; text: string }[] = [
  { name: "a question mark before accented letters", text: "Pourquoi?éèà Ça va." },
  { name: "a question mark before three accented letters", text: "Wirklich?ñóé Nein, ¿qué?" },
  { name: "Greek with question marks written as ASCII ones", text: "Πού είσαι? Στο σπίτι? Ναι, ο γιατρός ήρθε!" },
  { name: "quotes nested and paired as written", text: "He said ‘go’ then “stop” and left, ‘Hello “world” she said" },
  { name: "German and French quotes side by side", text: "„Ja“, sagte er, ‘nein’. Il a dit «‘non’» et puis “oui”." },
];

describe("lossy single-byte mojibake", () => {
  it.each(RESTORED)("$name", ({ clean, broken }) => {
    expectRestored(broken, clean);
  });
  it.each(ONE_REPLACEMENT)("$name", ({ broken, expected }) => {
    expect(fixText(broken, { repairOnly: true })).toBe(expected);
  });
  it.each(UNCHANGED)("leaves alone: $name", ({ text }) => {
    expect(fixText(text, { repairOnly: true })).toBe(text);
  });
});
