import pg from "pg";
import { describe, expect, it, vi } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { approveSuggestion, createSuggestion } from "@/lib/review/mutations";
import { createDocument } from "@/tests/factories/documents";
import { createUser } from "@/tests/factories/users";

/**
 * Holds the segment's row lock on a separate connection until both approvals are queued behind it,
 * so both have passed their checks and race on the conditional UPDATE, every time.
 */
async function raceOnSegment<T>(segmentId: string, start: () => Promise<T>[]): Promise<PromiseSettledResult<T>[]> {
  const blocker = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await blocker.connect();
  try {
    await blocker.query("BEGIN");
    await blocker.query("SELECT 1 FROM segments WHERE id = $1 FOR UPDATE", [segmentId]);
    const racing = Promise.allSettled(start());
    await waitFor(async () => {
      // Inside a transaction pg_stat_activity is a cached snapshot; refresh it each time.
      await blocker.query("SELECT pg_stat_clear_snapshot()");
      const { rows } = await blocker.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND wait_event_type = 'Lock' AND query ILIKE '%UPDATE segments%'",
      );
      return rows[0].n === 2;
    });
    await blocker.query("COMMIT");
    return await racing;
  } finally {
    await blocker.end();
  }
}

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  await vi.waitFor(async () => {
    if (!(await condition())) throw new Error("the two approvals never both waited on the segment");
  }, { timeout: timeoutMs, interval: 20 });
}

async function setup() {
  const translator = await createUser({ role: "translator" });
  const other = await createUser({ role: "translator" });
  const editors = [await createUser({ role: "editor" }), await createUser({ role: "editor" })];
  const document = await createDocument();
  return { translator, other, editors, segment: document.segments[0] };
}

async function approvalsOf(segmentId: string) {
  return getPrisma().suggestion.findMany({ where: { segmentId, status: { in: ["approved", "approved_with_edits"] } }, select: { id: true, text: true, reviewerId: true } });
}

describe("two editors approving on the same segment at the same moment", () => {
  it("approving the same suggestion leaves exactly one approval, one version bump and one history row", async () => {
    const { translator, editors, segment } = await setup();
    const { suggestion } = await createSuggestion({ viewer: translator.viewer, input: { segmentId: segment.id, baseVersion: 1, text: "He denounces Israel's offensive against Gaza." } });
    const results = await raceOnSegment(segment.id, () => editors.map((editor) => approveSuggestion({ viewer: editor.viewer, input: { suggestionId: suggestion.id } })));
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    const refused = results.find((result) => result.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: "CONFLICT", message: "Suggestion was based on version 1; the segment is now at version 2 — review the new text" });
    expect(await approvalsOf(segment.id)).toHaveLength(1);
    expect(await getPrisma().segment.findUniqueOrThrow({ where: { id: segment.id } })).toMatchObject({ version: 2, currentText: "He denounces Israel's offensive against Gaza.", status: "approved" });
    expect(await getPrisma().historyEvent.count({ where: { segmentId: segment.id, action: "suggestion.approve" } })).toBe(1);
  });

  it("approving two rival suggestions keeps the winner's text whole and leaves the loser pending, with no lost text", async () => {
    const { translator, other, editors, segment } = await setup();
    const texts = ["He denounces Israel's offensive against Gaza.", "He denounces the Israeli offensive on Gaza."];
    const first = await createSuggestion({ viewer: translator.viewer, input: { segmentId: segment.id, baseVersion: 1, text: texts[0] } });
    const second = await createSuggestion({ viewer: other.viewer, input: { segmentId: segment.id, baseVersion: 1, text: texts[1] } });
    const ids = [first.suggestion.id, second.suggestion.id];
    const results = await raceOnSegment(segment.id, () => editors.map((editor, i) => approveSuggestion({ viewer: editor.viewer, input: { suggestionId: ids[i] } })));
    const winner = results.findIndex((result) => result.status === "fulfilled");
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect((results[1 - winner] as PromiseRejectedResult).reason).toMatchObject({ code: "CONFLICT", details: { currentVersion: 2, currentText: texts[winner] } });
    expect(await approvalsOf(segment.id)).toEqual([{ id: ids[winner], text: texts[winner], reviewerId: editors[winner].id }]);
    expect(await getPrisma().suggestion.findUniqueOrThrow({ where: { id: ids[1 - winner] } })).toMatchObject({ status: "pending", text: texts[1 - winner] });
    expect(await getPrisma().segment.findUniqueOrThrow({ where: { id: segment.id } })).toMatchObject({ version: 2, currentText: texts[winner] });
  });

  it("without the lock held, ten simultaneous approvals of one suggestion still leave exactly one", async () => {
    const { translator, editors, segment } = await setup();
    const { suggestion } = await createSuggestion({ viewer: translator.viewer, input: { segmentId: segment.id, baseVersion: 1, text: "He denounces the offensive." } });
    const results = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => approveSuggestion({ viewer: editors[i % 2].viewer, input: { suggestionId: suggestion.id } })));
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await approvalsOf(segment.id)).toHaveLength(1);
    expect(await getPrisma().segment.findUniqueOrThrow({ where: { id: segment.id } })).toMatchObject({ version: 2 });
  });
});

describe("the audit log", () => {
  it("refuses updates and deletes of history rows", async () => {
    const { translator, segment } = await setup();
    await createSuggestion({ viewer: translator.viewer, input: { segmentId: segment.id, baseVersion: 1, text: "Changed." } });
    const prisma = getPrisma();
    await expect(prisma.historyEvent.updateMany({ where: { segmentId: segment.id }, data: { action: "forged" } })).rejects.toThrow(/append-only/);
    await expect(prisma.historyEvent.deleteMany({ where: { segmentId: segment.id } })).rejects.toThrow(/append-only/);
    expect(await prisma.historyEvent.count({ where: { segmentId: segment.id } })).toBe(1);
  });
});
