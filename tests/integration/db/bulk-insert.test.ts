import { describe, expect, it } from "vitest";
import { insertRows, type BulkColumn } from "@/lib/db/bulk-insert";
import { getPrisma } from "@/lib/db/client";
import { createDocument } from "@/tests/factories/documents";

type Row = { position: number; text: string; breaks: number[]; confidence: number };

const AWKWARD = ['say "no"', "back\\slash", "{braces}, commas", "line\nbreak\ttab", "", "NULL", "l’« attaque » contre Israël 🇵🇸", " spaces "];

function columns(documentId: string): BulkColumn<Row>[] {
  return [
    { name: "document_id", type: "uuid", value: () => documentId },
    { name: "position", type: "int", value: (row) => row.position },
    { name: "source_text", type: "text", value: (row) => row.text },
    { name: "published_text", type: "text", value: (row) => row.text },
    { name: "current_text", type: "text", value: (row) => row.text },
    { name: "source_breaks", type: "int[]", value: (row) => row.breaks },
    { name: "kind", type: "text", value: () => "1-1" },
    { name: "confidence", type: "float8", value: (row) => row.confidence },
  ];
}

describe("insertRows", () => {
  it("stores every value exactly as given: quotes, backslashes, braces, newlines, emoji, empty strings, arrays", async () => {
    const { id: documentId } = await createDocument({ segments: [] });
    const rows = AWKWARD.map((text, index) => ({ position: index, text, breaks: index % 2 ? [] : [index, index + 10], confidence: index / 10 }));
    expect(await insertRows(getPrisma(), "segments", columns(documentId), rows)).toBe(rows.length);
    const stored = await getPrisma().segment.findMany({
      where: { documentId }, orderBy: { position: "asc" },
      select: { position: true, sourceText: true, currentText: true, sourceBreaks: true, targetBreaks: true, confidence: true, status: true },
    });
    expect(stored).toEqual(rows.map((row) => ({
      position: row.position, sourceText: row.text, currentText: row.text, sourceBreaks: row.breaks, targetBreaks: [], confidence: row.confidence, status: "unreviewed",
    })));
  });

  it("casts enum columns and stores NULLs; with skipDuplicates it counts only the rows it inserted", async () => {
    const { id: documentId, segments } = await createDocument();
    type FindingRow = { segmentId: string; fingerprint: string; start: number | null };
    const findingColumns: BulkColumn<FindingRow>[] = [
      { name: "document_id", type: "uuid", value: () => documentId },
      { name: "segment_id", type: "uuid", value: (row) => row.segmentId },
      { name: "check_id", type: "text", value: () => "number-mismatch" },
      { name: "category", type: { enum: "mqm_category" }, value: () => "accuracy_mistranslation" },
      { name: "severity", type: { enum: "severity" }, value: () => "major" },
      { name: "message", type: "text", value: () => "12 became 13" },
      { name: "fingerprint", type: "text", value: (row) => row.fingerprint },
      { name: "segment_version", type: "int", value: () => 1 },
      { name: "target_start", type: "int", value: (row) => row.start },
      { name: "target_end", type: "int", value: (row) => (row.start === null ? null : row.start + 2) },
    ];
    const first = [{ segmentId: segments[0].id, fingerprint: "a", start: null }, { segmentId: segments[0].id, fingerprint: "b", start: 4 }];
    expect(await insertRows(getPrisma(), "findings", findingColumns, first, { skipDuplicates: true })).toBe(2);
    const again = [...first, { segmentId: segments[0].id, fingerprint: "c", start: 0 }, { segmentId: segments[0].id, fingerprint: "c", start: 0 }];
    expect(await insertRows(getPrisma(), "findings", findingColumns, again, { skipDuplicates: true })).toBe(1);
    const stored = await getPrisma().finding.findMany({ where: { documentId }, orderBy: { fingerprint: "asc" }, select: { fingerprint: true, category: true, severity: true, targetStart: true, status: true } });
    expect(stored).toEqual([
      { fingerprint: "a", category: "accuracy_mistranslation", severity: "major", targetStart: null, status: "open" },
      { fingerprint: "b", category: "accuracy_mistranslation", severity: "major", targetStart: 4, status: "open" },
      { fingerprint: "c", category: "accuracy_mistranslation", severity: "major", targetStart: 0, status: "open" },
    ]);
  });

  it("without skipDuplicates a duplicate fails the whole statement, storing nothing", async () => {
    const { id: documentId } = await createDocument({ segments: [] });
    const rows = [{ position: 0, text: "a", breaks: [], confidence: 1 }, { position: 0, text: "b", breaks: [], confidence: 1 }];
    await expect(insertRows(getPrisma(), "segments", columns(documentId), rows)).rejects.toThrow();
    expect(await getPrisma().segment.count({ where: { documentId } })).toBe(0);
  });

  it("inserts nothing for no rows, and refuses a table or column name that is not a plain SQL name", async () => {
    expect(await insertRows(getPrisma(), "segments", columns("unused"), [])).toBe(0);
    const row = [{ position: 0, text: "a", breaks: [], confidence: 1 }];
    await expect(insertRows(getPrisma(), 'segments"; DROP TABLE segments; --', columns("unused"), row)).rejects.toThrow("Not a plain SQL name");
  });
});
