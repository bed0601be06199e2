import { describe, expect, it } from "vitest";
import { fixText } from "../src/index.js";

// A line of ASCII and U+FFFD only, whose words are U+FFFD alone, has nothing left to read.
const CASES: { name: string; input: string; output: string }[] = [
  { name: "legacy Greek decoded as UTF-8 stays as it is", input: "�� %s ��� %s ����� �������� ������������", output: "�� %s ��� %s ����� �������� ������������" },
  { name: "legacy Hebrew, a message with a number", input: "������ �� %d ������ ���", output: "������ �� %d ������ ���" },
  { name: "Python's EUC-KR quotes around a word still come back", input: "���Hello,��� she said", output: "“Hello,” she said" },
  { name: "… and its dashes between words", input: "He came ��� and left ���", output: "He came — and left �" },
];

describe("lines of stand-ins alone", () => {
  it.each(CASES)("$name", ({ input, output }) => {
    expect(fixText(input, { repairOnly: true })).toBe(output);
  });
});
