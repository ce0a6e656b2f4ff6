import { describe, expect, it } from "vitest";
import { createApiToken } from "@/lib/api-tokens/mutations";
import { getPrisma } from "@/lib/db/client";
import { deleteGlossaryEntrySchema } from "@/lib/findings/glossary/schema";
import { reopenSegmentSchema } from "@/lib/review/schema";
import { actionClient } from "@/lib/safe-action";
import { createDocument } from "@/tests/factories/documents";
import { createUser } from "@/tests/factories/users";
import { callApi } from "../api/call-api";

// A malformed id names no row: every edge answers it as it answers an unknown id, 404 NOT_FOUND
// naming the id (lib/ids rowId), whether a schema or the use case catches it. The findings,
// glossary and live schemas used to answer 422 VALIDATION where the review ones answered 404.

const UNKNOWN = "00000000-0000-4000-8000-000000000000";

async function editorToken() {
  const admin = await createUser({ role: "admin" });
  return (await createApiToken({ viewer: admin.viewer, input: { name: "ids", role: "editor" } })).token;
}

describe("a malformed id", () => {
  it("gets 404 NOT_FOUND naming it from a findings filter, a presence beat and a segment read alike", async () => {
    const token = await editorToken();
    const document = await createDocument();
    const findings = await callApi("GET", "/documents/{documentId}/findings", { token, params: { documentId: document.id }, query: { segmentId: "not-an-id" } });
    const presence = await callApi("POST", "/documents/{documentId}/presence", { token, params: { documentId: "not-an-id" }, body: { clientId: "tab-12345678", segmentId: null } });
    const segment = await callApi("GET", "/segments/{segmentId}", { token, params: { segmentId: "not-an-id" } });
    expect([findings, presence, segment].map(({ status, body }) => [status, body.error])).toEqual([
      [404, { code: "NOT_FOUND", message: "Segment not-an-id does not exist." }],
      [404, { code: "NOT_FOUND", message: "Document not-an-id does not exist." }],
      [404, { code: "NOT_FOUND", message: "Segment not-an-id does not exist." }],
    ]);
    // A well-formed but unknown id gets the same answer.
    const unknown = await callApi("POST", "/documents/{documentId}/presence", { token, params: { documentId: UNKNOWN }, body: { clientId: "tab-12345678", segmentId: null } });
    expect([unknown.status, unknown.body.error]).toEqual([404, { code: "NOT_FOUND", message: `Document ${UNKNOWN} does not exist.` }]);
  });

  it("gets the same NOT_FOUND from a glossary action (formerly 422) as from a review action, and changes nothing", async () => {
    const deleteEntry = actionClient.inputSchema(deleteGlossaryEntrySchema).action(async () => "ran");
    const reopen = actionClient.inputSchema(reopenSegmentSchema).action(async () => "ran");
    const glossary = await deleteEntry({ entryId: "not-an-id" });
    const review = await reopen({ segmentId: "not-an-id" });
    expect(glossary).toEqual({ serverError: { code: "NOT_FOUND", message: "Glossary entry not-an-id does not exist.", details: undefined } });
    expect(review).toEqual({ serverError: { code: "NOT_FOUND", message: "Segment not-an-id does not exist.", details: undefined } });
    expect(await getPrisma().historyEvent.count({ where: { entityId: "not-an-id" } })).toBe(0);
  });
});
