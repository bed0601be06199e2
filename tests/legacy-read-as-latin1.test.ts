/**
 * A legacy file read as Windows-1252 (or Latin-1) and saved as UTF-8, through the
 * whole engine (fixText, repairOnly): lines broken in part, one-syllable words, a
 * second layer of UTF-8 read as Windows-1252 on top, one-letter words that only the
 * line speaks for — and correct text that must come out as it went in. Inputs are
 * made from the originals with the same sloppy decoders as the corpus, not typed.
 */
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { explainText, fixText } from "../src/index.js";
import { decodeAs } from "./corpus/wrong-decoders.js";

/** Legacy bytes of `text` shown by a Windows-1252 (or Latin-1) decoder, as the corpus does. */
const readAsLatin1 = (text: string, legacy: string, readAs = "windows-1252"): string => decodeAs(iconv.encode(text, legacy), readAs).text;
/** Legacy bytes of `text` through a strict Windows-1252 decoder, which loses 81 8D 8F 90 9D and leaves `mark` (U+FFFD or "?"). */
const readStrict = (text: string, legacy: string, mark: "fffd" | "question"): string => decodeAs(iconv.encode(text, legacy), "windows-1252", { strict: true, mark }).text;
/** UTF-8 of `text` read as Windows-1252 once more: the second layer. */
const utf8ReadAs1252 = (text: string): string => decodeAs(Buffer.from(text, "utf8"), "windows-1252").text;

const REPAIR_ONLY = { repairOnly: true, fixes: { "curly-quotes": false } } as const;

interface Case {
  why: string;
  input: string;
  expected: string;
}

const CASES: Case[] = [
  {
    why: "Russian with an English product name in it: the Latin word is no letter of the reading",
    input: readAsLatin1("Вы можете включить Bluetooth для подключения к другим устройствам.", "windows-1251"),
    expected: "Вы можете включить Bluetooth для подключения к другим устройствам.",
  },
  {
    why: "Chinese with a command and CJK punctuation beside it (GBK)",
    input: readAsLatin1("打开终端，输入 aplay -l，然后按回车键。", "gbk"),
    expected: "打开终端，输入 aplay -l，然后按回车键。",
  },
  {
    why: "Chinese that glues a Latin word to its own on one side (GBK): “CtrlS打开”",
    input: readAsLatin1("您可以在文件名中使用通配符，按 CtrlS打开选择匹配的项目对话框。", "gbk"),
    expected: "您可以在文件名中使用通配符，按 CtrlS打开选择匹配的项目对话框。",
  },
  {
    why: "Chinese with English terms that hold more letters than its hanzi, and CJK commas glued to them (GBK)",
    input: readAsLatin1("请检查网络设置中的适配器列表，找到名为 Wireless adapter 或 Ethernet adapter 的设备，然后选择 USB、WLAN、Bluetooth 其中之一。", "gbk"),
    expected: "请检查网络设置中的适配器列表，找到名为 Wireless adapter 或 Ethernet adapter 的设备，然后选择 USB、WLAN、Bluetooth 其中之一。",
  },
  {
    why: "Chinese whose full stop stands alone after a space (GBK): “。” is read with the words around it",
    input: readAsLatin1("如需了解详细信息，请查看 README 文件中的说明 。", "gbk"),
    expected: "如需了解详细信息，请查看 README 文件中的说明 。",
  },
  {
    why: "Traditional Chinese with English terms and CJK commas glued to them (Big5)",
    input: readAsLatin1("電腦的網路介面卡會顯示為 Wireless adapter 或 Ethernet adapter，例如 USB、WLAN、Bluetooth 等名稱。", "big5"),
    expected: "電腦的網路介面卡會顯示為 Wireless adapter 或 Ethernet adapter，例如 USB、WLAN、Bluetooth 等名稱。",
  },
  {
    why: "an English line with Russian words from KOI8-R: the terms alone made it read like Latin-script text",
    input: readAsLatin1("Open the Network Manager applet: настройки сети", "koi8-r"),
    expected: "Open the Network Manager applet: настройки сети",
  },
  {
    why: "a few words of Traditional Chinese before a command and its options (Big5): common hanzi that spell frequent words, beside English terms",
    input: readAsLatin1("您可以在本地使用： make install clean", "big5"),
    expected: "您可以在本地使用： make install clean",
  },
  {
    why: "a short Chinese phrase before a product name (GBK), read without the name",
    input: readAsLatin1("连接扫描仪设备，例如 Canon LiDE", "gbk"),
    expected: "连接扫描仪设备，例如 Canon LiDE",
  },
  {
    why: "an English line with Russian words from Windows-1251 read as Latin-1, long words and no frequent one",
    input: readAsLatin1("Run sudo apt update: обновление пакетов", "windows-1251", "iso-8859-1"),
    expected: "Run sudo apt update: обновление пакетов",
  },
  {
    why: "an English label with a Russian phrase from Windows-1251 (a frequent word, “или”)",
    input: readAsLatin1("Power button label или кнопка питания", "windows-1251"),
    expected: "Power button label или кнопка питания",
  },
  {
    why: "Serbian whose words are whole: no dropped byte is put back by Macedonian's letters (“батерији”, not “батеријќи”)",
    input: readAsLatin1("Лаптоп ради на батерији док се пуни из мреже.", "windows-1251"),
    expected: "Лаптоп ради на батерији док се пуни из мреже.",
  },
  {
    why: "Japanese katakana words with the long-vowel mark “ー” (EUC-JP): a letter of Japanese, not of no script",
    input: readAsLatin1("サーバーのアドレスを入力して、キーボードのエンターキーを押します。", "euc-jp"),
    expected: "サーバーのアドレスを入力して、キーボードのエンターキーを押します。",
  },
  {
    why: "Shift_JIS whose lead bytes a strict decoder lost: “ー” (81 5B) is chosen where “深” (90 5B) was",
    input: readStrict("インターネットに接続できない場合は、ルーターの設定を確認します。", "shift_jis", "fffd"),
    expected: "インターネットに接続できない場合は、ルーターの設定を確認します。",
  },
  {
    why: "Shift_JIS whose lead bytes a strict decoder lost, where the letter pairs leave the choice open: the frequent word “報酬” (8F 56), not “報新” (90 56)",
    input: readStrict("この仕事の報酬は、毎月の末日に支払われます。", "shift_jis", "fffd"),
    expected: "この仕事の報酬は、毎月の末日に支払われます。",
  },
  {
    why: "Korean whose word “파일의” has both EUC-KR bytes of each syllable among the accented capitals (“ÆÄÀÏÀÇ”)",
    input: readAsLatin1("이 파일의 소유자는 다른 사용자의 권한을 바꿀 수 있습니다.", "euc-kr"),
    expected: "이 파일의 소유자는 다른 사용자의 권한을 바꿀 수 있습니다.",
  },
  {
    why: "Japanese full of katakana loanwords (EUC-JP), not GBK's reading of the same kana",
    input: readAsLatin1("この操作は元に戻すことができないため、そのファイルやフォルダーを削除してもよいかどうかを確認するメッセージが表示されます。", "euc-jp"),
    expected: "この操作は元に戻すことができないため、そのファイルやフォルダーを削除してもよいかどうかを確認するメッセージが表示されます。",
  },
  {
    why: "Japanese katakana (Shift_JIS read as Latin-1, its lead bytes kept as C1 controls)",
    input: readAsLatin1("キーボードの上部に並んでいる通常の数字キーでは、マウスポインターを操作することはできません。", "shift_jis", "iso-8859-1"),
    expected: "キーボードの上部に並んでいる通常の数字キーでは、マウスポインターを操作することはできません。",
  },
  {
    why: "GBK broken in the middle of a Chinese line (no spaces to cut the words at)",
    input: `本宣言的${readAsLatin1("任何条文", "gbk")}，不得解释为默许任何国家`,
    expected: "本宣言的任何条文，不得解释为默许任何国家",
  },
  {
    why: "Thai (Windows-874) broken inside a word, up to a Thai tone mark",
    input: `สิทธิแ${readAsLatin1("ละอิสรภาพเหล", "windows-874")}่านี้`,
    expected: "สิทธิและอิสรภาพเหล่านี้",
  },
  {
    why: "Macedonian broken after correct words of its own script on the same line",
    input: `Секој човек има право на ${readAsLatin1("образование и на слободно учество во културниот живот", "windows-1251")}`,
    expected: "Секој човек има право на образование и на слободно учество во културниот живот",
  },
  {
    why: "Hebrew broken between correct Hebrew words",
    input: `לכל אדם הזכות ${readAsLatin1("לחירות המחשבה, המצפון והדת", "windows-1255")} בכל מקום`,
    expected: "לכל אדם הזכות לחירות המחשבה, המצפון והדת בכל מקום",
  },
  {
    why: "EUC-KR one-syllable words (및) come along with their line",
    input: readAsLatin1("기술 및 직업교육은 일반적으로 접근이 가능하여야 하며", "euc-kr"),
    expected: "기술 및 직업교육은 일반적으로 접근이 가능하여야 하며",
  },
  {
    why: "Big5 read as Latin-1, then its UTF-8 read as Windows-1252 again (both layers in one step)",
    input: utf8ReadAs1252(readAsLatin1("人人都有受教育的權利，教育應當免費", "big5", "iso-8859-1")),
    expected: "人人都有受教育的權利，教育應當免費",
  },
  {
    why: "Shift_JIS, two layers",
    input: utf8ReadAs1252(readAsLatin1("すべて人は、自由に社会の文化生活に参加し、芸術を鑑賞し", "shift_jis")),
    expected: "すべて人は、自由に社会の文化生活に参加し、芸術を鑑賞し",
  },
  {
    why: "Windows-1251, two layers",
    input: utf8ReadAs1252(readAsLatin1("Кожна людина має право на освіту.", "windows-1251")),
    expected: "Кожна людина має право на освіту.",
  },
  {
    why: "Windows-1255, two layers (a NBSP among the bytes)",
    input: utf8ReadAs1252(readAsLatin1("כל אדם זכאי להשתתף בהנהלת ארצו", "windows-1255")),
    expected: "כל אדם זכאי להשתתף בהנהלת ארצו",
  },
  {
    why: "Greek one-letter word Η (shown as the Latin letter Ç) belongs to its line",
    input: readAsLatin1("Η μητρότητα και η παιδική ηλικία έχουν δικαίωμα ειδικής μέριμνας", "windows-1253"),
    expected: "Η μητρότητα και η παιδική ηλικία έχουν δικαίωμα ειδικής μέριμνας",
  },
  {
    why: "Thai ๆ standing alone (shown as æ) belongs to its line",
    input: readAsLatin1("ประดิษฐกรรมใด ๆ ทางวิทยาศาสตร์", "windows-874"),
    expected: "ประดิษฐกรรมใด ๆ ทางวิทยาศาสตร์",
  },
  {
    why: "Czech: péèi looks like Latin text alone, but its line is Czech",
    input: readAsLatin1("Mateřství a dětství mají nárok na zvláštní péči a pomoc.", "windows-1250"),
    expected: "Mateřství a dětství mají nárok na zvláštní péči a pomoc.",
  },
  {
    why: "a dash Latin-1 showed as a C1 control, standing alone, comes back with its line (Windows-1251, two layers)",
    input: utf8ReadAs1252(readAsLatin1("Все дети — родившиеся в браке или вне брака", "windows-1251", "iso-8859-1")),
    expected: "Все дети — родившиеся в браке или вне брака",
  },
  {
    why: "a one-letter word in quotes is still a word ('‘и’', Windows-1251)",
    input: readAsLatin1("своите права ‘и’ слободи, секој човек", "windows-1251"),
    expected: "своите права ‘и’ слободи, секој човек",
  },
  {
    why: "Latvian: a short line with one changed letter in each of several words",
    input: readAsLatin1("Ikvienam ir pienākumi pret sabiedrību", "windows-1257"),
    expected: "Ikvienam ir pienākumi pret sabiedrību",
  },
  {
    why: "Polish: symbols between ASCII letters are letters of the word (ma³¿eñskie)",
    input: readAsLatin1("Wszystkie dzieci, zarówno małżeńskie jak i pozamałżeńskie, korzystają z jednakowej ochrony społecznej.", "windows-1250"),
    expected: "Wszystkie dzieci, zarówno małżeńskie jak i pozamałżeńskie, korzystają z jednakowej ochrony społecznej.",
  },
  {
    why: "Turkish: ğ and ş shown as ð and þ inside words, on a short line",
    input: readAsLatin1("Öğretim bütün milletler, ırk ve din", "windows-1254"),
    expected: "Öğretim bütün milletler, ırk ve din",
  },
  {
    why: "Thai words that show mostly as symbols (ºØ¤¤Åã´) are words",
    input: readAsLatin1("บุคคลใด ๆ จะถูกบังคับให้สังกัดสมาคมหนึ่งสมาคมใดไม่ได้", "windows-874"),
    expected: "บุคคลใด ๆ จะถูกบังคับให้สังกัดสมาคมหนึ่งสมาคมใดไม่ได้",
  },
  {
    why: "Traditional Chinese, two layers: real text costs up to 10.5 bits a character",
    input: utf8ReadAs1252(readAsLatin1("人人都有受教育的權利，教育應當免費，至少在初級和基本階段應如此。初級教育應屬義務性質。技術和職業教育應普遍設立。", "big5")),
    expected: "人人都有受教育的權利，教育應當免費，至少在初級和基本階段應如此。初級教育應屬義務性質。技術和職業教育應普遍設立。",
  },
  {
    why: "Polish: Windows-1250 and 1257 read 'byæ' as 'być' and 'byę'; the line's letter pairs choose",
    input: readAsLatin1("Rodzice mają prawo pierwszeństwa w wyborze nauczania, które ma być dane ich dzieciom.", "windows-1250"),
    expected: "Rodzice mają prawo pierwszeństwa w wyborze nauczania, które ma być dane ich dzieciom.",
  },
  {
    why: "Polish: a short line whose words read no worse letter by letter, but far worse pair by pair",
    input: readAsLatin1("Każdy pracujący ma prawo do", "windows-1250"),
    expected: "Każdy pracujący ma prawo do",
  },
];

/**
 * Central European, Turkish and Baltic lines where Windows-1252 shows only a letter or
 * two otherwise: the per-letter model hardly sees one "è" for "č", so the changed words'
 * and the line's letter pairs speak for the reading.
 */
const FEW_LETTERS_CASES: { why: string; text: string; legacy: string; readAs?: string; broken?: (text: string) => string }[] = [
  { why: "Croatian: one 'č' (è) in a long line", text: "Ta pravila se ni u kojem slučaju ne primjenjuju na djecu i mlade ljude.", legacy: "windows-1250" },
  { why: "Slovene: one 'č' (è) near the end of a long line", text: "Vsako jutro gremo na sprehod ob reki in se pogovarjamo o vremenu, preden začnemo delati.", legacy: "windows-1250" },
  { why: "Slovene: the one changed word in quotes ('‘plaèila’')", text: "Vsi delavci imajo pravico do ‘plačila’ za enako delo.", legacy: "windows-1250" },
  { why: "Polish: short words in single quotes, which the letter pairs price dear, do not count against the reading", text: "Każdy ‘chce’ ‘mieć’ własny dom", legacy: "windows-1250" },
  { why: "Turkish read as Latin-1: 'dostluðu' reads worse letter by letter, better pair by pair", text: "Çocukların sağlığı, ailelerin huzuru ve toplumun barışı için dostluğu korumalıyız.", legacy: "windows-1254", readAs: "iso-8859-1" },
  { why: "Turkish: a line of ı, ş, ğ with one vetoed word", text: "Bütün insanlar arasında anlayış, hoşgörü ve dostluğu geliştirmek gerekir.", legacy: "windows-1254", readAs: "iso-8859-1" },
  {
    why: "Latvian: one broken word among correct ones",
    text: "Šī grāmata ir paredzēta visiem sabiedrības locekļiem bez izņēmuma.",
    legacy: "windows-1257",
    broken: (text) => text.replace("sabiedrības", readAsLatin1("sabiedrības", "windows-1257")),
  },
];

/** Correct text that a legacy reading could change: each must come out unchanged. */
const LEAVES: { why: string; text: string }[] = [
  { why: "Icelandic beside Lithuanian: 'að' would read as Lithuanian 'aš', but is a good Icelandic word", text: "til að láta — tiek per laisvai išrinktus atstovus." },
  { why: "Icelandic with Ð and Þ", text: "Þórður og Ðóra fóru til Ísafjarðar." },
  { why: "a row of French accented capitals (read as GBK, rare hanzi; as EUC-KR, no whole syllables)", text: "Majuscules : ÀÂÇÉÈÊËÎÏÔÛÙÜŸ et minuscules." },
  { why: "Icelandic beside Czech", text: "Þeim Každý" },
  { why: "Chinese with Latin-1 symbols between hanzi", text: "温度是25°C，湿度±5%。" },
  { why: "Russian with a French word and guillemets", text: "Привет, мир — café «crème»" },
  { why: "Russian naming German letters: a few words of Latin-1 letters beside Cyrillic are not Cyrillic read as Windows-1252", text: "Буквы ÄÖÜ и äöü есть в немецком" },
  { why: "Greek with a German name", text: "Έγραψε «Über alles» ο Müller" },
  { why: "German letters named beside English terms: no frequent word, no long word (Windows-1251 would give “ДЦЬЙ дцьй АБВ”)", text: "Click OK ÄÖÜÉ äöüé ÀÁÂ" },
  { why: "accented letters in both cases beside English words", text: "Press ÀÉÎÕÜ àéîõü to continue" },
  { why: "an ornament of one Latin-1 symbol beside words: one common hanzi over and over is no text", text: "Rating ±±±±±±±±±±±± stars" },
  { why: "a test pattern of accented letters beside words (Big5 would read “郵幽郵幽郵幽”)", text: "Test string: éèêëéèêëéèêë end" },
  { why: "a rule under a heading beside words", text: "Heading ¯¯¯¯¯¯¯¯¯¯¯¯¯¯¯¯ underline" },
  { why: "Hebrew with Icelandic names", text: "הזמרת Björk והלהקה Sigur Rós" },
  { why: "Turkmen: ý and ä are its own letters", text: "Kämillik ýaşyna ýeten erkekler we aýallar jyns, milli we dini aýratynlyklara görä" },
  { why: "UTF-8 of a curly quote read as Latin-1 is no Turkish legacy text (the UTF-8 repair takes it)", text: "Todo ser humano tem direito ‘à’ liberdade de reunião." },
  { why: "Turkmen: ý alone, over and over, would read as Turkish ı", text: "Her bir adam ýanalmalardan gaýry ýurtlarda gaçybatalga gözlemäge we ol gaçybatalgadan peýdalanmaga haklydyr." },
  // A line the screen passes over (a letter or two from the upper half) is only read as Central European, Turkish or Baltic when its letter pairs say so.
  { why: "French: è, à, ô would read as Czech č, ŕ", text: "Il est arrivé à la gare très tôt ce matin, et il a pris un café." },
  { why: "Italian: è, à, ù would read as č, ŕ, ů", text: "Perché è già tardi, andiamo a casa più presto stasera." },
  { why: "Spanish: ñ would read as Polish ń", text: "El niño pequeño comió una manzana en el jardín de su abuela." },
  { why: "Portuguese: ã would read as Romanian ă", text: "Não há razão para pensar que a situação é má para todos nós." },
  { why: "Catalan: à, è would read as ŕ, č", text: "L'àvia va anar al mercat i va comprar pèsols i tomàquets." },
  { why: "Danish: ø, å would read as ř, ĺ", text: "Vi så søsteren min på gaten i går, og hun hilste på oss." },
  { why: "Estonian: õ would read as Hungarian ő", text: "Täna õhtul läheme kinno ja pärast sööme koos õhtust." },
  { why: "Icelandic: ð, þ, ý would read as Turkish ğ, ş, ı", text: "Dýrið hljóp yfir túnið og hvarf bak við hæðina." },
  { why: "Icelandic: ð inside words", text: "Hann kom heim í gær og borðaði fisk með kartöflum." },
  { why: "a heading in capitals keeps its Ã (the letter pairs do not see case)", text: "AÇÃO E REAÇÃO NO MUNDO" },
  { why: "a short heading is too little text to tell its language", text: "Capitolo terzo: è" },
  { why: "Turkmen: ý would read as Turkish ı, but ň and ‐ are no Windows-1254 characters", text: "Her bir adam islendik ýurtdan, şol sanda öz ýurdundan‐da, çykyp gitmäge we öz ýurduna ýene‐de dolanmaga haklydyr." },
];

/** Lost bytes restored inside words of a legacy line (each original has one of 81 8D 8F 90 9D in its legacy bytes). */
const LOST_BYTE_CASES: { why: string; text: string; legacy: string }[] = [
  { why: "Macedonian ќ (9D) at a word's start", text: "Утре ќе дојдам дома и ќе ти кажам за патот.", legacy: "windows-1251" },
  { why: "Serbian ђ (90) inside a word", text: "Он је рођен у малом граду између две реке.", legacy: "windows-1251" },
  { why: "Slovak ť (9D) inside a word", text: "Máme päťdesiat rokov a stále čakáme na ďalší deň.", legacy: "windows-1250" },
  { why: "Persian پ (81) at a word's start", text: "هر کس حق دارد که از آموزش و پرورش بهره‌مند شود", legacy: "windows-1256" },
  { why: "Shift_JIS: among the leads 8D 8F 90 before one trail, kanji frequency chooses (人 = 90 6C, 集 = 8F 57)", text: "日本の人口は、東京に集中している。", legacy: "shift_jis" },
  { why: "Persian: two lost bytes in a short line (پ = 81, the joiner = 9D)", text: "او در پرورش بهره‌مند شد", legacy: "windows-1256" },
];

/** A "?" left for a lost letter at a word's end (the next word in lower case) or inside a word: the letter comes back. */
const QUESTION_AS_LOST_LETTER: { why: string; text: string; legacy: string }[] = [
  { why: "Slovak 'byť' before a lower-case word (ť = 9D)", text: "Nikto nesmie byť nútený, aby bol členom spolku.", legacy: "windows-1250" },
  { why: "Slovak infinitive in -ť inside a Slovak line", text: "Chcem sa zúčastniť na stretnutí a potom ísť domov.", legacy: "windows-1250" },
  { why: "Czech 'ať' (a frequent word the trigrams find costly) after a comma, on a line the reading repairs", text: "Všichni lidé, ať mladí nebo staří, mají stejná práva.", legacy: "windows-1250" },
];

/**
 * A Central European line whose only damage is a U+FFFD inside a word, or a "?" where
 * no question ends: the letters Windows-1252 shares with Windows-1250 came through, so
 * the mark is a lost 8D 8F 9D.
 */
const QUIET_LINES: Case[] = [
  { why: "Slovak infinitive ending in ť (9D)", input: readStrict("Chceme smerovať k lepšej budúcnosti našich detí.", "windows-1250", "fffd"), expected: "Chceme smerovať k lepšej budúcnosti našich detí." },
  { why: "Slovak '?' for ť before a lower-case word", input: readStrict("Chceme vstúpiť do nového spolku.", "windows-1250", "question"), expected: "Chceme vstúpiť do nového spolku." },
  { why: "Slovak: a real question before a lower-case word stays", input: "Naozaj? nie, to nie je pravda.", expected: "Naozaj? nie, to nie je pravda." },
  { why: "English: a real question before a lower-case word stays", input: "Really? no, not today, maybe tomorrow.", expected: "Really? no, not today, maybe tomorrow." },
  { why: "French: a U+FFFD in 'café' gets no Central European letter", input: "Le caf\ufffd est servi chaud dans la salle à manger.", expected: "Le caf\ufffd est servi chaud dans la salle à manger." },
  { why: "English: a U+FFFD for a lost apostrophe stays", input: "The children didn\ufffdt want to leave the garden before dinner.", expected: "The children didn\ufffdt want to leave the garden before dinner." },
];

/**
 * A byte the strict decoder dropped without a mark, put back from the letter pairs and
 * trigrams alone — or left out when the word reads well without it (`expected`).
 */
const DROPPED_CASES: { why: string; text: string; legacy: string; expected?: string }[] = [
  { why: "Serbian 'међународни' (ђ = 90)", text: "Наш град има међународни аеродром и нову болницу.", legacy: "windows-1251" },
  { why: "Shift_JIS: leads 81 and 90 dropped, trails left as ASCII or halfwidth katakana", text: "私たちは毎朝、駅の近くの公園で犬と散歩します。", legacy: "shift_jis" },
  { why: "Shift_JIS: 90 of 新 and 81 of 、 dropped", text: "彼は新聞を読んでから、会社へ行きました。", legacy: "shift_jis" },
  { why: "Shift_JIS: two leads dropped close together (国の政: a trail pairs off, halfwidth katakana left)", text: "彼は自国の政治について話した。", legacy: "shift_jis" },
  { why: "Persian zero-width non-joiner (9D) inside 'بهره‌مند'", text: "اين کشور از همکاري بهره‌مند است.", legacy: "windows-1256" },
  { why: "Macedonian 'ќе' before a verb reads as the word 'е' and stays so", text: "Утре ќе биде убаво време.", legacy: "windows-1251", expected: "Утре е биде убаво време." },
  { why: "Slovak 'zaistiť' (ť = 9D): no trigram knows ť, the frequent word does", text: "Štát musí zaistiť bezpečnosť všetkých občanov.", legacy: "windows-1250" },
  { why: "Slovak 'vstúpiť', a word the legacy reading leaves as it was", text: "Chcel by som vstúpiť do miestneho spolku, ale nemám čas.", legacy: "windows-1250" },
  { why: "Persian 'پرورش' (پ = 81) at a word's start", text: "ما بايد به پرورش کودکان اهميت بدهيم.", legacy: "windows-1256" },
  { why: "Persian 'پنهان' (پ = 81) after a word that is frequent as it is", text: "اين کار را نبايد پنهان کرد.", legacy: "windows-1256" },
];

/** A "?" that is a real question mark, or genuine text with one: must come out as the lossless repair or as it was. */
const QUESTION_MARKS: { why: string; input: string; expected: string }[] = [
  { why: "a question mark after a Russian word (Windows-1251)", input: readAsLatin1("Как дела? Хорошо, спасибо.", "windows-1251"), expected: "Как дела? Хорошо, спасибо." },
  { why: "a question mark before a closing guillemet (Windows-1251)", input: readAsLatin1("«Кто там?» — спросила мама.", "windows-1251"), expected: "«Кто там?» — спросила мама." },
  { why: "a real question in a Slovak line read as Windows-1250, followed by a lower-case word", input: readAsLatin1("Prečo? nikto nevie, čo bude ďalej s našou obcou.", "windows-1250"), expected: "Prečo? nikto nevie, čo bude ďalej s našou obcou." },
  { why: "a real question in a Serbian line, followed by a lower-case word", input: readAsLatin1("Шта? ништа се није десило у нашем граду.", "windows-1251"), expected: "Шта? ништа се није десило у нашем граду." },
  { why: "a one-word Czech question at a sentence's start, on a line the reading repairs ('Ať' is a frequent word too)", input: readAsLatin1("A? nikdo neví, co řekne.", "windows-1250"), expected: "A? nikdo neví, co řekne." },
  { why: "a one-word Czech question on a quiet line", input: "A? ne, to nevím.", expected: "A? ne, to nevím." },
  { why: "a question mark in a URL beside a Czech line", input: `${readAsLatin1("Přihláška je na stránce", "windows-1250")} index.php?lang=cs`, expected: "Přihláška je na stránce index.php?lang=cs" },
  { why: "French with accents and real question marks", input: "Où est la gare? Très près, à côté du café.", expected: "Où est la gare? Très près, à côté du café." },
  { why: "French with a question mark glued to the next word", input: "Était-ce déjà fini?Non, pas encore.", expected: "Était-ce déjà fini?Non, pas encore." },
  { why: "Spanish with ¿ and ?", input: "¿Qué pasó? ¿Dónde están los niños?", expected: "¿Qué pasó? ¿Dónde están los niños?" },
];

describe("legacy text read as Windows-1252", () => {
  describe.each(["fffd", "question"] as const)("a byte lost as %s", (mark) => {
    it.each(LOST_BYTE_CASES)("$why", ({ text, legacy }) => {
      const input = readStrict(text, legacy, mark);
      expect(input).not.toBe(readAsLatin1(text, legacy));
      expect(fixText(input, REPAIR_ONLY)).toBe(text);
    });
  });

  it.each(QUESTION_AS_LOST_LETTER)("$why", ({ text, legacy }) => {
    expect(fixText(readStrict(text, legacy, "question"), REPAIR_ONLY)).toBe(text);
  });

  it.each(QUIET_LINES)("a U+FFFD on a line nothing else changes: $why", ({ input, expected }) => {
    expect(fixText(input, REPAIR_ONLY)).toBe(expected);
  });

  it.each(DROPPED_CASES)("a byte dropped without a mark: $why", ({ text, legacy, expected }) => {
    const input = decodeAs(iconv.encode(text, legacy), "windows-1252", { strict: true, mark: "dropped" }).text;
    expect(input.length).toBeLessThan(readAsLatin1(text, legacy).length);
    expect(fixText(input, REPAIR_ONLY)).toBe(expected ?? text);
  });

  it("marks a dropped byte put back as a guess", () => {
    const input = decodeAs(iconv.encode("Наш град има међународни аеродром и нову болницу.", "windows-1251"), "windows-1252", { strict: true, mark: "dropped" }).text;
    const guessed = explainText(input, REPAIR_ONLY).filter((c) => c.fix === "mojibake" && c.guess);
    expect(guessed.map((c) => c.after)).toContain("међународни");
  });

  it.each(QUESTION_MARKS)("keeps a real question mark: $why", ({ input, expected }) => {
    expect(fixText(input, REPAIR_ONLY)).toBe(expected);
  });

  it("marks a restored lost byte as a guess, with its encoding pair", () => {
    const changes = explainText(readStrict("Утре ќе дојдам дома и ќе ти кажам за патот.", "windows-1251", "fffd"), REPAIR_ONLY).filter((c) => c.fix === "mojibake");
    const guessed = changes.filter((c) => c.guess);
    expect(guessed.map((c) => [c.before, c.after])).toEqual([
      ["\ufffdå", "ќе"],
      ["\ufffdå", "ќе"],
    ]);
    for (const change of guessed) expect(change.encodingPair).toEqual({ encoding: "windows-1251", readAs: "windows-1252" });
    expect(changes.filter((c) => !c.guess).length).toBeGreaterThan(0);
  });

  it("leaves a U+FFFD that no lost byte makes a letter of its word's script", () => {
    // Windows-1251 has only Cyrillic at 81 8D 8F 90 9D: a Latin word keeps its mark.
    const input = `${readAsLatin1("Мы ждали тебя весь день, а ты пришел поздно в мой", "windows-1251")} caf\ufffd`;
    expect(fixText(input, REPAIR_ONLY)).toBe("Мы ждали тебя весь день, а ты пришел поздно в мой caf\ufffd");
  });

  it.each(FEW_LETTERS_CASES)("a letter or two: $why", ({ text, legacy, readAs, broken }) => {
    const input = broken ? broken(text) : readAsLatin1(text, legacy, readAs);
    expect(input).not.toBe(text);
    expect(fixText(input, REPAIR_ONLY)).toBe(text);
  });

  it.each(CASES)("$why", ({ input, expected }) => {
    expect(fixText(input, REPAIR_ONLY)).toBe(expected);
  });

  it.each(LEAVES)("leaves alone: $why", ({ text }) => {
    expect(fixText(text, REPAIR_ONLY)).toBe(text);
  });

  it("reports both layers of a two-layer repair in its encoding pair", () => {
    const input = utf8ReadAs1252(readAsLatin1("Кожна людина має право на освіту.", "windows-1251"));
    const changes = explainText(input, REPAIR_ONLY).filter((c) => c.fix === "mojibake");
    expect(changes.length).toBeGreaterThan(0);
    for (const change of changes) expect(change.encodingPair).toEqual({ encoding: "utf-8 → windows-1251", readAs: "windows-1252 → windows-1252" });
  });
});
