import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { alignTexts } from "@/lib/align/align";
import { isOneParagraphPerLine, segmentText, type Language } from "@/lib/align/segment";

// The demo article as published: paragraphs and two headings separated by blank lines.
const DEMO = path.resolve(import.meta.dirname, "../../../prisma/demo");
const article = { fr: readFileSync(path.join(DEMO, "mokhiber-resignation.fr.txt"), "utf8"), en: readFileSync(path.join(DEMO, "mokhiber-resignation.en.txt"), "utf8") };

/** Every paragraph on one line, no blank lines: text pasted from a web page or a word processor. */
const onePerLine = (text: string) => text.replace(/\n[^\S\n]*\n\s*/gu, "\n");
/** Paragraphs wrapped at 72 columns, as a mail client or an editor writes them. */
function hardWrap(text: string, width = 72): string {
  return text.split(/\n\s*\n/u).map((paragraph) => {
    const lines: string[] = [];
    for (const word of paragraph.trim().split(/\s+/u)) {
      if (lines.length > 0 && lines[lines.length - 1].length + 1 + word.length <= width) lines[lines.length - 1] += ` ${word}`;
      else lines.push(word);
    }
    return lines.join("\n");
  }).join("\n\n");
}

const shape = (text: string, language: Language) =>
  segmentText(text, language).sentences.map((s) => ({ text: s.text.replace(/\s+/gu, " "), paragraph: s.paragraph, isHeading: s.isHeading }));

describe.each<[Language]>([["fr"], ["en"]])("the demo article (%s) in both plain-text conventions", (language) => {
  const original = article[language];

  it("is read one paragraph per line when its blank lines are removed: same sentences, paragraphs and headings", () => {
    const pasted = onePerLine(original);
    expect(pasted).not.toMatch(/\n\s*\n/u);
    expect(isOneParagraphPerLine(pasted)).toBe(true);
    expect(shape(pasted, language)).toEqual(shape(original, language));
    expect(shape(original, language).filter((s) => s.isHeading).length).toBe(2);
  });

  it("joins hard-wrapped lines into the same sentences", () => {
    const wrapped = hardWrap(original);
    expect(Math.max(...wrapped.split("\n").map((line) => line.length))).toBeLessThanOrEqual(72);
    expect(shape(wrapped, language)).toEqual(shape(original, language));
  });

  it("still joins hard-wrapped lines when the blank lines are gone too", () => {
    const wrapped = onePerLine(hardWrap(original));
    expect(isOneParagraphPerLine(wrapped)).toBe(false);
    const sentences = shape(wrapped, language).map((s) => s.text);
    const expected = shape(original, language).filter((s) => !s.isHeading).map((s) => s.text);
    // Without blank lines a heading cannot be told from a wrapped line: it joins the sentence after it.
    expect(sentences.filter((text) => expected.includes(text)).length).toBeGreaterThanOrEqual(expected.length - 2);
  });
});

describe("isOneParagraphPerLine", () => {
  const long = "Depuis le début de la guerre entre Israël et le Hamas, Craig Mokhiber n’est pas le seul haut responsable à partir.";
  it.each([
    ["a heading line, then long paragraph lines", `Cas de conscience\n${long}\n${long}`, true],
    ["long lines with a bulleted list", `${long}\n- la guerre\n- les civils\n${long}`, true],
    ["one line", long, false],
    ["blank lines between paragraphs", `${long}\n\n${long}`, false],
    ["short lines only (a wrapped paragraph or a list)", "Trois points\nla guerre\nles civils", false],
    ["wrapped lines with one long web address", `Voir le texte sur\nhttps://example.org/${"a".repeat(100)}\net la suite de\nla lettre, qui\ncontinue ici.`, false],
  ])("%s: %s", (_name, input, expected) => {
    expect(isOneParagraphPerLine(input)).toBe(expected);
  });
});

describe("paragraph alignment of the demo article without blank lines", () => {
  it("gives the same segments as the article with its blank lines", () => {
    const beads = (fr: string, en: string) => alignTexts(fr, en).segments.map((s) => [s.source, s.target, s.kind]);
    expect(beads(onePerLine(article.fr), onePerLine(article.en))).toEqual(beads(article.fr, article.en));
  });
});
