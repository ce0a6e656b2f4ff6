import { describe, expect, it, vi } from "vitest";
import { callAction } from "@/app/_components/action-result";
import { readStaleVersion } from "@/app/_components/stale-version";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { createSuggestion } from "@/lib/review/mutations";
import { createSuggestionSchema } from "@/lib/review/schema";
import { actionClient } from "@/lib/safe-action";
import { createDocument } from "@/tests/factories/documents";
import { createUser } from "@/tests/factories/users";

// The server side of the UI's error channel: what a server action built on `actionClient` returns
// to the browser, read back by the one client reader (app/_components/action-result.ts).

async function staleSegment() {
  const translator = await createUser({ role: "translator" });
  const document = await createDocument();
  const segment = document.segments[0];
  await getPrisma().segment.update({ where: { id: segment.id }, data: { version: 2, currentText: "He denounces the war on Gaza." } });
  const suggest = actionClient.inputSchema(createSuggestionSchema).action(async ({ parsedInput }) => {
    await createSuggestion({ viewer: translator.viewer, input: parsedInput });
  });
  return { segment, suggest };
}

describe("server action errors", () => {
  it("return a stale version's CONFLICT with its code, message and the new text in details", async () => {
    const { segment, suggest } = await staleSegment();
    const result = await suggest({ segmentId: segment.id, baseVersion: 1, text: "He denounces Israel's offensive against Gaza." });
    expect(result.serverError).toMatchObject({
      code: "CONFLICT",
      message: "Suggestion was based on version 1; the segment is now at version 2 — review the new text",
      details: { baseVersion: 1, currentVersion: 2, currentText: "He denounces the war on Gaza.", hunks: [{ before: "the war on", after: "Israel's offensive against" }] },
    });
    const outcome = await callAction(suggest, { segmentId: segment.id, baseVersion: 1, text: "He denounces Israel's offensive against Gaza." });
    expect(readStaleVersion(outcome.error)).toEqual({
      message: "Suggestion was based on version 1; the segment is now at version 2 — review the new text",
      currentVersion: 2,
      currentText: "He denounces the war on Gaza.",
    });
    expect(await getPrisma().suggestion.count({ where: { segmentId: segment.id } })).toBe(0);
  });

  it("keep the code of any AppError, and a lib zod error's fields", async () => {
    const forbidden = actionClient.action(async () => {
      throw new AppError({ code: "FORBIDDEN", message: "A translator may not do this (needs permission export.run)." });
    });
    expect((await forbidden()).serverError).toEqual({ code: "FORBIDDEN", message: "A translator may not do this (needs permission export.run).", details: undefined });
    const { segment, suggest } = await staleSegment();
    const tooLong = await suggest({ segmentId: segment.id, baseVersion: 2, text: "x".repeat(20_001) });
    expect(tooLong.serverError ?? tooLong.validationErrors).toBeDefined();
    const outcome = await callAction(suggest, { segmentId: segment.id, baseVersion: 2, text: "x".repeat(20_001) });
    expect(outcome.error?.message).toMatch(/over 20,000 characters/);
  });

  it("hide an unexpected error behind INTERNAL and log it", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const broken = actionClient.action(async () => {
      throw new Error("connection string postgres://secret");
    });
    const result = await broken();
    expect(result.serverError).toMatchObject({ code: "INTERNAL", message: "Something went wrong. Try again; if it keeps failing, tell an admin." });
    expect(JSON.stringify(result)).not.toMatch(/secret/);
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });
});
