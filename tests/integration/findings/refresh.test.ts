import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { DEMO_DOCUMENT_KEY, seedDemo } from "@/lib/demo/seed";
import { seedStarterRules } from "@/lib/findings/glossary/mutations";
import { dismissFinding, dismissFindings, refreshDocumentFindings, refreshSegmentFindings } from "@/lib/findings/mutations";
import { countOpenFindingsBySegment, findFindings } from "@/lib/findings/queries";
import { createGlossaryEntry } from "@/lib/findings/glossary/mutations";
import { loadQaGlossary } from "@/lib/findings/glossary/queries";
import { stopQueue } from "@/lib/jobs/queue";
import { prepareChecks, runChecks } from "@/lib/qa/run-checks";
import { prepareChecksOffThread, QA_PAGE_SEGMENTS } from "@/lib/qa/checks-worker";
import { createQaDocument, editSegmentText, listFindings } from "@/tests/factories/findings";
import { createUser } from "@/tests/factories/users";

afterAll(() => stopQueue());
// The grammar checker loads once per process (seconds of CPU): not inside the first test's time.
// Both: one-segment refreshes check on this thread, document runs in the QA thread.
beforeAll(() => Promise.all([prepareChecks(), prepareChecksOffThread()]), 180_000);

const PAIRS = [
  { source: "Josh Paul a démissionné mardi.", target: "He resigned on Tuesday." },
  { source: "Selon Josh Paul, la décision était prise.", target: "According to him, the decision had been made." },
  { source: "Craig Mokhiber a quitté son poste.", target: "He left his post." },
  { source: "Au moins 1 400 personnes ont été tuées.", target: "At least 1,500 people were killed." },
  { source: "Le rapport a été publié en octobre.", target: "The report was published in October." },
  { source: "Selon Mokhiber, c’est un génocide.", target: "According to Mokhiber, it is a genocide." },
];

async function setUp(options: { disabledChecks?: string[] } = {}) {
  const editor = await createUser({ role: "editor" });
  const document = await createQaDocument({ createdById: editor.id, pairs: PAIRS, ...options });
  await refreshDocumentFindings({ documentId: document.documentId });
  return { editor, ...document };
}

describe("refreshing a document's findings", () => {
  it("flags the demo article's “attack on Israel” sentence as a role reversal, with both spans", async () => {
    await seedDemo(); // installs the starter rules too
    expect(await seedStarterRules()).toBe(0);
    expect(await getPrisma().glossaryEntry.count({ where: { kind: "role_reversal", documentId: null } })).toBeGreaterThan(0);
    const document = await getPrisma().document.findUniqueOrThrow({ where: { seedKey: DEMO_DOCUMENT_KEY }, select: { id: true } });
    await refreshDocumentFindings({ documentId: document.id });
    const { viewer } = await createUser({ role: "translator" });
    const page = await findFindings({ viewer, documentId: document.id, filters: { checkId: "role-reversal" } });
    const hit = page.rows.find((row) => /attack on Israel/.test(row.targetText));
    expect(hit).toMatchObject({ status: "open", category: "accuracy_mistranslation", isStale: false });
    expect(hit!.targetText.slice(hit!.targetStart!, hit!.targetEnd!)).toBe("attack on Israel");
    expect(hit!.sourceText.slice(hit!.sourceStart!, hit!.sourceEnd!)).toMatch(/offensive israélienne/);
  });

  it("stores each finding with its segment version and counts open ones per segment", async () => {
    const { editor, documentId, segmentIds } = await setUp();
    const rows = await listFindings(documentId);
    expect(rows.map((row) => `${segmentIds.indexOf(row.segmentId)} ${row.fingerprint}`)).toEqual([
      "0 name-mismatch:paul", "1 name-mismatch:josh", "1 name-mismatch:paul", "2 name-mismatch:mokhiber", "3 number-mismatch:1 400|1,500",
    ]);
    expect(rows.every((row) => row.status === "open" && row.segmentVersion === 1)).toBe(true);
    expect(await countOpenFindingsBySegment({ viewer: editor.viewer, documentId })).toEqual({ [segmentIds[0]]: 1, [segmentIds[1]]: 2, [segmentIds[2]]: 1, [segmentIds[3]]: 1 });
  });

  it("stores exactly what lib/qa's runChecks reports, term consistency included", async () => {
    const editor = await createUser({ role: "editor" });
    const pairs = [
      ...PAIRS,
      { source: "Le cessez-le-feu a été signé.", target: "The ceasefire was signed." },
      { source: "Le cessez-le-feu tient.", target: "The ceasefire holds." },
      { source: "Le cessez-le-feu a été rompu.", target: "The truce was broken." },
    ];
    const { documentId, segmentIds } = await createQaDocument({ createdById: editor.id, pairs });
    await createGlossaryEntry({ viewer: editor.viewer, input: { documentId, kind: "term", sourceTerm: "cessez-le-feu", targetTerms: ["ceasefire", "truce"] } });
    await refreshDocumentFindings({ documentId });
    const qaGlossary = await loadQaGlossary(getPrisma(), documentId);
    const expected = runChecks(pairs.map((pair, index) => ({ id: segmentIds[index], ...pair, kind: "1-1" })), qaGlossary);
    const key = (row: { segmentId: string; checkId: string; fingerprint: string }) => `${row.segmentId} ${row.checkId} ${row.fingerprint}`;
    expect((await listFindings(documentId)).map(key).sort()).toEqual(expected.map(key).sort());
    expect(expected.some((finding) => finding.checkId === "term-consistency")).toBe(true);
  });

  it("stores the same findings when the document spans several pages, term consistency across them and a second run included", { timeout: 180_000 }, async () => {
    const editor = await createUser({ role: "editor" });
    const pairs = Array.from({ length: QA_PAGE_SEGMENTS + 10 }, (_, index) => {
      const { source, target } = PAIRS[index % PAIRS.length];
      return index % 50 === 4 ? { source: "Le cessez-le-feu a été signé.", target: "The ceasefire was signed." } : { source: `${source} (${index})`, target: `${target} (${index})` };
    });
    // The one minority rendering is on the second page; the majority is all on the first.
    pairs[QA_PAGE_SEGMENTS + 3] = { source: "Le cessez-le-feu a été rompu.", target: "The truce was broken." };
    const { documentId, segmentIds } = await createQaDocument({ createdById: editor.id, pairs });
    await createGlossaryEntry({ viewer: editor.viewer, input: { documentId, kind: "term", sourceTerm: "cessez-le-feu", targetTerms: ["ceasefire", "truce"] } });
    const qaGlossary = await loadQaGlossary(getPrisma(), documentId);
    const expected = runChecks(pairs.map((pair, index) => ({ id: segmentIds[index], ...pair, kind: "1-1" })), qaGlossary);
    const key = (row: { segmentId: string; checkId: string; fingerprint: string }) => `${row.segmentId} ${row.checkId} ${row.fingerprint}`;
    expect(expected.filter((finding) => finding.checkId === "term-consistency").map((finding) => finding.segmentId)).toEqual([segmentIds[QA_PAGE_SEGMENTS + 3]]);
    for (let run = 0; run < 2; run += 1) {
      const result = await refreshDocumentFindings({ documentId });
      expect(result?.openCount).toBe(expected.length);
      expect((await listFindings(documentId)).map(key).sort()).toEqual(expected.map(key).sort());
    }
  });

  it("replaces open findings on a second run instead of adding duplicates", async () => {
    const { documentId } = await setUp();
    const first = await listFindings(documentId);
    await refreshDocumentFindings({ documentId });
    const second = await listFindings(documentId);
    expect(second.map((row) => row.fingerprint)).toEqual(first.map((row) => row.fingerprint));
  });

  it("produces no findings for a check turned off for the document", async () => {
    const { documentId } = await setUp({ disabledChecks: ["name-mismatch"] });
    expect((await listFindings(documentId)).map((row) => row.checkId)).toEqual(["number-mismatch"]);
  });

  it("keeps a dismissed finding dismissed after a refresh and after an edit elsewhere, even where the edit brings the same problem", async () => {
    const { editor, documentId, segmentIds } = await setUp();
    const mokhiber = (await listFindings(documentId)).find((row) => row.fingerprint === "name-mismatch:mokhiber")!;
    await dismissFinding({ viewer: editor.viewer, input: { findingId: mokhiber.id, reason: "Named in the previous paragraph" } });
    await refreshDocumentFindings({ documentId });
    await editSegmentText(segmentIds[3], "At least 1,400 people were killed.");
    await refreshSegmentFindings({ segmentId: segmentIds[3] });
    await editSegmentText(segmentIds[5], "According to him, it is a genocide.");
    await refreshSegmentFindings({ segmentId: segmentIds[5] });
    expect((await listFindings(documentId)).filter((row) => row.segmentId === segmentIds[5])).toEqual([]);
    await refreshDocumentFindings({ documentId });
    const rows = await listFindings(documentId);
    expect(rows.filter((row) => row.fingerprint === "name-mismatch:mokhiber")).toEqual([expect.objectContaining({ id: mokhiber.id, status: "dismissed" })]);
    expect(rows.some((row) => row.checkId === "number-mismatch")).toBe(false);
  });

  it("dismisses in bulk all open findings of one check on one text, and only those", async () => {
    const { editor, documentId } = await setUp();
    const result = await dismissFindings({ viewer: editor.viewer, input: { documentId, checkId: "name-mismatch", fingerprint: "name-mismatch:paul" } });
    expect(result.dismissedCount).toBe(2);
    await refreshDocumentFindings({ documentId });
    const rows = await listFindings(documentId);
    expect(rows.filter((row) => row.status === "dismissed").map((row) => row.fingerprint)).toEqual(["name-mismatch:paul", "name-mismatch:paul"]);
    expect(rows.filter((row) => row.status === "open").map((row) => row.fingerprint)).toEqual(["name-mismatch:josh", "name-mismatch:mokhiber", "number-mismatch:1 400|1,500"]);
    const dismissals = await getPrisma().findingDismissal.findMany({ where: { documentId }, select: { checkId: true, fingerprint: true } });
    expect(dismissals).toEqual([{ checkId: "name-mismatch", fingerprint: "name-mismatch:paul" }]);
  });

  it("dismisses every open finding of one check when no text is given", async () => {
    const { editor, documentId } = await setUp();
    expect((await dismissFindings({ viewer: editor.viewer, input: { documentId, checkId: "name-mismatch" } })).dismissedCount).toBe(4);
    expect((await listFindings(documentId)).filter((row) => row.status === "open").map((row) => row.checkId)).toEqual(["number-mismatch"]);
  });
});

describe("refreshing one segment's findings", () => {
  it("re-checks the changed segment at its new version and leaves every other segment's rows untouched", async () => {
    const { documentId, segmentIds } = await setUp();
    const before = await listFindings(documentId);
    await editSegmentText(segmentIds[2], "Craig Mokhiber left his post.");
    await editSegmentText(segmentIds[3], "At least 1,400 people were killed.");
    await refreshSegmentFindings({ segmentId: segmentIds[3] });
    const after = await listFindings(documentId);
    expect(after.filter((row) => row.segmentId !== segmentIds[3])).toEqual(before.filter((row) => row.segmentId !== segmentIds[3]));
    expect(after.filter((row) => row.segmentId === segmentIds[3])).toEqual([]);
    await editSegmentText(segmentIds[3], "At least 1,600 people were killed.");
    await refreshSegmentFindings({ segmentId: segmentIds[3] });
    expect((await listFindings(documentId)).filter((row) => row.segmentId === segmentIds[3])).toMatchObject([{ fingerprint: "number-mismatch:1 400|1,600", segmentVersion: 3 }]);
  });

  it("refuses an unknown segment", async () => {
    await expect(refreshSegmentFindings({ segmentId: crypto.randomUUID() })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
