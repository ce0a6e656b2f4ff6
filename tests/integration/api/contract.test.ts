import { Validator } from "@seriousme/openapi-schema-validator";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createApiToken } from "@/lib/api-tokens/mutations";
import { getPrisma } from "@/lib/db/client";
import { registerWorkers } from "@/lib/findings/qa-job";
import { stopQueue } from "@/lib/jobs/queue";
import { getLiveListener } from "@/lib/live/listener";
import { createUser } from "@/tests/factories/users";
import { callApi, covered, openApiDocument, ROUTE_MODULES, routeFileOf } from "./call-api";

// The contract: the OpenAPI description is valid, names every /api/v1 route handler, and every
// operation answers as described (tests/integration/api/call-api.ts validates each response).

const FRENCH = "Au moins 1 400 personnes ont été tuées à Gaza. Le ministre est parti hier soir. Elle est venue ce matin. Ils sont restés ici.";
const ENGLISH = "At least 1,500 people were killed in Gaza. The minister left last night. She came this morning. They stayed here.";

let tokens: { admin: string; editor: string; translator: string };
let translatorId: string;

beforeAll(async () => {
  await registerWorkers();
  const [admin, editor, translator] = await Promise.all([createUser({ role: "admin" }), createUser({ role: "editor" }), createUser({ role: "translator" })]);
  translatorId = translator.id;
  const adminToken = (await createApiToken({ viewer: admin.viewer, input: { name: "contract admin", role: "admin" } })).token;
  // Tokens for the other two go through the API itself.
  const editorToken = await callApi("POST", "/tokens", { token: adminToken, body: { name: "contract editor", role: "editor", userId: editor.id } });
  const translatorToken = await callApi("POST", "/tokens", { token: adminToken, body: { name: "contract translator", role: "translator", userId: translator.id } });
  expect([editorToken.status, translatorToken.status]).toEqual([201, 201]);
  tokens = { admin: adminToken, editor: editorToken.body.token, translator: translatorToken.body.token };
});
afterAll(async () => {
  await stopQueue();
  // GET /events started this process's LISTEN connection; close it before the database is dropped.
  await getLiveListener().close();
});

async function importDocument(title: string) {
  const created = await callApi("POST", "/documents", { token: tokens.editor, body: { title, sourceText: FRENCH, targetText: ENGLISH } });
  expect(created.status).toBe(201);
  const document = await callApi("GET", "/documents/{documentId}", { token: tokens.translator, params: { documentId: created.body.documentId } });
  return { documentId: created.body.documentId as string, segments: document.body.segments as { id: string; version: number }[] };
}

const operations = () =>
  Object.entries(openApiDocument.paths).flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`));

describe("the OpenAPI description", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const validator = new Validator();
    const result = await validator.validate(openApiDocument as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  it("describes every route handler under app/api/v1, method by method, and nothing else", async () => {
    const handled: string[] = [];
    for (const [file, load] of Object.entries(ROUTE_MODULES)) {
      const path = file.replace("/app/api/v1", "").replace("/route.ts", "").replace(/\[(\w+)\]/g, "{$1}");
      const exports = Object.keys((await load()) as object).filter((name) => ["GET", "POST", "PATCH", "PUT", "DELETE"].includes(name));
      handled.push(...exports.map((method) => `${method} ${path}`));
    }
    expect(handled.sort()).toEqual(operations().sort());
    for (const path of Object.keys(openApiDocument.paths)) expect(ROUTE_MODULES[routeFileOf(path)], path).toBeDefined();
  });
});

describe("every operation answers as described", () => {
  it("serves its own description without a token", async () => {
    const { status, body } = await callApi("GET", "/openapi.json");
    expect(status).toBe(200);
    expect(body).toEqual(JSON.parse(JSON.stringify(openApiDocument)));
  });

  it("documents: import, list, read, segments, findings, export, live, settings, delete", async () => {
    const { documentId, segments } = await importDocument("Contract: documents");
    expect((await callApi("GET", "/documents", { token: tokens.translator })).body.some((row: { id: string }) => row.id === documentId)).toBe(true);
    expect((await callApi("GET", "/documents/{documentId}/segments", { token: tokens.translator, params: { documentId }, query: { limit: "2" } })).body.rows).toHaveLength(2);
    expect((await callApi("GET", "/documents/{documentId}/counts", { token: tokens.translator, params: { documentId } })).body).toMatchObject({
      segmentCount: segments.length, statusCounts: { unreviewed: segments.length }, score: { issueCount: 0, openIssueCount: 0 },
    });
    expect((await callApi("GET", "/documents/{documentId}/score", { token: tokens.translator, params: { documentId } })).body).toMatchObject({
      score: { issueCount: 0, byCategoryAndSeverity: { accuracy_mistranslation: { major: 0 } } }, issues: [],
    });
    // The import queued the QA run: the number mismatch (1 400 / 1,500) shows up as a finding.
    await vi.waitFor(
      async () => {
        const page = await callApi("GET", "/documents/{documentId}/findings", { token: tokens.translator, params: { documentId }, query: { status: "open" } });
        expect(page.body.rows.map((row: { checkId: string }) => row.checkId)).toContain("number-mismatch");
      },
      { timeout: 20_000, interval: 200 },
    );
    const exported = await callApi("GET", "/documents/{documentId}/export", { token: tokens.admin, params: { documentId }, query: { format: "xliff12" } });
    expect(exported.status).toBe(200);
    expect(await exported.response.text()).toContain("<xliff");
    const memory = await callApi("GET", "/memory/export", { token: tokens.admin });
    expect(memory.status).toBe(200);
    expect(await memory.response.text()).toContain("<tmx");
    expect((await callApi("GET", "/documents/{documentId}/export", { token: tokens.admin, params: { documentId }, query: { format: "report-json" } })).status).toBe(200);

    const listening = new AbortController();
    const events = await callApi("GET", "/documents/{documentId}/events", { token: tokens.translator, params: { documentId }, signal: listening.signal });
    expect(events.status).toBe(200);
    listening.abort();
    await events.response.body?.cancel().catch(() => undefined);
    expect((await callApi("POST", "/documents/{documentId}/presence", { token: tokens.translator, params: { documentId }, body: { clientId: "contract-client", segmentId: segments[0].id } })).status).toBe(204);

    expect((await callApi("PATCH", "/documents/{documentId}", { token: tokens.admin, params: { documentId }, body: { allowSelfApproval: true } })).body).toEqual({ documentId, allowSelfApproval: true });
    expect((await callApi("DELETE", "/documents/{documentId}", { token: tokens.editor, params: { documentId } })).status).toBe(200);
    expect((await callApi("GET", "/documents/{documentId}", { token: tokens.editor, params: { documentId } })).status).toBe(404);
  });

  it("review: issues, suggestions, approvals, direct edits, reopening and alignment", async () => {
    const { segments } = await importDocument("Contract: review");
    const [first, second, third] = segments;
    const flagged = await callApi("POST", "/issues", { token: tokens.translator, body: { segmentId: first.id, segmentVersion: 1, category: "accuracy_mistranslation", severity: "major", comment: "1 400, not 1,500" } });
    expect(flagged.status).toBe(201);
    const issueId = flagged.body.issue.id as string;
    expect((await callApi("PATCH", "/issues/{issueId}", { token: tokens.translator, params: { issueId }, body: { comment: "The figure is 1 400." } })).body.comment).toBe("The figure is 1 400.");
    const created = await callApi("POST", "/suggestions", { token: tokens.translator, body: { segmentId: first.id, baseVersion: 1, text: "At least 1,400 people were killed in Gaza." } });
    const suggestionId = created.body.suggestion.id as string;
    expect((await callApi("PATCH", "/suggestions/{suggestionId}", { token: tokens.translator, params: { suggestionId }, body: { note: "Matches the French." } })).body.note).toBe("Matches the French.");
    const detail = await callApi("GET", "/segments/{segmentId}", { token: tokens.editor, params: { segmentId: first.id } });
    const seenTextHash = detail.body.suggestions.find((row: { id: string }) => row.id === suggestionId).textHash;
    const approved = await callApi("POST", "/suggestions/{suggestionId}/approve", { token: tokens.editor, params: { suggestionId }, body: { seenTextHash } });
    expect(approved.body.segment).toMatchObject({ currentText: "At least 1,400 people were killed in Gaza.", status: "approved" });
    expect((await callApi("POST", "/issues/{issueId}/close", { token: tokens.editor, params: { issueId }, body: { status: "resolved", reason: "Fixed by the approved suggestion." } })).body.issue.status).toBe("resolved");
    expect((await callApi("POST", "/segments/{segmentId}/reopen", { token: tokens.editor, params: { segmentId: first.id } })).body.status).not.toBe("approved");

    const suggest = async (text: string) => (await callApi("POST", "/suggestions", { token: tokens.translator, body: { segmentId: second.id, baseVersion: 1, text } })).body.suggestion.id as string;
    const withdrawn = await suggest("The minister departed last night.");
    expect((await callApi("POST", "/suggestions/{suggestionId}/withdraw", { token: tokens.translator, params: { suggestionId: withdrawn } })).body.suggestion.status).toBe("withdrawn");
    const rejected = await suggest("The minister went last night.");
    expect((await callApi("POST", "/suggestions/{suggestionId}/reject", { token: tokens.editor, params: { suggestionId: rejected }, body: { reason: "style" } })).body.suggestion.status).toBe("rejected");
    const batched = await suggest("The minister left yesterday evening.");
    const hashes = (await callApi("GET", "/segments/{segmentId}", { token: tokens.editor, params: { segmentId: second.id } })).body.suggestions;
    const batch = await callApi("POST", "/suggestions/batch-approve", { token: tokens.editor, body: { suggestionIds: [batched], seenTextHashes: { [batched]: hashes.find((row: { id: string }) => row.id === batched).textHash } } });
    expect(batch.body).toEqual({ approved: [batched], failed: [] });

    expect((await callApi("POST", "/segments/{segmentId}/merge", { token: tokens.editor, params: { segmentId: third.id }, body: { version: third.version } })).body.segments).toHaveLength(1);
    const merged = (await callApi("GET", "/documents/{documentId}/segments", { token: tokens.editor, params: { documentId: detail.body.documentId } })).body.rows[2];
    expect((await callApi("PATCH", "/segments/{segmentId}", { token: tokens.editor, params: { segmentId: merged.id }, body: { baseVersion: merged.version, text: "She came this morning; they stayed." } })).body.segment.status).toBe("approved");
  });

  it("GET /segments/:id answers what the workspace shows: history newest first, at most 100 events", async () => {
    const { segments } = await importDocument("Contract: history");
    const segmentId = segments[0].id;
    // 150 older events, written straight to the log; then one through the API, the newest.
    await getPrisma().historyEvent.createMany({
      data: Array.from({ length: 150 }, (_, index) => ({ action: "segment.review", entityType: "segment", entityId: segmentId, segmentId, at: new Date(Date.UTC(2026, 0, 1, 0, index)) })),
    });
    await callApi("PATCH", "/segments/{segmentId}", { token: tokens.editor, params: { segmentId }, body: { baseVersion: 1, text: "At least 1,400 people were killed in Gaza." } });
    const { body } = await callApi("GET", "/segments/{segmentId}", { token: tokens.translator, params: { segmentId } });
    expect(body.history).toHaveLength(100);
    const times = body.history.map((event: { at: string }) => Date.parse(event.at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(body.history[0].action).toBe("segment.edit");
  });

  it("users and API tokens", async () => {
    const created = await callApi("POST", "/users", { token: tokens.admin, body: { email: `contract-${Date.now()}@example.test`, name: "Contract User", role: "translator" } });
    const userId = created.body.user.id as string;
    expect((await callApi("GET", "/users", { token: tokens.admin })).body.some((user: { id: string }) => user.id === userId)).toBe(true);
    expect((await callApi("PATCH", "/users/{userId}", { token: tokens.admin, params: { userId }, body: { role: "editor" } })).body.role).toBe("editor");
    expect((await callApi("POST", "/users/{userId}/reset-password", { token: tokens.admin, params: { userId } })).body.password).toMatch(/^\S{16}$/);
    expect((await callApi("POST", "/users/{userId}/deactivate", { token: tokens.admin, params: { userId }, body: { reason: "Left" } })).body.banned).toBe(true);
    expect((await callApi("POST", "/users/{userId}/reactivate", { token: tokens.admin, params: { userId } })).body.banned).toBe(false);

    const token = await callApi("POST", "/tokens", { token: tokens.admin, body: { name: "Contract: to revoke", role: "translator", userId: translatorId } });
    expect((await callApi("GET", "/tokens", { token: tokens.admin })).body.map((row: { id: string }) => row.id)).toContain(token.body.id);
    expect((await callApi("POST", "/tokens/{tokenId}/revoke", { token: tokens.admin, params: { tokenId: token.body.id } })).body.revokedAt).toEqual(expect.any(String));
    expect((await callApi("GET", "/documents", { token: token.body.token })).status).toBe(401);
  });

  it("errors answer the described Error schema", async () => {
    expect((await callApi("GET", "/documents", { token: "recto_not-a-token" })).body.error.code).toBe("UNAUTHENTICATED");
    expect((await callApi("POST", "/documents", { token: tokens.translator, body: { title: "No", sourceText: FRENCH, targetText: ENGLISH } })).body.error.code).toBe("FORBIDDEN");
    expect((await callApi("POST", "/documents", { token: tokens.editor, body: { title: "", sourceText: FRENCH } })).body.error).toMatchObject({ code: "VALIDATION", fields: { title: expect.any(Array), targetText: expect.any(Array) } });
    expect((await callApi("GET", "/segments/{segmentId}", { token: tokens.editor, params: { segmentId: "00000000-0000-4000-8000-000000000000" } })).status).toBe(404);
  });

  it("every described operation was called and answered a described success", () => {
    expect(operations().filter((operation) => !covered.has(operation))).toEqual([]);
  });
});
