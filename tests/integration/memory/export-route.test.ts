import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/permissions";
import { seedApprovedDemo } from "@/tests/factories/export";
import { createUser } from "@/tests/factories/users";

// The route is called directly with a factory-made viewer; everything below the session is real.
const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/session", async () => {
  const { AppError } = await import("@/lib/errors");
  return {
    requireApiViewer: async () => {
      if (!session.viewer) throw new AppError({ code: "UNAUTHENTICATED", message: "Sign in first." });
      return session.viewer;
    },
  };
});
const { GET } = await import("@/app/api/v1/memory/export/route");

// Seeding the approved demo runs its QA checks: slow on a busy machine.
vi.setConfig({ testTimeout: 120_000 });

beforeEach(() => {
  session.viewer = null;
});

describe("GET /api/v1/memory/export", () => {
  it("streams the memory as TMX for an admin", async () => {
    const { admin } = await seedApprovedDemo();
    session.viewer = admin;
    const response = await GET(new Request("http://localhost/api/v1/memory/export"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/x-tmx+xml; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="recto-memory-\d{4}-\d{2}-\d{2}\.tmx"$/);
    expect(await response.text()).toMatch(/<tuv xml:lang="en"><seg>[^<]*Israel's offensive against Gaza\.<\/seg><\/tuv>/);
  });

  it.each([
    ["nobody signed in", null, 401, "UNAUTHENTICATED"],
    ["a translator", "translator", 403, "FORBIDDEN"],
    ["an editor", "editor", 403, "FORBIDDEN"],
  ] as const)("refuses %s", async (_, role, status, code) => {
    session.viewer = role ? (await createUser({ role })).viewer : null;
    const response = await GET(new Request("http://localhost/api/v1/memory/export"));
    expect(response.status).toBe(status);
    expect((await response.json()).error.code).toBe(code);
  });
});
