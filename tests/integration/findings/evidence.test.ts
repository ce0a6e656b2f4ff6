import { afterAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { getSegmentDetail } from "@/lib/documents/queries";
import { insertFindings } from "@/lib/findings/refresh";
import { stopQueue } from "@/lib/jobs/queue";
import type { Evidence, CheckResult } from "@/lib/qa/types";
import { createQaDocument, editSegmentText } from "@/tests/factories/findings";
import { createUser } from "@/tests/factories/users";

afterAll(() => stopQueue());

const SOURCE = "Personne n'a été blessé lors de l'offensive contre Gaza.";
const TARGET = "Someone was injured during the offensive against Gaza.";
const span = (text: string, words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
const EVIDENCE: Evidence = {
  links: [
    { source: span(SOURCE, "Personne n'"), target: span(TARGET, "Someone"), score: 0.9 },
    { source: span(SOURCE, "offensive"), target: span(TARGET, "offensive"), score: 1 },
    { source: null, target: span(TARGET, "was"), score: 0 },
  ],
};

function finding(segmentId: string, evidence?: Evidence): CheckResult {
  return {
    segmentId, checkId: "number-mismatch", category: "accuracy_mistranslation", severity: "critical",
    message: "The French says nobody was injured; the English says someone was.", sourceSpan: { start: 0, end: 11 }, targetSpan: { start: 0, end: 7 },
    fingerprint: `number-mismatch:${crypto.randomUUID()}`, ...(evidence ? { evidence } : {}),
  };
}

async function store(findings: (segmentId: string) => CheckResult[]) {
  const { id, viewer } = await createUser({ role: "translator" });
  const { documentId, segmentIds } = await createQaDocument({ createdById: id, pairs: [{ source: SOURCE, target: TARGET }] });
  const [segmentId] = segmentIds;
  await getPrisma().$transaction((tx) => insertFindings(tx, documentId, findings(segmentId), new Map([[segmentId, 1]])));
  return { viewer, segmentId };
}

describe("a finding's evidence", () => {
  it("is stored with the finding, and the segment detail returns it with the check's title, message and spans", async () => {
    const { viewer, segmentId } = await store((id) => [finding(id, EVIDENCE)]);
    const stored = await getPrisma().finding.findFirstOrThrow({ where: { segmentId }, select: { evidence: true } });
    expect(stored.evidence).toEqual(EVIDENCE);
    const detail = await getSegmentDetail({ viewer, segmentId });
    expect(detail.findings).toEqual([
      expect.objectContaining({
        checkId: "number-mismatch", checkTitle: expect.any(String), severity: "critical", message: expect.stringMatching(/nobody was injured/),
        sourceSpan: { start: 0, end: 11 }, targetSpan: { start: 0, end: 7 }, evidence: EVIDENCE, isStale: false,
      }),
    ]);
  });

  it("is null for a finding without any, and dropped with the spans once the segment changed", async () => {
    const { viewer, segmentId } = await store((id) => [finding(id), finding(id, EVIDENCE)]);
    const before = await getSegmentDetail({ viewer, segmentId });
    expect(before.findings.map((row) => row.evidence).sort()).toEqual([EVIDENCE, null].sort());
    await editSegmentText(segmentId, "Nobody was injured during the offensive.");
    const after = await getSegmentDetail({ viewer, segmentId });
    expect(after.findings.every((row) => row.isStale && row.evidence === null && row.targetSpan === null && row.sourceSpan === null)).toBe(true);
  });

  it("comes with the open segment's word alignment: offsets into both texts", async () => {
    const { viewer, segmentId } = await store(() => []);
    const { alignment } = await getSegmentDetail({ viewer, segmentId });
    expect(alignment.source.every((word) => SOURCE.slice(word.start, word.end) === word.text)).toBe(true);
    expect(alignment.target.every((word) => TARGET.slice(word.start, word.end) === word.text)).toBe(true);
    expect(alignment.target.map((word) => word.text)).toContain("offensive");
    const link = alignment.links.find((candidate) => alignment.source[candidate.source].text === "Gaza");
    expect(link && alignment.target[link.target].text).toBe("Gaza");
  });
});
