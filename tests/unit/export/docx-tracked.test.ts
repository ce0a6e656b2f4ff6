import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeTrackedDocx } from "@/lib/export/docx-tracked";
import { ARTICLE, CORRECTION, demoSegments, FIRST } from "./demo-segments";

const directory = mkdtempSync(join(tmpdir(), "recto-docx-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

async function documentXml(buffer: Buffer, name: string): Promise<string> {
  const path = join(directory, name);
  writeFileSync(path, buffer);
  return execFileSync("unzip", ["-p", path, "word/document.xml"], { encoding: "utf8" });
}

const ENTITIES: Record<string, string> = { "&apos;": "'", "&quot;": '"', "&lt;": "<", "&gt;": ">", "&amp;": "&" };
const decode = (text: string) => text.replace(/&(?:apos|quot|lt|gt|amp);/g, (entity) => ENTITIES[entity]);

const options = { title: "Démission", targetLeading: "", exportedAt: new Date("2023-11-06T08:00:00Z") };
const paragraphTexts = (xml: string) =>
  [...xml.matchAll(/<w:p>(.*?)<\/w:p>|<w:p\/>/gs)].map((match) =>
    [...(match[1] ?? "").matchAll(/<w:(?:t|delText)[^>]*>([^<]*)</g)].map((text) => decode(text[1])).join(""),
  );

describe("writeTrackedDocx", () => {
  it("marks the approved correction as a deletion and an insertion by the approving editor", async () => {
    const xml = await documentXml(await writeTrackedDocx(demoSegments(), options), "demo.docx");
    const deletions = [...xml.matchAll(/<w:del [^>]*w:author="([^"]*)"[^>]*w:date="([^"]*)"[^>]*>.*?<w:delText[^>]*>([^<]*)</gs)];
    const insertions = [...xml.matchAll(/<w:ins [^>]*w:author="([^"]*)"[^>]*w:date="([^"]*)"[^>]*>.*?<w:t[^>]*>([^<]*)</gs)];
    expect(deletions.map((match) => match.slice(1).map(decode))).toEqual([["Élise Martin", "2023-11-05T14:30:00Z", FIRST]]);
    expect(insertions.map((match) => match.slice(1).map(decode))).toEqual([["Élise Martin", "2023-11-05T14:30:00Z", CORRECTION]]);
  });

  it("follows the English paragraphs and keeps the untouched text", async () => {
    const xml = await documentXml(await writeTrackedDocx(demoSegments(), options), "paragraphs.docx");
    const paragraphs = ARTICLE.split("\n\n");
    const texts = paragraphTexts(xml);
    expect(texts).toHaveLength(paragraphs.length);
    expect(texts.slice(1)).toEqual(paragraphs.slice(1));
    expect(texts[0]).toBe(paragraphs[0].replace(FIRST, FIRST + CORRECTION));
  });

  it.each([
    ["two sentences in one paragraph", " ", 1],
    ["a blank line", "\n\n", 2],
    ["Windows blank line", "\r\n\r\n", 2],
  ])("joins segments separated by %s into the right paragraphs", async (_name, separator, expected) => {
    const segments = demoSegments().slice(1, 3).map((segment) => ({ ...segment, targetSeparator: separator }));
    const xml = await documentXml(await writeTrackedDocx(segments, options), `sep-${expected}.docx`);
    expect(paragraphTexts(xml).filter((text) => text !== "")).toHaveLength(expected);
  });

  it("replaces control characters Word cannot store", async () => {
    const segment = { ...demoSegments()[1], publishedText: "bell\u0007 here", currentText: "bell\u0007 there" };
    const xml = await documentXml(await writeTrackedDocx([segment], options), "control.docx");
    expect(xml).not.toContain("\u0007");
    expect(xml).toContain("bell\uFFFD");
  });

  it("escapes markup in the text", async () => {
    const segment = { ...demoSegments()[1], publishedText: "<script>alert(1)</script> & co", currentText: "<script>alert(2)</script> & co" };
    const xml = await documentXml(await writeTrackedDocx([segment], options), "escape.docx");
    expect(xml).not.toContain("<script>");
    expect(xml).toContain("&lt;script&gt;");
  });
});
