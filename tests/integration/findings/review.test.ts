import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { confirmFinding, dismissFinding, dismissFindings, refreshDocumentFindings, setCheckEnabled } from "@/lib/findings/mutations";
import { getQaOverview } from "@/lib/findings/queries";
import { stopQueue } from "@/lib/jobs/queue";
import { createQaDocument, editSegmentText, listFindings } from "@/tests/factories/findings";
import { createUser } from "@/tests/factories/users";
import { prepareChecks } from "@/lib/qa/run-checks";
import { prepareChecksOffThread } from "@/lib/qa/checks-worker";

afterAll(() => stopQueue());
// The grammar checker loads once per process (seconds of CPU): not inside the first test's time.
// Both: one-segment refreshes check on this thread, document runs in the QA thread.
beforeAll(() => Promise.all([prepareChecks(), prepareChecksOffThread()]), 180_000);

const PAIRS = [
  { source: "Craig Mokhiber a quitté son poste.", target: "He left his post." },
  { source: "Au moins 1 400 personnes ont été tuées.", target: "At least 1,500 people were killed." },
];

async function setUp() {
  const editor = await createUser({ role: "editor" });
  const translator = await createUser({ role: "translator" });
  const document = await createQaDocument({ createdById: editor.id, pairs: PAIRS });
  await refreshDocumentFindings({ documentId: document.documentId });
  const findings = await listFindings(document.documentId);
  const byCheck = (checkId: string) => findings.find((row) => row.checkId === checkId)!;
  return { editor, translator, ...document, byCheck };
}

describe("confirming a finding", () => {
  it("turns it into a normal issue by the viewer, with the finding's spans, category and message, and flags the segment", async () => {
    const { translator, documentId, byCheck } = await setUp();
    const finding = await getPrisma().finding.findUniqueOrThrow({ where: { id: byCheck("number-mismatch").id } });
    const { issueId } = await confirmFinding({ viewer: translator.viewer, input: { findingId: finding.id } });
    const issue = await getPrisma().issue.findUniqueOrThrow({ where: { id: issueId }, include: { segment: { select: { status: true } } } });
    expect(issue).toMatchObject({
      findingId: finding.id, authorId: translator.id, documentId, segmentId: finding.segmentId, status: "open", segmentVersion: 1,
      category: finding.category, severity: finding.severity, comment: finding.message,
      sourceStart: finding.sourceStart, sourceEnd: finding.sourceEnd, targetStart: finding.targetStart, targetEnd: finding.targetEnd,
      segment: { status: "flagged" },
    });
    expect(await getPrisma().finding.findUniqueOrThrow({ where: { id: finding.id } })).toMatchObject({ status: "confirmed", reviewedById: translator.id });
    await refreshDocumentFindings({ documentId });
    expect((await listFindings(documentId)).filter((row) => row.checkId === "number-mismatch")).toEqual([expect.objectContaining({ id: finding.id, status: "confirmed" })]);
    const event = await getPrisma().historyEvent.findFirstOrThrow({ where: { action: "finding.confirm", entityId: finding.id } });
    expect(event).toMatchObject({ actorId: translator.id, after: { issueId } });
  });

  it("refuses a finding already reviewed, and one whose segment changed since", async () => {
    const { editor, segmentIds, byCheck } = await setUp();
    await dismissFinding({ viewer: editor.viewer, input: { findingId: byCheck("name-mismatch").id } });
    await expect(confirmFinding({ viewer: editor.viewer, input: { findingId: byCheck("name-mismatch").id } })).rejects.toMatchObject({ code: "INVALID_STATE" });
    await editSegmentText(segmentIds[1], "At least 1,500 people died.");
    await expect(confirmFinding({ viewer: editor.viewer, input: { findingId: byCheck("number-mismatch").id } }))
      .rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/version 1 .* now at version 2/) });
  });

  it("refuses an unknown finding, naming it", async () => {
    const { viewer } = await createUser({ role: "editor" });
    const id = crypto.randomUUID();
    await expect(confirmFinding({ viewer, input: { findingId: id } })).rejects.toThrow(`Finding ${id} does not exist.`);
  });
});

describe("who may review findings", () => {
  it("lets a translator confirm but not dismiss or toggle checks, and changes nothing when refused", async () => {
    const { translator, documentId, byCheck } = await setUp();
    const findingId = byCheck("name-mismatch").id;
    await expect(dismissFinding({ viewer: translator.viewer, input: { findingId } })).rejects.toMatchObject({ code: "FORBIDDEN", message: expect.stringMatching(/issue\.review/) });
    await expect(dismissFindings({ viewer: translator.viewer, input: { documentId, checkId: "name-mismatch" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(setCheckEnabled({ viewer: translator.viewer, input: { documentId, checkId: "spelling", enabled: false } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await listFindings(documentId)).every((row) => row.status === "open")).toBe(true);
    expect(await getPrisma().findingDismissal.count({ where: { documentId } })).toBe(0);
  });
});

describe("turning a check off and on for a document", () => {
  it("drops the check's open findings at once, records who did it, and keeps it off on refresh", async () => {
    const { editor, translator, documentId } = await setUp();
    const result = await setCheckEnabled({ viewer: editor.viewer, input: { documentId, checkId: "number-mismatch", enabled: false } });
    expect(result.disabledChecks).toEqual(["number-mismatch"]);
    await refreshDocumentFindings({ documentId });
    expect((await listFindings(documentId)).map((row) => row.checkId)).toEqual(["name-mismatch"]);
    const { checks } = await getQaOverview({ viewer: translator.viewer, documentId });
    expect(checks.find((check) => check.id === "number-mismatch")).toMatchObject({ isEnabled: false, counts: { open: 0 } });
    const event = await getPrisma().historyEvent.findFirstOrThrow({ where: { documentId, action: "document.qa-check-disable" } });
    expect(event).toMatchObject({ actorId: editor.id, before: { disabledChecks: [] }, after: { disabledChecks: ["number-mismatch"] } });
    await setCheckEnabled({ viewer: editor.viewer, input: { documentId, checkId: "number-mismatch", enabled: true } });
    await refreshDocumentFindings({ documentId });
    expect((await listFindings(documentId)).map((row) => row.checkId)).toEqual(["name-mismatch", "number-mismatch"]);
  });

  it("refuses an unknown check id", async () => {
    const { editor, documentId } = await setUp();
    await expect(setCheckEnabled({ viewer: editor.viewer, input: { documentId, checkId: "vibes", enabled: false } }))
      .rejects.toMatchObject({ issues: [expect.objectContaining({ path: ["checkId"], message: 'Unknown QA check "vibes"' })] });
  });
});
