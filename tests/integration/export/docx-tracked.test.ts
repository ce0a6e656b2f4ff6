import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { CHUNK_SIZE } from "@/lib/exchange/chunks";
import { writeTrackedDocx } from "@/lib/export/docx-tracked";
import type { ExportSegment } from "@/lib/exchange/types";
import { ARTICLE, CORRECTION, demoSegments, FIRST, generatedSegments } from "@/tests/unit/export/demo-segments";

const directory = mkdtempSync(join(tmpdir(), "recto-docx-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

async function collectBytes(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function saveDocx(stream: Readable, name: string): Promise<string> {
  const path = join(directory, name);
  writeFileSync(path, await collectBytes(stream));
  return path;
}

// unzip reads part names as wildcards, so "[Content_Types].xml" needs its brackets escaped.
const unzip = (path: string, part: string) =>
  execFileSync("unzip", ["-p", path, part.replace(/[[\]*?]/g, "\\$&")], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });

async function documentXml(stream: Readable, name: string): Promise<string> {
  return unzip(await saveDocx(stream, name), "word/document.xml");
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
    const xml = await documentXml(writeTrackedDocx(demoSegments(), options), "demo.docx");
    const deletions = [...xml.matchAll(/<w:del [^>]*w:author="([^"]*)"[^>]*w:date="([^"]*)"[^>]*>.*?<w:delText[^>]*>([^<]*)</gs)];
    const insertions = [...xml.matchAll(/<w:ins [^>]*w:author="([^"]*)"[^>]*w:date="([^"]*)"[^>]*>.*?<w:t[^>]*>([^<]*)</gs)];
    expect(deletions.map((match) => match.slice(1).map(decode))).toEqual([["Élise Martin", "2023-11-05T14:30:00Z", FIRST]]);
    expect(insertions.map((match) => match.slice(1).map(decode))).toEqual([["Élise Martin", "2023-11-05T14:30:00Z", CORRECTION]]);
  });

  it("follows the English paragraphs and keeps the untouched text", async () => {
    const xml = await documentXml(writeTrackedDocx(demoSegments(), options), "paragraphs.docx");
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
    const xml = await documentXml(writeTrackedDocx(segments, options), `sep-${expected}.docx`);
    expect(paragraphTexts(xml).filter((text) => text !== "")).toHaveLength(expected);
  });

  it("replaces control characters Word cannot store", async () => {
    const segment = { ...demoSegments()[1], publishedText: "bell\u0007 here", currentText: "bell\u0007 there" };
    const xml = await documentXml(writeTrackedDocx([segment], options), "control.docx");
    expect(xml).not.toContain("\u0007");
    expect(xml).toContain("bell\uFFFD");
  });

  it("escapes markup in the text", async () => {
    const segment = { ...demoSegments()[1], publishedText: "<script>alert(1)</script> & co", currentText: "<script>alert(2)</script> & co" };
    const xml = await documentXml(writeTrackedDocx([segment], options), "escape.docx");
    expect(xml).not.toContain("<script>");
    expect(xml).toContain("&lt;script&gt;");
  });

  it("writes a package with the content types first and revision tracking switched on", async () => {
    const path = await saveDocx(writeTrackedDocx(demoSegments(), options), "package.docx");
    const listing = execFileSync("unzip", ["-Z1", path], { encoding: "utf8" }).trim().split("\n");
    expect(listing[0]).toBe("[Content_Types].xml");
    expect(listing).toEqual(expect.arrayContaining(["word/document.xml", "word/settings.xml", "docProps/core.xml"]));
    expect(unzip(path, "word/settings.xml")).toMatch(/<w:trackRevisions\/>/);
    expect(unzip(path, "docProps/core.xml")).toContain("<dc:title>Démission</dc:title>");
  });

  it("leaves nothing of the skeleton's placeholder paragraph in any part", async () => {
    const path = await saveDocx(writeTrackedDocx([], options), "empty.docx");
    const xml = unzip(path, "word/document.xml");
    expect(xml).toMatch(/<w:body><w:p\/><w:sectPr>/);
    const listing = execFileSync("unzip", ["-Z1", path], { encoding: "utf8" }).trim().split("\n");
    for (const part of listing) expect(unzip(path, part)).not.toMatch(/recto-body-|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-/);
  });

  it("fails the stream when the segment source fails", async () => {
    async function* broken(): AsyncGenerator<ExportSegment> {
      yield demoSegments()[0];
      throw new Error("cursor lost");
    }
    await expect(collectBytes(writeTrackedDocx(broken(), options))).rejects.toThrow(/cursor lost/);
  });

  it("streams a long document in chunks with one paragraph per blank line and one revision per change", async () => {
    const count = 5_000;
    const xml = await documentXml(writeTrackedDocx(generatedSegments(count), options), "long.docx");
    expect(xml.length).toBeGreaterThan(10 * CHUNK_SIZE);
    const segments = [...generatedSegments(count)];
    const paragraphOf = (texts: string[]) => texts.slice(0, 5).join(" ");
    expect(paragraphTexts(xml.replace(/<w:ins .*?<\/w:ins>/gs, ""))).toHaveLength(count / 5 + 1);
    expect(paragraphTexts(xml.replace(/<w:ins .*?<\/w:ins>/gs, ""))[0]).toBe(paragraphOf(segments.map((segment) => segment.publishedText)));
    expect(paragraphTexts(xml.replace(/<w:del .*?<\/w:del>/gs, ""))[0]).toBe(paragraphOf(segments.map((segment) => segment.currentText)));
    const ids = [...xml.matchAll(/<w:(?:ins|del) w:id="(\d+)"/g)].map((match) => Number(match[1]));
    expect(ids).toEqual(ids.map((_id, index) => index + 1));
    expect(ids.length).toBeGreaterThanOrEqual(count);
  });
});
