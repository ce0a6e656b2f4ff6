import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { createGlossaryEntry, updateGlossaryEntry } from "@/lib/findings/glossary/mutations";
import { registerWorkers } from "@/lib/findings/qa-job";
import { getQueue, stopQueue } from "@/lib/jobs/queue";
import { createQaDocument, listFindings } from "@/tests/factories/findings";
import { createUser } from "@/tests/factories/users";
import { waitFor } from "@/tests/setup/wait-for";

// pg-boss creates its tables when it starts; the test reads them before anything else is queued.
beforeAll(async () => void (await getQueue()));
afterAll(() => stopQueue());

const DOCUMENTS = 12;

/** Every QA job pg-boss holds (any queue, any state), read from its own table. */
async function qaJobCount(): Promise<number> {
  const rows = await getPrisma().$queryRaw<{ count: bigint }[]>`SELECT count(*) FROM pgboss.job WHERE name LIKE 'qa-%'`;
  return Number(rows[0].count);
}

describe("a burst of global glossary changes", () => {
  it("queues a bounded number of QA jobs, not one per live document per change, and still re-checks every document", async () => {
    const editor = await createUser({ role: "editor" });
    const pair = { source: "Le cessez-le-feu tient toujours.", target: "The truce still holds." };
    const documents = await Promise.all(Array.from({ length: DOCUMENTS }, () => createQaDocument({ createdById: editor.id, pairs: [pair] })));
    const before = await qaJobCount();
    const { entryId } = await createGlossaryEntry({ viewer: editor.viewer, input: { documentId: null, kind: "term", sourceTerm: "cessez-le-feu", targetTerms: ["armistice"] } });
    for (const targetTerms of [["ceasefire"], ["ceasefire", "armistice"], ["truce"], ["truce", "ceasefire"], ["ceasefire"]]) {
      await updateGlossaryEntry({ viewer: editor.viewer, input: { entryId, sourceTerm: "cessez-le-feu", targetTerms } });
    }
    // Six changes in a burst (well under one 5 s slot): one job in the slot it started in and one in
    // the next, plus one more if the burst crossed a slot boundary; without debouncing, six or more.
    expect((await qaJobCount()) - before).toBeLessThanOrEqual(3);
    await registerWorkers();
    for (const { documentId } of documents) {
      const findings = await waitFor(() => listFindings(documentId), (rows) => rows.some((row) => row.checkId === "terminology"), 30_000);
      expect(findings.map((row) => row.checkId)).toContain("terminology");
    }
  }, 90_000);
});
