/**
 * Every normalization fix on its own: cases it must change, correct text it must
 * leave alone, and the line-local property the streaming path relies on (a fix's
 * edits on a text equal its edits on each line, a line ending after "\n").
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fixText } from "../src/index.js";
import { applyEdits, type Edit } from "../src/repair/changes.js";
import type { Fix } from "../src/repair/fix.js";
import { FIXES, enabledFixes, fixByName } from "../src/repair/registry.js";
import type { FixOptions } from "../src/types.js";

interface FixTable {
  fix: string;
  options?: FixOptions;
  /** [input, expected] */
  changes: [string, string][];
  /** Correct text the fix must return unchanged. */
  leaves: string[];
}

const TABLES: FixTable[] = [
  {
    fix: "html-entities",
    changes: [
      ["caf&eacute; &amp; cr&#232;me", "café & crème"],
      ["&#xE9;t&#XE9; &#233;", "été é"],
      ["CAF&EACUTE;", "CAFÉ"],
      ["&AMP; &lt;b&gt;", "& <b>"],
      ["Tom &amp;amp; Jerry", "Tom &amp; Jerry"],
      ["&#x80;uro &hellip;", "€uro …"],
      ["line &amp; one\n<p>keep &amp;</p>\nthree &quot;x&quot;", 'line & one\n<p>keep &amp;</p>\nthree "x"'],
    ],
    leaves: [
      "AT&T and P&G",
      "&c and so on",
      "&notice &copy without semicolon",
      "&unknownentity; &madeup;",
      "<p>caf&eacute; &amp; cr&egrave;me</p>",
      '<?xml version="1.0"?><a>&amp;</a>',
      "a &#; b & c;",
    ],
  },
  {
    fix: "terminal-escapes",
    changes: [
      ["\x1b[1;31mError\x1b[0m: disk full", "Error: disk full"],
      ["\x1b[2J\x1b[Hhome", "home"],
      ["\x1b]0;window title\x07text", "text"],
      ["\x1b]8;;http://x.example\x1b\\link\x1b]8;;\x1b\\", "link"],
      ["\x1b(Bplain\x1b7", "plain"],
    ],
    leaves: ["[31m not an escape", "C'est \u009b la fin", "plain text\n"],
  },
  {
    fix: "c1-controls",
    changes: [
      ["\u0093quoted\u0094 \u0085 \u0080 5", "“quoted” … € 5"],
      ["don\u0092t", "don’t"],
      ["\u009a\u009e\u009f", "šžŸ"],
      // Controls after U+FFFD are what is left of one broken character (a lost lead byte): the U+FFFD stands for it.
      ["a \ufffd\u0080\u0098word \ufffd\u0080 x\ufffd\u0093", "a \ufffdword \ufffd x\ufffd"],
    ],
    leaves: ["undefined bytes \u0081\u008d\u008f\u0090\u009d stay", "“already” fine …"],
  },
  {
    fix: "c1-controls",
    options: { eol: "lf" },
    changes: [["a\u0085b \u0093", "a\u0085b “"]],
    leaves: ["one\u0085two"],
  },
  {
    fix: "ligatures",
    changes: [
      ["ﬁnd the ﬂow", "find the flow"],
      ["Ĳssel ĳs", "IJssel ijs"],
      ["ﬀ ﬃ ﬄ ﬆ", "ff ffi ffl st"],
      ["ǅak ǉubav", "Džak ljubav"],
    ],
    leaves: ["find the flow", "æsthetic œuvre", "ﬓﬔ Armenian"],
  },
  {
    fix: "width",
    changes: [
      ["ＡＢＣ１２３！", "ABC123!"],
      ["ＨＥＬＬＯ，　ｗｏｒｌｄ", "HELLO, world"],
      ["ｶﾀｶﾅ", "カタカナ"],
      ["ｶﾞｷﾞ", "ガギ"],
      ["第（１）項", "第（1）項"],
      ["価格：１００￥", "価格：100￥"],
    ],
    leaves: ["你好，世界！", "東京（とうきょう）", "　日本語の段落。", "カタカナ", "plain ASCII (text)!"],
  },
  {
    fix: "curly-quotes",
    changes: [["“It’s” ‘fine’", "\"It's\" 'fine'"]],
    leaves: ["straight \"quotes\" 'here'", "6′2″ tall", "Hawaiʻi and Україна ʼ"],
  },
  {
    fix: "line-endings",
    options: { eol: "lf" },
    changes: [
      ["one\r\ntwo\rthree\u2028four\u2029five\u0085six", "one\ntwo\nthree\nfour\nfive\nsix"],
      ["\r\r\n\n", "\n\n\n"],
    ],
    leaves: ["one\ntwo\n", "no break"],
  },
  {
    fix: "line-endings",
    options: { eol: "crlf" },
    changes: [["one\ntwo\r\nthree\r", "one\r\ntwo\r\nthree\r\n"]],
    leaves: ["one\r\ntwo\r\n"],
  },
  {
    fix: "line-endings",
    options: { eol: "keep" },
    changes: [],
    leaves: ["one\r\ntwo\nthree\r"],
  },
  {
    fix: "surrogates",
    changes: [
      ["A\ud83d B", "A\ufffd B"],
      ["\ude00 low first", "\ufffd low first"],
      ["\ude00\ud83d", "\ufffd\ufffd"],
    ],
    leaves: ["emoji 😀 and 𝄞 and 𠀋", "plain"],
  },
  {
    fix: "control-chars",
    changes: [
      ["bell\x07 and\x00 nul\x7f", "bell and nul"],
      ["a\x0bb\x1bc", "abc"],
      ["obj\ufffc \u206a x", "obj  x"],
    ],
    leaves: ["tab\tform\fcr\rlf\n", "flag 🏴\u{e0067}\u{e0062}\u{e0073}\u{e0063}\u{e0074}\u{e007f}", "c1 \u0093 left to c1-controls", "zero\u200bwidth\u200djoiner"],
  },
  {
    fix: "stray-bom",
    changes: [
      ["part one\n\ufeffpart two", "part one\npart two"],
      ["\ufeffstart", "start"],
    ],
    leaves: ["no bom here", "word\u2060joiner"],
  },
  {
    fix: "unicode-normalization",
    changes: [
      ["cafe\u0301", "café"],
      ["A\u030a and e\u0301 e\u0301", "Å and é é"],
      ["\u1100\u1161\u11a8", "각"],
      ["q\u0307\u0323", "q\u0323\u0307"],
    ],
    leaves: ["café", "한국어", "ﬁ stays under NFC", "Ελληνικά", "नमस्ते", "q\u0323\u0307"],
  },
  {
    fix: "unicode-normalization",
    options: { normalize: "NFKC" },
    changes: [
      ["ﬁ x² …", "fi x2 ..."],
      ["ｶﾞ", "ガ"],
    ],
    leaves: ["fi x2 ..."],
  },
  {
    fix: "unicode-normalization",
    options: { normalize: "none" },
    changes: [],
    leaves: ["cafe\u0301"],
  },
];

function fixNamed(name: string): Fix {
  const fix = fixByName(name);
  if (!fix) throw new Error(`no fix ${name}`);
  return fix;
}

function runFix(fix: Fix, text: string, options: FixOptions): string {
  if (fix.mayEdit && !fix.mayEdit(text, options)) {
    expect(fix.edits(text, options)).toEqual([]);
    return text;
  }
  return applyEdits(text, fix.edits(text, options), fix.name).text;
}

/** The fix's edits, computed one line at a time and shifted back into place. */
function editsLineByLine(fix: Fix, text: string, options: FixOptions): Edit[] {
  const edits: Edit[] = [];
  let offset = 0;
  for (const line of text.match(/[^\n]*\n|[^\n]+$/g) ?? []) {
    for (const e of fix.edits(line, options)) edits.push({ ...e, start: e.start + offset, end: e.end + offset });
    offset += line.length;
  }
  return edits;
}

function checkEdits(edits: Edit[], text: string): void {
  let last = 0;
  for (const e of edits) {
    expect(e.start).toBeGreaterThanOrEqual(last);
    expect(e.end).toBeGreaterThanOrEqual(e.start);
    expect(e.end).toBeLessThanOrEqual(text.length);
    last = e.end;
  }
}

describe.each(TABLES)("fix $fix $options", ({ fix: name, options = {}, changes, leaves }) => {
  const fix = fixNamed(name);
  it.each(changes)("changes %j → %j", (input, expected) => {
    expect(runFix(fix, input, options)).toBe(expected);
    checkEdits(fix.edits(input, options), input);
  });
  it.each(changes)("through fixText with only this fix: %j", (input, expected) => {
    expect(fixText(input, { ...options, only: [name] })).toBe(expected);
  });
  it.each(leaves.map((t) => [t]))("leaves %j alone", (text) => {
    expect(fix.edits(text, options)).toEqual([]);
    if (fix.mayEdit) expect(() => fix.mayEdit!(text, options)).not.toThrow();
  });
  it("is line-local on its own cases joined by line breaks", () => {
    const text = [...changes.map(([input]) => input), ...leaves].join("\n") + "\n";
    expect(editsLineByLine(fix, text, options)).toEqual(fix.edits(text, options));
  });
});

/** Characters every fix has an opinion on, for the random line-locality check. */
const TRICKY = [
  "a", "é", "e\u0301", "\u0301", "\u0307\u0323", " ", "\n", "\r", "\r\n", "\t", "\u2028", "\u2029", "\u0085", "\u0093", "\u0081",
  "&amp;", "&eacute;", "&EACUTE;", "&#233;", "&", ";", "<p>", "<", "\x1b[31m", "\x1b", "[0m", "\x00", "\x7f", "\ufeff", "\ufffc",
  "\ud83d", "\ude00", "😀", "ﬁ", "ĳ", "Ａ", "１", "，", "　", "ｶ", "ﾞ", "你", "“", "’", "\u1100", "\u1161", "\u11a8", "가",
];

describe("line-locality of every fix (random texts)", () => {
  const optionSets: FixOptions[] = [{}, { eol: "lf" }, { eol: "crlf" }, { normalize: "NFKC" }];
  it.each(FIXES.filter((f) => f.name !== "mojibake").map((f) => [f.name]))("%s", (name) => {
    const fix = fixNamed(name);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TRICKY), { maxLength: 40 }), fc.constantFrom(...optionSets), (parts, options) => {
        const text = parts.join("");
        const whole = fix.edits(text, options);
        checkEdits(whole, text);
        expect(editsLineByLine(fix, text, options)).toEqual(whole);
        if (fix.mayEdit && !fix.mayEdit(text, options)) expect(whole).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe("the registry", () => {
  const names = (options: FixOptions) => enabledFixes(options).map((f) => f.name);
  it("runs in ftfy's order: entities and escapes, mojibake, clean-ups, normalization last", () => {
    expect(FIXES.map((f) => f.name)).toEqual([
      "html-entities", "terminal-escapes", "mojibake", "c1-controls", "ligatures", "width",
      "curly-quotes", "line-endings", "surrogates", "control-chars", "stray-bom", "unicode-normalization",
    ]);
  });
  it("turns on what the issue says by default", () => {
    expect(names({})).toEqual([
      "html-entities", "terminal-escapes", "mojibake", "c1-controls", "curly-quotes",
      "surrogates", "control-chars", "stray-bom", "unicode-normalization",
    ]);
  });
  it("keeps only the damage repairs under repairOnly", () => {
    expect(names({ repairOnly: true })).toEqual(["mojibake", "c1-controls", "surrogates"]);
  });
  it("lets a value turn its fix on or off", () => {
    expect(names({ eol: "crlf" })).toContain("line-endings");
    expect(names({ eol: "keep" })).not.toContain("line-endings");
    expect(names({ normalize: "none" })).not.toContain("unicode-normalization");
    expect(names({ repairOnly: true, normalize: "NFKC" })).toContain("unicode-normalization");
  });
  it("runs exactly the fixes named by only, in registry order", () => {
    expect(names({ only: ["unicode-normalization", "html-entities"] })).toEqual(["html-entities", "unicode-normalization"]);
  });
  it("gives every fix a kebab-case name and a summary", () => {
    for (const fix of FIXES) {
      expect(fix.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(fix.summary.length).toBeGreaterThan(10);
    }
  });
});

describe("all fixes together", () => {
  it.each([
    ["caf&eacute; \x1b[1m“bold”\x1b[0m\ufeff e\u0301\x00", 'café "bold" é'],
    ["\u0093Hi\u0094 said ﬁ", '"Hi" said ﬁ'],
  ])("fixText(%j) → %j", (input, expected) => {
    expect(fixText(input)).toBe(expected);
  });
  it("straightens quotes that c1-controls produced", () => {
    expect(fixText("don\u0092t")).toBe("don't");
  });
});
