import { describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/v1/memory/export/route";
import { seedApprovedDemo } from "@/tests/factories/export";
import { bearerTokenFor, createUser } from "@/tests/factories/users";

// The route is called in-process with a bearer token: no Next request context, and nothing stood in for.
const exportAs = (token: string | null) => GET(new Request("http://localhost/api/v1/memory/export", { headers: token ? { authorization: `Bearer ${token}` } : {} }));

// Seeding the approved demo runs its QA checks: slow on a busy machine.
vi.setConfig({ testTimeout: 120_000 });

describe("GET /api/v1/memory/export", () => {
  it("streams the memory as TMX for an admin", async () => {
    const { admin } = await seedApprovedDemo();
    const response = await exportAs(await bearerTokenFor(admin));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/x-tmx+xml; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="recto-memory-\d{4}-\d{2}-\d{2}\.tmx"$/);
    expect(await response.text()).toMatch(/<tuv xml:lang="en"><seg>[^<]*Israel's offensive against Gaza\.<\/seg><\/tuv>/);
  });

  it.each([
    ["an unknown token", null, 401, "UNAUTHENTICATED"],
    ["a translator", "translator", 403, "FORBIDDEN"],
    ["an editor", "editor", 403, "FORBIDDEN"],
  ] as const)("refuses %s", async (_, role, status, code) => {
    const response = await exportAs(role ? await bearerTokenFor((await createUser({ role })).viewer) : "recto_not-a-token");
    expect(response.status).toBe(status);
    expect((await response.json()).error.code).toBe(code);
  });
});
