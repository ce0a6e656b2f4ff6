import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { afterDocumentImported } from "@/lib/findings/mutations";
import { registerWorkers } from "@/lib/findings/qa-job";
import { stopQueue } from "@/lib/jobs/queue";
import { createQaDocument, listFindings } from "@/tests/factories/findings";
import { createUser } from "@/tests/factories/users";
import { waitFor } from "@/tests/setup/wait-for";
import { prepareChecks } from "@/lib/qa/run-checks";
import { prepareChecksOffThread } from "@/lib/qa/checks-worker";

afterAll(() => stopQueue());
// The grammar checker loads once per process (seconds of CPU): not inside the first test's time.
// Both: one-segment refreshes check on this thread, document runs in the QA thread.
beforeAll(() => Promise.all([prepareChecks(), prepareChecksOffThread()]), 180_000);

describe("the qa-document background job", () => {
  it("computes an imported document's findings in the worker", async () => {
    const editor = await createUser({ role: "editor" });
    const { documentId } = await createQaDocument({
      createdById: editor.id,
      pairs: [{ source: "Au moins 1 400 personnes ont été tuées.", target: "At least 1,500 people were killed." }],
    });
    await registerWorkers();
    await afterDocumentImported(documentId);
    const findings = await waitFor(() => listFindings(documentId), (rows) => rows.length > 0);
    expect(findings).toMatchObject([{ checkId: "number-mismatch", status: "open" }]);
  });

  it("does nothing for a document that no longer exists", async () => {
    await registerWorkers();
    await expect(afterDocumentImported(crypto.randomUUID())).resolves.toBeUndefined();
  });
});
