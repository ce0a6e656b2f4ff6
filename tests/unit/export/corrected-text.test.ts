import { describe, expect, it } from "vitest";
import { writeCorrectedText } from "@/lib/export/corrected-text";
import { diffWords, toHunks } from "@/lib/diff/word-diff";
import { ARTICLE, collect, CORRECTION, demoSegments, FIRST } from "./demo-segments";

describe("writeCorrectedText", () => {
  it("differs from the published article only in the approved span", async () => {
    const corrected = await collect(writeCorrectedText(demoSegments(), { targetLeading: "" }));
    expect(corrected).toBe(ARTICLE.replace(FIRST, CORRECTION));
    expect(toHunks(diffWords(ARTICLE, corrected)).map((hunk) => [hunk.before, hunk.after])).toEqual([[FIRST, CORRECTION]]);
  });

  it.each([
    ["without pending suggestions", false, "experienced diplomat"],
    ["with pending suggestions", true, "seasoned diplomat"],
  ])("exports %s", async (_name, includePending, expected) => {
    const corrected = await collect(writeCorrectedText(demoSegments(), { targetLeading: "", includePending }));
    expect(corrected).toContain(expected);
  });

  it.each([
    ["a BOM and blank lines before the text", "\uFEFF\n\n", "\r\n\r\n"],
    ["Markdown with a heading", "# Démission à l’ONU\n\n", "\n\n"],
    ["odd spacing", "  ", "\u00a0 \t\n"],
  ])("keeps %s byte for byte", async (_name, targetLeading, separator) => {
    const segments = demoSegments().map((segment) => ({ ...segment, currentText: segment.publishedText, targetSeparator: separator }));
    const published = targetLeading + segments.map((segment) => segment.publishedText + separator).join("");
    expect(await collect(writeCorrectedText(segments, { targetLeading }))).toBe(published);
  });

  it("refuses segments that are out of order", async () => {
    const [first, second] = demoSegments();
    await expect(collect(writeCorrectedText([second, first], { targetLeading: "" }))).rejects.toThrow(/position order/);
  });
});
