import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/permissions";
import { getPrisma } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { createSuggestion, updateSuggestion } from "@/lib/review/mutations";
import { findReviewQueue } from "@/lib/review/queries";
import { createDocument } from "@/tests/factories/documents";
import { createUser } from "@/tests/factories/users";

// The approve routes are called directly with a factory-made viewer; everything below the session is real.
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
const { POST: approve } = await import("@/app/api/v1/suggestions/[suggestionId]/approve/route");
const { POST: batchApprove } = await import("@/app/api/v1/suggestions/batch-approve/route");
const { approveSuggestion } = await import("@/lib/review/mutations");

const SEEN = "He denounces Israel's offensive on Gaza.";
const SNUCK_IN = "He praises the attack on Israel.";

beforeEach(() => {
  session.viewer = null;
});

/** A pending suggestion as the editor saw it in the queue, then changed by its author. */
async function changedAfterOpening() {
  const translator = await createUser({ role: "translator" });
  const editor = await createUser({ role: "editor" });
  const { segments: [segment] } = await createDocument();
  const { suggestion } = await createSuggestion({ viewer: translator.viewer, input: { segmentId: segment.id, baseVersion: 1, text: SEEN } });
  const seen = (await findReviewQueue({ viewer: editor.viewer })).items.find((item) => item.id === suggestion.id)!;
  await updateSuggestion({ viewer: translator.viewer, input: { suggestionId: suggestion.id, text: SNUCK_IN } });
  return { editor, segment, suggestion, seenTextHash: seen.textHash };
}

const post = (handler: typeof approve, url: string, body: unknown, params: Record<string, string>) =>
  handler(new Request(`http://recto.test${url}`, { method: "POST", headers: { origin: "http://recto.test", host: "recto.test" }, body: JSON.stringify(body) }), { params: Promise.resolve(params) } as never);

describe("an editor approves exactly the text they saw", () => {
  it("answers 409 with the new diff when the author changed the suggestion, and changes nothing", async () => {
    const { editor, segment, suggestion, seenTextHash } = await changedAfterOpening();
    session.viewer = editor.viewer;
    const response = await post(approve, `/api/v1/suggestions/${suggestion.id}/approve`, { seenTextHash }, { suggestionId: suggestion.id });
    expect(response.status).toBe(409);
    const { error } = await response.json();
    expect(error).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("The author changed this suggestion after you opened it") });
    expect(error.details.text).toBe(SNUCK_IN);
    expect(error.details.diff.map((part: { text: string }) => part.text).join("")).toContain("praises");
    expect(await getPrisma().segment.findUniqueOrThrow({ where: { id: segment.id }, select: { version: true, currentText: true } }))
      .toEqual({ version: 1, currentText: segment.currentText });
    expect((await getPrisma().suggestion.findUniqueOrThrow({ where: { id: suggestion.id } })).status).toBe("pending");
  });

  it("approves once the editor has seen the new text", async () => {
    const { editor, suggestion } = await changedAfterOpening();
    session.viewer = editor.viewer;
    const fresh = (await findReviewQueue({ viewer: editor.viewer })).items.find((item) => item.id === suggestion.id)!;
    const response = await post(approve, `/api/v1/suggestions/${suggestion.id}/approve`, { seenTextHash: fresh.textHash }, { suggestionId: suggestion.id });
    expect(response.status).toBe(200);
  });

  it("refuses an approval that does not say which text was seen", async () => {
    const { editor, suggestion } = await changedAfterOpening();
    session.viewer = editor.viewer;
    const response = await post(approve, `/api/v1/suggestions/${suggestion.id}/approve`, {}, { suggestionId: suggestion.id });
    expect(response.status).toBe(422);
    expect((await response.json()).error.message).toContain("seenTextHash");
  });

  it("leaves a changed suggestion out of a batch approval", async () => {
    const { editor, suggestion, seenTextHash } = await changedAfterOpening();
    session.viewer = editor.viewer;
    const response = await post(batchApprove as typeof approve, "/api/v1/suggestions/batch-approve", { suggestionIds: [suggestion.id], seenTextHashes: { [suggestion.id]: seenTextHash } }, {});
    expect(await response.json()).toMatchObject({ approved: [], failed: [{ suggestionId: suggestion.id, code: "CONFLICT" }] });
  });

  it("refuses when the author's edit lands between loading and claiming the suggestion", async () => {
    const translator = await createUser({ role: "translator" });
    const editor = await createUser({ role: "editor" });
    const { segments: [segment] } = await createDocument();
    const { suggestion } = await createSuggestion({ viewer: translator.viewer, input: { segmentId: segment.id, baseVersion: 1, text: SEEN } });
    const seenTextHash = (await findReviewQueue({ viewer: editor.viewer })).items.find((item) => item.id === suggestion.id)!.textHash;
    // The author's edit holds the suggestion row while the approval runs, and commits first.
    let approval: Promise<string> | undefined;
    await getPrisma().$transaction(async (tx) => {
      await tx.$executeRaw`UPDATE suggestions SET text = ${SNUCK_IN} WHERE id = ${suggestion.id}::uuid`;
      approval = approveSuggestion({ viewer: editor.viewer, input: { suggestionId: suggestion.id, seenTextHash } })
        .then(() => "approved", (error) => (isAppError(error) ? error.code : String(error)));
      // Commit only once the approval waits on the suggestion row this transaction holds.
      await vi.waitFor(async () => {
        const [{ waiting }] = await getPrisma().$queryRaw<{ waiting: number }[]>`
          SELECT count(*)::int AS waiting FROM pg_stat_activity
          WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE '%UPDATE%suggestions%'`;
        if (waiting === 0) throw new Error("the approval is not waiting on the suggestion row yet");
      }, { timeout: 10_000, interval: 20 });
    });
    const outcomes = await approval;
    expect(outcomes).toBe("CONFLICT");
    expect((await getPrisma().segment.findUniqueOrThrow({ where: { id: segment.id } })).currentText).toBe(segment.currentText);
  });
});
