import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { describeError } from "@/lib/describe-error";
import { AppError } from "@/lib/errors";
import { toResponse } from "@/lib/http";

describe("mapping errors to responses", () => {
  it.each([
    [new AppError({ code: "FORBIDDEN", message: "A translator may not do this (needs permission export.run)." }), 403, "FORBIDDEN"],
    [new AppError({ code: "CONFLICT", message: "Suggestion was based on version 3; the segment is now at version 4" }), 409, "CONFLICT"],
    [new AppError({ code: "NOT_FOUND", message: "Document 42 does not exist." }), 404, "NOT_FOUND"],
    [Object.assign(new Error("x"), { code: "P2025" }), 404, "NOT_FOUND"],
    [Object.assign(new Error("x"), { code: "P2002" }), 409, "CONFLICT"],
  ])("maps %s to its status", (error, status, code) => {
    const described = describeError(error);
    expect(described.status).toBe(status);
    expect(described.body.error.code).toBe(code);
  });

  it("turns a zod error into 422 with a message per field", () => {
    const parsed = z.object({ text: z.string().max(3, "Text is too long") }).safeParse({ text: "abcdef" });
    const described = describeError(parsed.error);
    expect(described).toMatchObject({ status: 422, body: { error: { code: "VALIDATION", fields: { text: ["Text is too long"] } } } });
    expect(described.message).toBe("text: Text is too long");
  });

  it("answers a request its client aborted without calling the database unreachable or logging it", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    // What Node's http server throws from a body read when the client hangs up.
    const aborted = describeError(Object.assign(new Error("aborted"), { code: "ECONNRESET" }));
    expect(aborted).toMatchObject({ status: 400, body: { error: { code: "ABORTED" } } });
    expect(log).not.toHaveBeenCalled();
    // PostgreSQL's connection dropping: the same code from a failed socket read.
    const dropped = describeError(Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET", syscall: "read" }));
    expect(dropped).toMatchObject({ status: 503, body: { error: { code: "UNAVAILABLE" } } });
    log.mockRestore();
  });

  it("hides an unexpected error behind a generic 500 and logs it", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const response = toResponse(new Error("connection string postgres://secret"));
    expect(response.status).toBe(500);
    expect(JSON.stringify(await response.json())).not.toMatch(/secret/);
    expect(log).toHaveBeenCalledOnce();
    log.mockRestore();
  });
});
