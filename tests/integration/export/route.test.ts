import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/documents/[documentId]/export/route";
import type { Viewer } from "@/lib/auth/permissions";
import { createIssue, seedApprovedDemo } from "@/tests/factories/export";
import { bearerTokenFor } from "@/tests/factories/users";

// The route is called in-process with a bearer token: no Next request context, and nothing stood in for.
async function call(documentId: string, query: string, viewer: Viewer | null) {
  const headers = { authorization: `Bearer ${viewer ? await bearerTokenFor(viewer) : "recto_not-a-token"}` };
  return GET(new Request(`http://recto.test/api/v1/documents/${documentId}/export?${query}`, { headers }), { params: Promise.resolve({ documentId }) });
}

describe("GET /api/documents/:id/export", () => {
  it("streams the file with its type and download name", async () => {
    const { document, admin } = await seedApprovedDemo();
    const response = await call(document.id, "format=xliff12", admin);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/xliff+xml; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="un-human-rights-official-craig-mokhiber-resigns-over-gaza.xliff12.xlf"');
    expect(await response.text()).toMatch(/<target state="signed-off">[^<]*Israel's offensive against Gaza\.<\/target>/);
  });

  it.each([
    ["an unknown token", null, "format=txt", 401, "UNAUTHENTICATED"],
    ["a translator", "translator", "format=txt", 403, "FORBIDDEN"],
    ["an editor", "editor", "format=tmx", 403, "FORBIDDEN"],
    ["an unknown format", "admin", "format=pdf", 422, "VALIDATION"],
    ["a bad flag", "admin", "format=txt&override=maybe", 422, "VALIDATION"],
  ] as const)("answers %s with %s", async (_name, role, query, status, code) => {
    const demo = await seedApprovedDemo();
    const response = await call(demo.document.id, query, role ? demo[role] : null);
    expect(response.status).toBe(status);
    expect(await response.json()).toMatchObject({ error: { code } });
  });

  it("answers 409 at the export gate and exports with override=true", async () => {
    const { document, admin, translator, firstSegmentId } = await seedApprovedDemo();
    await createIssue({ segmentId: firstSegmentId, authorId: translator.userId, category: "accuracy_omission", severity: "critical" });
    const refused = await call(document.id, "format=docx", admin);
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ error: { code: "INVALID_STATE", message: expect.stringMatching(/^1 critical issue is still open/) } });
    const allowed = await call(document.id, "format=docx&override=true", admin);
    expect(allowed.status).toBe(200);
    expect(Buffer.from(await allowed.arrayBuffer()).subarray(0, 2).toString()).toBe("PK");
  });
});
