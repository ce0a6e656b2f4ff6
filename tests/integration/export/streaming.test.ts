import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { writeCorrectedText } from "@/lib/export/corrected-text";
import { writeDocxBody } from "@/lib/export/docx-body";
import { writeTrackedDocx } from "@/lib/export/docx-tracked";
import { writeXliff12 } from "@/lib/exchange/xliff-12-writer";
import { writeXliff20 } from "@/lib/exchange/xliff-20-writer";
import { writeTmx } from "@/lib/exchange/tmx-writer";
import { writeChangeLogCsv, type ChangeLogEntry } from "@/lib/export/change-log";
import { writeIssuesCsv, writeIssuesJson, type ReportIssue } from "@/lib/export/report";
import { writeReportHtml } from "@/lib/export/report-html";
import type { ExportSegment } from "@/lib/exchange/types";
import { computeMqmScore } from "@/lib/review/mqm-score";
import { generatedSegments } from "@/tests/unit/export/demo-segments";

const SEGMENT_COUNT = 100_000;
const MAX_CHUNK = 64 * 1024;
const MAX_HEAP_GROWTH = 48 * 1024 * 1024;

type Writer = (segments: Iterable<ExportSegment>) => AsyncIterable<string>;

const EXPORTED_AT = new Date("2023-11-06T08:00:00Z");

/** Every 10th segment corrected, as in the bench document: word diffs dominate the DOCX writer's time. */
function* mostlyUntouched(segments: Iterable<ExportSegment>): Generator<ExportSegment> {
  for (const segment of segments) yield segment.position % 10 === 0 ? segment : { ...segment, currentText: segment.publishedText };
}

const WRITERS: [string, Writer][] = [
  ["corrected text", (segments) => writeCorrectedText(segments, { targetLeading: "" })],
  ["XLIFF 1.2", (segments) => writeXliff12(segments, { original: "big.txt" })],
  ["XLIFF 2.0", (segments) => writeXliff20(segments, { original: "big.txt" })],
  ["TMX", (segments) => writeTmx(segments)],
  ["DOCX body", (segments) => writeDocxBody(mostlyUntouched(segments), { targetLeading: "", exportedAt: EXPORTED_AT })],
];

// A garbage collection on demand: heapUsed counts garbage not yet collected, which on a busy machine
// can pass the bound by itself. A sample over the bound is taken again after a collection, so what
// is compared is what the writer keeps.
setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

/** Heap growth over `baseline`, collected first when it looks over the bound. */
function heapGrowth(baseline: number): number {
  const growth = process.memoryUsage().heapUsed - baseline;
  if (growth < MAX_HEAP_GROWTH) return growth;
  collectGarbage();
  return process.memoryUsage().heapUsed - baseline;
}

/** Consumes chunks one by one (never joining them) and samples the heap while doing so. */
export async function measure(chunks: AsyncIterable<string>) {
  collectGarbage();
  const baseline = process.memoryUsage().heapUsed;
  let peakGrowth = 0;
  let largestChunk = 0;
  let totalLength = 0;
  let count = 0;
  for await (const chunk of chunks) {
    largestChunk = Math.max(largestChunk, chunk.length);
    totalLength += chunk.length;
    count += 1;
    if (count % 200 === 0) peakGrowth = Math.max(peakGrowth, heapGrowth(baseline));
  }
  return { peakGrowth, largestChunk, totalLength, count };
}

/** Counts how many segments the writer has pulled so far. */
function countingSource(count: number) {
  const state = { pulled: 0 };
  function* segments() {
    for (const segment of generatedSegments(count)) {
      state.pulled += 1;
      yield segment;
    }
  }
  return { state, segments: segments() };
}

function* generatedIssues(count: number): Generator<ReportIssue> {
  for (let position = 1; position <= count; position += 1) {
    yield {
      segmentPosition: position,
      targetSpanText: "the attack on Israel",
      sourceSpanText: "l’offensive d’Israël",
      category: "accuracy_mistranslation",
      severity: "major",
      status: "open",
      authorName: "Ana",
      comment: `Issue ${position} <b>&</b>`,
      resolution: null,
      createdAt: new Date("2023-11-04T09:00:00Z"),
    };
  }
}

function* generatedChanges(count: number): Generator<ChangeLogEntry> {
  for (let position = 1; position <= count; position += 1) {
    yield {
      segmentPosition: position,
      kind: "approved",
      before: "the attack on Israel",
      after: "Israel's offensive against Gaza",
      suggestedBy: "Tom",
      approvedBy: "Élise",
      approvedAt: new Date("2023-11-05T14:30:00Z"),
      reason: null,
      resolvedIssues: [],
    };
  }
}

const REPORT_DOCUMENT = { title: "Big", exportedAt: new Date("2023-11-06T08:00:00Z") };
const SUMMARY = computeMqmScore([], 1);

describe.each([
  ["issues CSV", () => writeIssuesCsv(generatedIssues(SEGMENT_COUNT))],
  ["issues JSON", () => writeIssuesJson(REPORT_DOCUMENT, SUMMARY, generatedIssues(SEGMENT_COUNT))],
  ["HTML report", () => writeReportHtml(REPORT_DOCUMENT, SUMMARY, generatedIssues(SEGMENT_COUNT))],
  ["change log", () => writeChangeLogCsv(generatedChanges(SEGMENT_COUNT))],
])("%s on 100,000 rows", (_name, write) => {
  it("streams small chunks with bounded memory", async () => {
    const result = await measure(write());
    expect(result.largestChunk).toBeLessThanOrEqual(MAX_CHUNK);
    expect(result.peakGrowth).toBeLessThan(MAX_HEAP_GROWTH);
  }, 60_000);
});

describe.each(WRITERS)("%s writer on 100,000 segments", (_name, write) => {
  it("streams small chunks with bounded memory", async () => {
    const result = await measure(write(generatedSegments(SEGMENT_COUNT)));
    expect(result.count).toBeGreaterThan(100);
    expect(result.largestChunk).toBeLessThanOrEqual(MAX_CHUNK);
    expect(result.peakGrowth).toBeLessThan(MAX_HEAP_GROWTH);
  }, 60_000);

  it("yields its first chunk long before the input is read", async () => {
    const { state, segments } = countingSource(SEGMENT_COUNT);
    const iterator = write(segments)[Symbol.asyncIterator]();
    await iterator.next();
    expect(state.pulled).toBeLessThan(500);
    await iterator.return?.();
  });
});

describe("tracked DOCX on 100,000 segments", () => {
  it("streams the zip in pieces with bounded memory", async () => {
    const docx = writeTrackedDocx(mostlyUntouched(generatedSegments(SEGMENT_COUNT)), { title: "Big", targetLeading: "", exportedAt: EXPORTED_AT });
    collectGarbage();
    const baseline = process.memoryUsage().heapUsed;
    let peakGrowth = 0;
    let count = 0;
    // Deflated output arrives in few chunks, so the heap is sampled at every one.
    for await (const chunk of docx) {
      count += chunk.length > 0 ? 1 : 0;
      peakGrowth = Math.max(peakGrowth, heapGrowth(baseline));
    }
    expect(count).toBeGreaterThan(10);
    expect(peakGrowth).toBeLessThan(MAX_HEAP_GROWTH);
  }, 60_000);
});
