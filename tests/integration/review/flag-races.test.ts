import pg from "pg";
import { describe, expect, it, vi } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { flagIssue } from "@/lib/review/mutations";
import { createDocument } from "@/tests/factories/documents";
import { createUser } from "@/tests/factories/users";

/**
 * Starts `flag` while another connection holds the segment's row lock, waits until the flag waits
 * on that lock (it has read the segment by then), then makes `change` on that connection and
 * commits it: the flag meets a segment that changed between what it read and what it writes.
 */
async function flagWhileChanged<T>(segmentId: string, change: string, flag: () => Promise<T>): Promise<PromiseSettledResult<T>> {
  const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await other.connect();
  try {
    await other.query("BEGIN");
    await other.query("SELECT 1 FROM segments WHERE id = $1 FOR UPDATE", [segmentId]);
    const flagging = Promise.allSettled([flag()]);
    await vi.waitFor(async () => {
      // Inside a transaction pg_stat_activity is a cached snapshot; refresh it each time.
      await other.query("SELECT pg_stat_clear_snapshot()");
      const { rows } = await other.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND wait_event_type = 'Lock'");
      if (rows[0].n !== 1) throw new Error("the flag never waited on the segment's lock");
    }, { timeout: 10_000, interval: 20 });
    await other.query(change, [segmentId]);
    await other.query("COMMIT");
    return (await flagging)[0];
  } finally {
    await other.end();
  }
}

const flagOf = (viewer: Awaited<ReturnType<typeof createUser>>["viewer"], segmentId: string) => () =>
  flagIssue({ viewer, input: { segmentId, segmentVersion: 1, targetStart: 0, targetEnd: 5, category: "accuracy_mistranslation", severity: "major", comment: "reversed" } });

describe("flagging a segment that changes meanwhile", () => {
  it("answers a conflict, and stores no issue and no history, when the English was edited after the flagger's read", async () => {
    const translator = await createUser({ role: "translator" });
    const { segments } = await createDocument();
    const result = await flagWhileChanged(segments[0].id, "UPDATE segments SET current_text = 'Edited meanwhile.', version = 2 WHERE id = $1", flagOf(translator.viewer, segments[0].id));
    expect(result).toMatchObject({ status: "rejected", reason: { code: "CONFLICT", details: { currentVersion: 2, currentText: "Edited meanwhile." } } });
    expect(await getPrisma().issue.count({ where: { segmentId: segments[0].id } })).toBe(0);
    expect(await getPrisma().historyEvent.count({ where: { segmentId: segments[0].id, action: "issue.flag" } })).toBe(0);
  });

  it("flags from the status the segment has when the flag is written, not the one it had when read", async () => {
    const translator = await createUser({ role: "translator" });
    const { segments } = await createDocument();
    const result = await flagWhileChanged(segments[0].id, "UPDATE segments SET status = 'reviewed' WHERE id = $1", flagOf(translator.viewer, segments[0].id));
    expect(result).toMatchObject({ status: "fulfilled", value: { segmentStatus: "flagged" } });
    const [event] = await getPrisma().historyEvent.findMany({ where: { segmentId: segments[0].id, action: "issue.flag" } });
    expect(event.before).toEqual({ segmentStatus: "reviewed" });
  });

});
