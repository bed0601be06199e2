/**
 * Hand-written negative cases: correct text that looks like mojibake, which the
 * repair must leave exactly as it is. Each says why it is a trap. This table grows
 * with every false positive ever found: add the text that was wrongly changed, with
 * the reason, and never remove one.
 *
 * Example: "NÃO ACEITAMOS CARTÃO" is Portuguese in capitals; "Ã" before an ASCII
 * letter is no UTF-8 lead + continuation pair, so nothing here is broken.
 * All sentences are our own (none from /work/shared/seed).
 */

/** @type {{ id: string, language: string, text: string, why: string }[]} */
export const HAND_WRITTEN_NEGATIVES = [
  // Portuguese and other capitals with Ã / Â / Ê / Õ
  { id: "pt-caps-nao", language: "pt", text: "NÃO ACEITAMOS CARTÃO DE CRÉDITO", why: "Ã in Portuguese capitals, followed by ASCII" },
  { id: "pt-caps-irma", language: "pt", text: "MINHA IRMÃ MAIS VELHA MORA EM SÃO PAULO", why: "IRMÃ ends a word with Ã" },
  { id: "pt-caps-campeao", language: "pt", text: "O CAMPEÃO VOLTOU: CORAÇÃO, EMOÇÃO E TRADIÇÃO!", why: "ÇÃO endings, Ç is a cp1252 lead byte" },
  { id: "pt-caps-maes", language: "pt", text: "DIA DAS MÃES — PROMOÇÕES ATÉ 50%", why: "Õ and É in caps next to an em dash" },
  { id: "pt-name-joao", language: "pt", text: "João Simões e Conceição Gonçalves assinaram o contrato.", why: "Portuguese names with ã, õ, ç" },
  { id: "pt-joao-caps", language: "pt", text: "SR. JOÃO ASSUNÇÃO, CPF 123.456.789-00", why: "Ã in a capitalised name" },
  { id: "pt-ordinals", language: "pt", text: "1ª edição, 3º andar, nº 45 — Avenida Paulista", why: "ª and º are cp1252 continuation-range symbols" },
  { id: "ro-caps", language: "ro", text: "ROMÂNIA: ÎNVĂȚĂMÂNT GRATUIT PENTRU TOȚI", why: "Â in Romanian capitals" },
  { id: "vi-caps", language: "vi", text: "CHÂU Á VÀ ÂM NHẠC TRUYỀN THỐNG", why: "Â and À in Vietnamese capitals" },
  { id: "fr-caps", language: "fr", text: "CHÂTEAU DE VERSAILLES — ÂGE MINIMUM : 12 ANS", why: "Â followed by ASCII" },
  { id: "acronym-a-tilde", language: "en", text: "The ÃO-7 sensor and the ÂX series share a bus.", why: "Ã and Â in made-up product codes" },
  { id: "name-angelo", language: "pt", text: "ÂNGELO CÂNDIDO, 42 anos, São Tomé", why: "Â starting a capitalised name" },
  { id: "pt-caps-campea", language: "pt", text: "A CAMPEÃ E A VICE-CAMPEÃ SUBIRAM AO PÓDIO", why: "Ã before a space: C3 + lost NBSP would be à" },
  { id: "no-infinitive", language: "no", text: "Å lære et nytt språk tar tid. Å gi opp er lett.", why: "Norwegian Å before a space: C5 + NBSP would be Š" },
  { id: "it-e-capital", language: "it", text: "È vero. È un fatto che tutti conoscono.", why: "È before a space: C8 + NBSP would be Ƞ" },
  { id: "fr-a-capital", language: "fr", text: "À demain ! À bientôt, et Ça va ? Ô temps, suspends ton vol.", why: "sentence-initial À, Ça, Ô before spaces" },
  { id: "uk-apostrophe-name", language: "uk", text: "В’ячеслав Бамбула, Сєвєродонецьк, вулиця Шевченка", why: "В’ is C2 92 under Windows-1251, a C1 control" },
  { id: "zh-name-before-english", language: "zh", text: "高浩宇, 臺南市, 姜路, 孫 and Sons", why: "a lone frequent hanzi before an English word (孫 is EUC-JP C2 B9, ¹)" },
  { id: "initials-cyrillic", language: "ru", text: "Автор: Пушкин А. С., издание Ё. Петрова", why: "Cyrillic initials, Р/С are cp1251 lead bytes" },

  // Latin-1 letters followed by characters from the continuation range (80–BF in cp1252)
  { id: "fr-guillemets-e", language: "fr", text: "Il a écrit «É» sur le tableau.", why: "É» is C9 BB in cp1252, a valid UTF-8 pair (ɻ)" },
  { id: "brand-nescafe", language: "fr", text: "Un NESCAFÉ® et deux croissants, s’il vous plaît.", why: "É® is C9 AE, a valid UTF-8 pair (ɮ)" },
  { id: "brand-pate-tm", language: "fr", text: "PÂTÉ™ est une marque déposée.", why: "É™ is C9 99, valid UTF-8 (ə)" },
  { id: "quote-cafe-ellipsis", language: "fr", text: "Elle a seulement dit “café”… puis elle est partie.", why: "é”… is E9 94 85, a valid 3-byte UTF-8 sequence" },
  { id: "sv-island-o", language: "sv", text: "The Swedish word ‘Ö’ means island.", why: "Ö’ is D6 92, valid UTF-8" },
  { id: "no-village-a", language: "nb", text: "Det finnes en landsby som heter ‘Å’ i Lofoten.", why: "Å’ is C5 92, valid UTF-8 (Œ)" },
  { id: "de-grade-u", language: "de", text: "Note: „Ü“ steht für überdurchschnittlich.", why: "Ü“ is DC 93, valid UTF-8" },
  { id: "es-inverted", language: "es", text: "¿Qué pasó? ¡Olé! «Ñandú» y “Año Nuevo”.", why: "¿ ¡ « » next to accented capitals" },
  { id: "is-eth-thorn", language: "is", text: "Þórður og Ðóra fóru til Ísafjarðar.", why: "Ð and Þ are cp1252 lead bytes of Cyrillic" },
  { id: "da-caps", language: "da", text: "ÆØÅ ER DANSKE BOGSTAVER: ÆBLE, ØL OG ÅL.", why: "Æ Ø Å in a row" },
  { id: "de-sharp-s", language: "de", text: "Größe: 42 × 30 cm, Maße in °C nicht nötig.", why: "× and ° after Latin-1 letters" },
  { id: "fr-ligatures", language: "fr", text: "Œuvres complètes, cœur, L’Haÿ-les-Roses, Noël, Chloë, naïve.", why: "Œ œ ÿ ë ï are all in cp1252" },
  { id: "fr-dense-accents", language: "fr", text: "Déjà-vu : l’été où j’ai étudié à Orléans.", why: "many accented lowercase letters (reverse-damage look-alike)" },
  { id: "hu-double-acute", language: "hu", text: "Győri Ődön kőszívű üzletember.", why: "ő ű are in cp1250 but not cp1252" },
  { id: "cs-hacek", language: "cs", text: "Příliš žluťoučký kůň úpěl ďábelské ódy.", why: "Czech pangram-style text with ť (cp1250 9D)" },
  { id: "pl-caps", language: "pl", text: "ZAŻÓŁĆ GĘŚLĄ JAŹŃ", why: "Polish capitals, Ł and Ś" },
  { id: "tr-dotless", language: "tr", text: "İstanbul’da ılık bir şubat günü çay içtik.", why: "İ ı ş ğ ç" },
  { id: "lv-name", language: "lv", text: "Jānis Bērziņš un Līga Ozoliņa dzīvo Rīgā.", why: "ņ š ā: the GBK-mojibake letters of the seed, here correct" },
  { id: "latin1-symbols", language: "en", text: "Copyright © 2024 Müller GmbH. All rights reserved ®.", why: "© and ® after a space" },
  { id: "fractions", language: "en", text: "Add ½ cup of sugar, ¼ tsp salt and ¾ cup of flour.", why: "½ ¼ ¾ are continuation-range characters in cp1252" },
  { id: "degrees-plusminus", language: "en", text: "Set the oven to 180°C ±5° for 25 min; µg and § 4 apply.", why: "° ± µ § next to digits and letters" },
  { id: "a-circ-degree-apart", language: "fr", text: "ÂGE: 30 ans; température: 20°C", why: "Â and ° in the same line but not adjacent" },
  { id: "ru-letter-in-guillemets", language: "ru", text: "Это витамин «В», а не «А».", why: "В is C2 in Windows-1251: «В» would read as C2 BB, a lone »" },
  { id: "el-type-beta", language: "el", text: "Τύπος Β» και τύπος Α» στο σχέδιο.", why: "Β is C2 in Windows-1253, before »" },
  { id: "ru-label-symbols", language: "ru", text: "Раздел В§2 и пункт В° на схеме.", why: "a label letter В right before § and °" },
  { id: "kaomoji-latin1", language: "ja", text: "¯\\_(„ÉÑ)_/¯ and (ÉÑ)", why: "two accented capitals that read as Cyrillic letters in Windows-1251 (ЙС)" },
  { id: "ru-her-in-quotes", language: "ru", text: "Он сказал: «Я люблю её»", why: "её» is E5 B8 BB in Windows-1251, a whole UTF-8 sequence" },
  { id: "ar-word-then-comma", language: "ar", text: "في الضغط، والحرارة؟ هل تستطيع؟ نعم", why: "ط، and ع؟ are D8 A1 and DA BF in Windows-1256: whole UTF-8 sequences" },
  { id: "fffd-pair-alone", language: "fr", text: "Le fichier \ufffd\ufffd est illisible, dit-il.", why: "a U+FFFD pair with nothing else broken on the line: no evidence of Big5" },
  { id: "double-question-beside-latvian", language: "lv", text: "Really?? Visi brīvi", why: "a real double question mark, not a lost quote" },
  { id: "fffd-in-korean", language: "ko", text: "모든 사람은 \ufffd 교육을 받을 권리를 가진다.", why: "a U+FFFD in clean Korean" },
  { id: "fffd-in-japanese", language: "ja", text: "すべての人は、\ufffd教育を受ける権利を有する。", why: "a U+FFFD in clean Japanese" },
  { id: "nested-quotes-en", language: "en", text: "He said “the ‘rules’ stay” and left… They waited’… and waited.”", why: "nested quotes and ellipses after quotes" },
  { id: "nested-quotes-de", language: "de", text: "Wir sagen „nein“… und gehen. „Er sagte ‚nie‘“, schrieb sie.", why: "German low quotes, nested" },
  { id: "nested-quotes-fr", language: "fr", text: "« Il a dit “non” » — puis rien…", why: "guillemets around curly quotes" },
  { id: "nbsp-french", language: "fr", text: "Prix\u00A0: 12\u00A0€ — merci\u00A0!", why: "real NBSPs in French typography" },
  { id: "soft-hyphen", language: "de", text: "Donau\u00ADdampf\u00ADschiff\u00ADfahrt", why: "soft hyphens (AD) inside a word" },

  // Currency and math
  { id: "currencies", language: "en", text: "Prices: €5, £3.50, ¥100, ₹50, ₩1000, ₽200, ¢75, ₺12.", why: "currency signs, several in cp1252's 80–BF range" },
  { id: "currency-amounts", language: "de", text: "Summe: 1.234,56 € (inkl. 19 % MwSt.) – CHF 12.–", why: "euro sign after digits, en dash after a period" },
  { id: "math-1", language: "en", text: "∑ xᵢ² ≤ ∞ and √2 ≈ 1.414, so ∀x ∈ ℝ: x² ≥ 0.", why: "math operators are 3-byte UTF-8, look like GBK/Shift_JIS material" },
  { id: "math-2", language: "en", text: "α + β = γ; f′(x) = 3x² − 2x; ∂f/∂y ≠ 0", why: "Greek letters and primes in formulas" },
  { id: "math-times-div", language: "en", text: "7 × 8 = 56 and 56 ÷ 8 = 7 (± 0)", why: "× ÷ ± are cp1252 characters" },
  { id: "arrows", language: "en", text: "Login → Settings → Privacy ⇒ done ✓", why: "arrows and check mark" },

  // Box drawing and terminal art (CP437 / KOI8 look-alikes)
  { id: "box-table", language: "en", text: "┌──────┬─────┐\n│ name │ age │\n├──────┼─────┤\n│ Ana  │ 31  │\n└──────┴─────┘", why: "box drawing is what CP437/KOI8 mojibake is made of" },
  { id: "tree-output", language: "en", text: "src\n├── index.ts\n└── repair\n    └── fixes", why: "tree(1) output" },
  { id: "double-box", language: "en", text: "╔═══════╗\n║ SCORE ║\n╚═══════╝", why: "double-line box drawing" },
  { id: "shades", language: "en", text: "Progress: ▓▓▓▓▓░░░░░ 50%", why: "block elements" },
  { id: "ru-box-table", language: "ru", text: "│ Имя   │ Город  │\n│ Олег  │ Москва │", why: "Cyrillic inside box drawing: KOI8-R mojibake look-alike" },

  // Kaomoji, shrug, halfwidth katakana
  { id: "shrug", language: "en", text: "¯\\_(ツ)_/¯", why: "¯ is a cp1252 continuation, ツ is katakana" },
  { id: "shrug-in-text", language: "en", text: "No idea why it works ¯\\_(ツ)_/¯ but it does.", why: "shrug inside a sentence" },
  { id: "table-flip", language: "en", text: "(╯°□°）╯︵ ┻━┻", why: "kaomoji with box drawing and degree signs" },
  { id: "look-of-disapproval", language: "en", text: "ಠ_ಠ", why: "Kannada letters in a face" },
  { id: "halfwidth-receipt", language: "ja", text: "ｺｰﾋｰ ¥350\nｻﾝﾄﾞｲｯﾁ ¥480", why: "halfwidth katakana is Shift_JIS-mojibake material" },
  { id: "halfwidth-mixed", language: "ja", text: "ﾃｽﾄ用のﾃﾞｰﾀです。", why: "halfwidth katakana mixed with kanji and hiragana" },
  { id: "ja-kaomoji", language: "ja", text: "やったー！(ﾟ∀ﾟ) ｷﾀ━━━━!!", why: "halfwidth kaomoji and box-drawing dashes" },

  // Genuine CJK next to Latin
  { id: "zh-latin-1", language: "zh-Hans", text: "我们用 Linux 和 Python 写代码。", why: "Chinese next to Latin words" },
  { id: "zh-gbk-valid-utf8-1", language: "zh-Hans", text: "iPhone 水平仪 App 很好用", why: "水平 in GBK is CB AE C6 BD, valid UTF-8 (ˮƽ)" },
  { id: "zh-gbk-valid-utf8-2", language: "zh-Hans", text: "每一个 commit 之前都要跑测试", why: "每一 and 之前 are valid UTF-8 in GBK bytes" },
  { id: "zh-gbk-valid-utf8-3", language: "zh-Hans", text: "Java 为什么这么慢？", why: "为 is CE AA in GBK, valid UTF-8 (Ϊ)" },
  { id: "zh-short-words", language: "zh-Hans", text: "权 一 为 应 平", why: "single characters whose GBK bytes are valid UTF-8" },
  { id: "zh-email", language: "zh-Hans", text: "请联系 support@example.com 获取帮助。", why: "Chinese around an address" },
  { id: "zh-hant-latin", language: "zh-Hant", text: "組織 IT 部門的禮物卡", why: "織 and 禮 in Big5 are valid UTF-8 pairs" },
  { id: "zh-hant-color-ellipsis", language: "zh-Hant", text: "紅色、藍色和綠色……我最喜歡銀色 iPhone。", why: "色 is Big5 A6 E2, the pair a lost ellipsis leaves before more punctuation" },
  { id: "ja-latin", language: "ja", text: "東京タワー Tokyo Tower は 333m です。", why: "Japanese next to Latin and digits" },
  { id: "ko-latin", language: "ko", text: "회의는 Zoom 으로, 호텔 Wi-Fi 비밀번호는 표에 있어요.", why: "회 호 표 in EUC-KR are valid UTF-8 pairs" },
  { id: "cjk-punct-fullwidth", language: "ja", text: "（注）「引用」『書名』、ＡＢＣ１２３。", why: "fullwidth forms and CJK punctuation" },

  // Other scripts, correct
  { id: "el-caps", language: "el", text: "ΞΑΝΘΗ, ΑΘΗΝΑ και Ελλάδα: «Καλημέρα!»", why: "Greek capitals: Ξ and Α are windows-1253 mojibake letters" },
  { id: "ru-plain", language: "ru", text: "Съешь же ещё этих мягких французских булок, да выпей чаю.", why: "Russian with ё and ъ" },
  { id: "uk-letters", language: "uk", text: "Ґанок, їжак, Євген і щастя.", why: "Ukrainian Ґ Ї Є" },
  { id: "be-short-u", language: "be", text: "Ўсё будзе добра, сябры.", why: "Belarusian Ў" },
  { id: "he-niqqud", language: "he", text: "שָׁלוֹם עוֹלָם, זה טקסט בעברית.", why: "Hebrew with niqqud: combining points, Windows-1255 reverse look-alike" },
  { id: "ar-plain", language: "ar", text: "مرحبا بالعالم، هذا نص عربي صحيح.", why: "Arabic with the Arabic comma, Windows-1256 reverse look-alike" },
  { id: "th-plain", language: "th", text: "สวัสดีครับ ยินดีต้อนรับ", why: "Thai: every letter is 3-byte UTF-8 (E0 B8 xx), like Windows-874 reverse damage" },
  { id: "vi-plain", language: "vi", text: "Tiếng Việt có dấu: Phở bò, Đà Nẵng, Nguyễn Thị Minh Khai.", why: "Vietnamese stacked diacritics (3-byte UTF-8)" },
  { id: "vi-decomposed", language: "vi", text: "Tie\u0302\u0301ng Vie\u0323\u0302t", why: "Vietnamese in NFD: combining marks are correct too" },
  { id: "hi-plain", language: "hi", text: "नमस्ते दुनिया, यह हिंदी है।", why: "Devanagari with virama and matras (combining marks)" },
  { id: "ka-plain", language: "ka", text: "გამარჯობა მსოფლიო", why: "Georgian: 3-byte UTF-8 letters of a script few models know" },
  { id: "mixed-scripts", language: "en", text: "Москва → 東京 → Αθήνα → القاهرة", why: "several scripts in one line, each word coherent" },

  // Emoji and typographic punctuation
  { id: "emoji-family", language: "en", text: "Family: 👨‍👩‍👧‍👦 and flag 🏳️‍🌈", why: "ZWJ sequences" },
  { id: "emoji-flags-tones", language: "en", text: "🇯🇵🇰🇷🇧🇷 👍🏿👋🏻 1️⃣2️⃣", why: "flags, skin tones, keycaps" },
  { id: "emoji-text", language: "es", text: "¡Feliz cumpleaños! 🎂🎉 Te quiero ❤️", why: "emoji after Spanish punctuation" },
  { id: "typography", language: "en", text: "“Quoted,” she said — and then… • a bullet ‘inside’.", why: "curly quotes, em dash, ellipsis, bullet" },
  { id: "dagger-permille", language: "en", text: "Footnote† and another‡; 5‰ of ‹items› matched.", why: "† ‡ ‰ ‹ › are cp1252 80–9F characters" },
  { id: "c1-lookalike-words", language: "en", text: "Š Œ Ž š œ ž Ÿ ƒ", why: "cp1252's letters in 80–9F, each alone" },

  // Code, paths, markup
  { id: "code", language: "en", text: "if (a != b) { return x ?? y; } // TODO: ¿por qué?", why: "code with Spanish comment" },
  { id: "regex-class", language: "en", text: "const word = /[A-Za-zÀ-ÖØ-öø-ÿ]+/g;", why: "a regex range listing Latin-1 letters" },
  { id: "windows-path", language: "de", text: "C:\\Users\\Jürgen\\Desktop\\Übersicht.xlsx", why: "accented letters in a path" },
  { id: "url-idn", language: "ja", text: "https://例え.jp/パス?q=ü&lang=ja", why: "internationalised URL" },
  { id: "replacement-char", language: "en", text: "The replacement character looks like this: � (U+FFFD).", why: "a real U+FFFD with no mojibake around it" },
  { id: "latin1-row", language: "en", text: "Latin-1 upper half: ¡¢£¤¥¦§¨©ª«¬®¯°±²³´µ¶·¸¹º»¼½¾¿", why: "a list of symbols, each a cp1252 continuation" },
  { id: "circumflex-vowels", language: "fr", text: "âêîôû", why: "a row of vowels alone reads as Windows-1251 \"вкофы\"" },
  { id: "umlauts-alone", language: "de", text: "äöüß", why: "German letters alone read as Windows-1253 \"δφόί\"" },
  { id: "danish-letters", language: "da", text: "æøå", why: "Danish letters alone read as Windows-1255 Hebrew" },
  { id: "grave-vowels", language: "it", text: "àèìòù", why: "a row of vowels alone reads as Windows-1255 Hebrew" },
  { id: "acute-capitals", language: "es", text: "ÁÉÍÓÚ", why: "a row of capitals alone reads as Windows-1251 \"аимсз\"" },
  { id: "tilde-letters", language: "pt", text: "ãõñ", why: "three letters alone read as Windows-1253 Greek" },
  { id: "vi-eth-for-d", language: "vi", text: "Ðà Nẵng", why: "Vietnamese written with Ð for Đ: \"Ðà\" is CP850 for a lone Cyrillic \"х\"" },
  { id: "accented-row", language: "en", text: "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏ ÐÑÒÓÔÕÖ ØÙÚÛÜÝÞß", why: "the accented capitals in order (cp1252 lead bytes)" },
  { id: "lt-i-two-questions", language: "lt", text: "Ar tu eisi į?? parduotuvę?", why: "Lithuanian \"į\" is E1 in Windows-1257, a three-byte lead: \"??\" after it would be two lost continuation bytes" },
  { id: "acute-before-questions", language: "es", text: "¿De verdad está?? Sí, allá está.", why: "\"á??\" is a three-byte lead with two lost continuation bytes under ISO-8859-1" },
  { id: "umlaut-beside-repair", language: "de", text: "Im Café gab es Äpfel und Öl für Ärzte.", why: "Ä, Ö before letters are two-byte leads whose continuation could have been dropped" },
  { id: "ja-fffd-before-kanji", language: "ja", text: "こんにちは\ufffd漢字の練習です。", why: "a U+FFFD before a kanji of two continuation bytes (Shift_JIS 8A BF) is no lost Hangul lead" },
  { id: "ja-question-halfwidth", language: "ja", text: "値段?ｱ?ｲ?ｳ ｶﾀｶﾅ?ｶﾞｷﾞ", why: "\"?\" between halfwidth katakana (continuation bytes in Shift_JIS) is no row of lost leads" },
  { id: "ja-halfwidth-word-alone", language: "ja", text: "ﾃｽﾄ", why: "halfwidth \"ﾃｽ\" is UTF-8 C3 BD (ý) through Shift_JIS, and \"ﾄ\" (C4) a lead whose continuation byte could have been dropped" },
  { id: "ja-halfwidth-words", language: "ja", text: "ｶﾀｶﾅ ﾃｽﾄ ﾃﾞｰﾀ", why: "the same among other halfwidth words" },
  { id: "ru-naming-latin-letters", language: "ru", text: "В немецком есть буквы ÄÖÜ äöüß, в датском ÆØÅ æøå.", why: "rows of Latin-1 letters named in a Russian sentence would read as Windows-1251 \"ДЦЬ дцьЯ\"" },
  { id: "el-naming-latin-letters", language: "el", text: "Ελληνικά με γερμανικά: ÄÖÜ äöüß ÆØÅ", why: "the same in a Greek sentence would read as Windows-1253 \"ΔΦά δφόί\"" },
];
