import { describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/permissions";
import { getPrisma } from "@/lib/db/client";
import { createDocument } from "@/tests/factories/documents";
import { createUser } from "@/tests/factories/users";

// Route handlers called directly with a factory-made viewer; everything below the session is real.
const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/session", () => ({ requireApiViewer: async () => session.viewer }));
const suggestions = await import("@/app/api/v1/suggestions/route");
const issues = await import("@/app/api/v1/issues/route");
const segments = await import("@/app/api/v1/documents/[documentId]/segments/route");
const documents = await import("@/app/api/v1/documents/route");
const users = await import("@/app/api/v1/users/route");

const NUL = "\u0000";
const post = (handler: (request: Request, context: never) => Promise<Response>, url: string, body: unknown) =>
  handler(new Request(`http://recto.test${url}`, { method: "POST", headers: { origin: "http://recto.test", host: "recto.test" }, body: JSON.stringify(body) }), {} as never);

describe("a NUL character in text", () => {
  it.each([
    ["a suggestion's text", "translator", async (segment: { id: string }) => post(suggestions.POST, "/api/v1/suggestions", { segmentId: segment.id, baseVersion: 1, text: `He denounces${NUL} it.` })],
    ["a suggestion's note", "translator", async (segment: { id: string }) => post(suggestions.POST, "/api/v1/suggestions", { segmentId: segment.id, baseVersion: 1, text: "He denounces it.", note: `a${NUL}` })],
    ["an issue's comment", "translator", async (segment: { id: string }) => post(issues.POST, "/api/v1/issues", { segmentId: segment.id, segmentVersion: 1, category: "style", severity: "minor", comment: `x${NUL}y` })],
    ["a document title", "editor", async () => post(documents.POST, "/api/v1/documents", { title: `T${NUL}`, sourceText: "Il vient.", targetText: "He comes." })],
    ["a user's name", "admin", async () => post(users.POST, "/api/v1/users", { email: `nul-${Date.now()}@example.test`, name: `N${NUL}`, role: "translator" })],
    ["a search", "translator", async (_segment: { id: string }, documentId: string) =>
      segments.GET(new Request(`http://recto.test/api/v1/documents/${documentId}/segments?q=${encodeURIComponent(`Gaza${NUL}`)}`), { params: Promise.resolve({ documentId }) })],
  ] as const)("in %s is refused with 422 and a clear message, storing nothing", async (_label, role, send) => {
    const { viewer } = await createUser({ role });
    session.viewer = viewer;
    const document = await createDocument();
    const before = await getPrisma().historyEvent.count();
    const response = await send(document.segments[0], document.id);
    expect(response.status).toBe(422);
    expect((await response.json()).error.message).toMatch(/NUL character/);
    expect(await getPrisma().historyEvent.count()).toBe(before);
  });
});
