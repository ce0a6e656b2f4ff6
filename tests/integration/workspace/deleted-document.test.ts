import { describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/permissions";
import { findDocumentIssues, findSegments, getDocumentScore } from "@/lib/documents/queries";
import { deleteDocument } from "@/lib/documents/lifecycle";
import { createDocument } from "@/tests/factories/documents";
import { createUser } from "@/tests/factories/users";

// The segments route is called directly with a factory-made viewer; everything below the session is real.
const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/session", () => ({ requireApiViewer: async () => session.viewer }));
const { GET } = await import("@/app/api/v1/documents/[documentId]/segments/route");

async function deletedDocument() {
  const editor = await createUser({ role: "editor" });
  const translator = await createUser({ role: "translator" });
  const document = await createDocument({ segments: [{ source: "Il dénonce l'offensive secrète.", target: "He denounces the secret offensive." }] });
  expect((await findSegments({ viewer: translator.viewer, documentId: document.id, filters: { q: "secret" } })).total).toBe(1);
  await deleteDocument({ viewer: editor.viewer, input: { documentId: document.id } });
  return { document, translator };
}

describe("a deleted document", () => {
  it("answers 404 on its segments API and gives none of its text", async () => {
    const { document, translator } = await deletedDocument();
    session.viewer = translator.viewer;
    const response = await GET(new Request(`http://recto.test/api/v1/documents/${document.id}/segments`), { params: Promise.resolve({ documentId: document.id }) });
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain("secret");
  });

  it("is not found by search, nor by its issue list and score", async () => {
    const { document, translator } = await deletedDocument();
    const viewer = translator.viewer;
    await expect(findSegments({ viewer, documentId: document.id, filters: { q: "secret" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(findDocumentIssues({ viewer, documentId: document.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getDocumentScore({ viewer, documentId: document.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
