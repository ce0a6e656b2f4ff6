import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { mintViewer } from "@/lib/auth/permissions";

// PostgreSQL "down": this file's app code points at a port nothing listens on.
vi.mock("@/lib/auth/session", () => ({ requireApiViewer: async () => mintViewer({ id: "someone", role: "editor", name: "Someone" }) }));
const { proxy } = await import("@/proxy");
const { GET } = await import("@/app/api/v1/documents/route");

let realUrl: string | undefined;
beforeAll(() => {
  realUrl = process.env.DATABASE_URL;
  process.env.DATABASE_URL = "postgresql://postgres@127.0.0.1:9/unreachable";
});
afterAll(() => {
  process.env.DATABASE_URL = realUrl;
});

describe("while PostgreSQL is down", () => {
  it("pages answer 503 saying the database is unreachable", async () => {
    const response = await proxy(new NextRequest("http://recto.test/review", { headers: { cookie: "recto.session_token=x" } }));
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("30");
    expect(await response.text()).toContain("The database is unreachable");
  });

  it("the API answers 503 with that message, not a generic 500", async () => {
    const response = await GET(new Request("http://recto.test/api/v1/documents"), undefined as never);
    expect(response.status).toBe(503);
    expect((await response.json()).error).toMatchObject({ code: "UNAVAILABLE", message: expect.stringContaining("The database is unreachable") });
  });
});
