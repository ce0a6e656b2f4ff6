import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { QA_AFTER_EDIT_WINDOW_SECONDS, refreshDocumentFindings } from "@/lib/findings/mutations";
import { registerWorkers } from "@/lib/findings/qa-job";
import { getQueue, QUEUES, stopQueue } from "@/lib/jobs/queue";
import { batchApproveSuggestions, createSuggestion, editSegmentText } from "@/lib/review/mutations";
import { createQaDocument, listFindings } from "@/tests/factories/findings";
import { createUser } from "@/tests/factories/users";
import { waitFor } from "@/tests/setup/wait-for";
import { prepareChecks } from "@/lib/qa/run-checks";
import { prepareChecksOffThread } from "@/lib/qa/checks-worker";

// pg-boss creates its tables when it starts; the first test reads them before anything is queued.
beforeAll(async () => void (await getQueue()));
afterAll(() => stopQueue());
// The grammar checker loads once per process (seconds of CPU): not inside the first test's time.
// Both: one-segment refreshes check on this thread, document runs in the QA thread.
beforeAll(() => Promise.all([prepareChecks(), prepareChecksOffThread()]), 180_000);

const BURST = 100;
const HOLDS = { source: "Le cessez-le-feu tient toujours.", target: "The ceasefire still holds." };
const BROKEN = { source: "Le cessez-le-feu a été rompu.", target: "It was broken." };
const report = (index: number) => ({ source: `Le rapport ${index} a été publié en octobre.`, target: `Report ${index} was published in October.` });

/** States of the document's qa-document jobs, read from pg-boss's own table. */
async function jobStates(documentId: string): Promise<string[]> {
  const rows = await getPrisma().$queryRaw<{ state: string }[]>`
    SELECT state::text FROM pgboss.job WHERE name = ${QUEUES.qaDocument} AND data->>'documentId' = ${documentId}`;
  return rows.map((row) => row.state);
}

let workers: Promise<void> | undefined;
const startWorkers = () => (workers ??= registerWorkers());

/** "cessez-le-feu" is "ceasefire" in segments 0–2; segment `brokenAt` has no rendering of it yet. */
async function setUp(brokenAt: number) {
  const translator = await createUser({ role: "translator" });
  const editor = await createUser({ role: "editor" });
  const pairs = [HOLDS, HOLDS, HOLDS, ...Array.from({ length: BURST }, (_, index) => report(index + 3))];
  pairs[brokenAt] = BROKEN;
  const { documentId, segmentIds } = await createQaDocument({ createdById: editor.id, pairs });
  // Written straight through Prisma: the glossary use case would queue a document run of its own.
  await getPrisma().glossaryEntry.create({ data: { documentId, kind: "term", sourceTerm: "cessez-le-feu", targetTerms: ["ceasefire", "truce"], createdById: editor.id } });
  const termConsistency = async () => (await listFindings(documentId)).filter((row) => row.checkId === "term-consistency").map((row) => segmentIds.indexOf(row.segmentId));
  return { translator, editor, documentId, segmentIds, termConsistency };
}

// Workers start once the first test has counted its queued jobs.
describe("document-wide QA after approvals and direct edits", () => {
  it("queues a few document runs for a burst of approvals, not one per approval, and they add the term-consistency finding", async () => {
    const brokenAt = 60;
    const { translator, editor, documentId, segmentIds, termConsistency } = await setUp(brokenAt);
    const suggestionIds: string[] = [];
    for (const [index, segmentId] of segmentIds.entries()) {
      if (index < 3) continue;
      const text = index === brokenAt ? "The truce was broken." : `Report ${index} came out in October.`;
      suggestionIds.push((await createSuggestion({ viewer: translator.viewer, input: { segmentId, baseVersion: 1, text } })).suggestion.id);
    }
    expect(await jobStates(documentId)).toEqual([]);
    const startedAt = Date.now();
    const { approved } = await batchApproveSuggestions({ viewer: editor.viewer, input: { suggestionIds } });
    const elapsedSeconds = (Date.now() - startedAt) / 1000;
    expect(approved).toHaveLength(BURST);
    // At most one job per window the burst touched, plus one waiting for the window after it.
    const queued = (await jobStates(documentId)).length;
    expect(queued).toBeGreaterThanOrEqual(1);
    expect(queued).toBeLessThanOrEqual(Math.ceil(elapsedSeconds / QA_AFTER_EDIT_WINDOW_SECONDS) + 2);
    expect(await termConsistency()).toEqual([]);

    await startWorkers();
    expect(await waitFor(termConsistency, (rows) => rows.length > 0)).toEqual([brokenAt]);
  });

  it("queues a document run after a direct edit too, which re-runs only the document-wide checks", async () => {
    const { editor, documentId, segmentIds, termConsistency } = await setUp(3);
    await getPrisma().segment.update({ where: { id: segmentIds[4] }, data: { currentText: "Report 40 was published in October." } });
    await refreshDocumentFindings({ documentId });
    // Findings of the other checks on the segments the edit leaves alone (segment 3's own refresh replaces its rows).
    const otherChecks = async () =>
      (await listFindings(documentId)).filter((row) => row.checkId !== "term-consistency" && row.segmentId !== segmentIds[3]).map((row) => row.id).sort();
    const before = await otherChecks();
    expect((await listFindings(documentId)).find((row) => row.segmentId === segmentIds[4])).toMatchObject({ checkId: "number-mismatch" });
    await startWorkers();
    await editSegmentText({ viewer: editor.viewer, input: { segmentId: segmentIds[3], baseVersion: 1, text: "The truce was broken." } });
    expect(await jobStates(documentId)).toHaveLength(1);
    expect(await waitFor(termConsistency, (rows) => rows.length > 0)).toEqual([3]);
    // The other checks' findings were not recomputed: the same rows, not deleted and inserted again.
    expect(await otherChecks()).toEqual(before);
  });
});
