import net from "node:net";
import pg from "pg";
import { afterEach, describe, expect, it, vi } from "vitest";
import { recordEvent } from "@/lib/db/audit";
import { getPrisma } from "@/lib/db/client";
import { announceCommitted, announcementsSent } from "@/lib/db/announce";
import { inTransaction } from "@/lib/db/transaction";
import { createDocument } from "@/tests/factories/documents";
import { createUser } from "@/tests/factories/users";

async function stored(entityId: string) {
  return getPrisma().historyEvent.findFirstOrThrow({ where: { entityId } });
}

describe("recordEvent", () => {
  it("stores who did what to which document and segment, with before and after as JSON", async () => {
    const user = await createUser({ role: "editor" });
    const { id: documentId, segments } = await createDocument();
    const before = { text: "l'« attaque » contre Israël\n", quote: 'say "no"', list: [1, null, { deep: true }] };
    await inTransaction((tx) =>
      recordEvent(tx, { actorId: user.id, action: "segment.edit", entityType: "segment", entityId: "e-json", documentId, segmentId: segments[0].id, before, after: { text: "" } }),
    );
    expect(await stored("e-json")).toMatchObject({ actorId: user.id, action: "segment.edit", entityType: "segment", documentId, segmentId: segments[0].id, before, after: { text: "" } });
  });

  it("leaves out what is not given: no actor, document, segment, before or after is NULL", async () => {
    await inTransaction((tx) => recordEvent(tx, { actorId: null, action: "glossary.seed", entityType: "glossary_entry", entityId: "e-bare" }));
    expect(await stored("e-bare")).toMatchObject({ actorId: null, documentId: null, segmentId: null, before: null, after: null });
  });

  it("is part of the caller's transaction: a rollback takes the row with it", async () => {
    await expect(
      inTransaction(async (tx) => {
        await recordEvent(tx, { actorId: null, action: "x.y", entityType: "x", entityId: "e-rolled-back" });
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect(await getPrisma().historyEvent.count({ where: { entityId: "e-rolled-back" } })).toBe(0);
  });
});

describe("announcing history to live listeners", () => {
  const listeners: pg.Client[] = [];
  afterEach(async () => {
    await Promise.all(listeners.splice(0).map((client) => client.end()));
  });
  async function listen(channel: string) {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    listeners.push(client);
    await client.connect();
    const heard: pg.Notification[] = [];
    client.on("notification", (message) => heard.push(message));
    await client.query(`LISTEN ${channel}`);
    return heard;
  }

  // A transaction that notifies holds PostgreSQL's cluster-wide NOTIFY lock until its commit is
  // flushed, so every writer's commit queued behind the others' (docs/decisions/023-notify-after-commit.md).
  it("notifies from another session once the writing transaction has committed, not from inside it", async () => {
    const heard = await listen("recto_document");
    const user = await createUser({ role: "translator", name: "Ana Ruiz" });
    const { id: documentId, segments } = await createDocument();
    const writerPid = await inTransaction(async (tx) => {
      await recordEvent(tx, { actorId: user.id, action: "issue.flag", entityType: "issue", entityId: "e-announced", documentId, segmentId: segments[0].id });
      const [{ pid }] = await tx.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
      return pid;
    });
    await expect.poll(() => heard.filter((message) => message.payload?.includes(documentId)).length).toBe(1);
    const message = heard.find((candidate) => candidate.payload?.includes(documentId))!;
    expect(JSON.parse(message.payload!)).toEqual({ documentId, segmentIds: [segments[0].id], action: "issue.flag", actorId: user.id, actorName: "Ana Ruiz" });
    expect(message.processId).not.toBe(writerPid);
  });

  // Distinct actions: PostgreSQL delivers identical payloads sent in one statement once, which a
  // listener that refetches what changed never needs twice.
  it("announces every commit of a burst once, without the writers waiting for it", async () => {
    const heard = await listen("recto_document");
    const user = await createUser({ role: "translator" });
    const { id: documentId, segments } = await createDocument();
    await Promise.all(Array.from({ length: 30 }, (_, i) => inTransaction((tx) =>
      recordEvent(tx, { actorId: user.id, action: `issue.burst-${i}`, entityType: "issue", entityId: `e-burst-${i}`, documentId, segmentId: segments[0].id }))));
    await announcementsSent();
    await expect.poll(() => heard.filter((message) => message.payload?.includes(documentId)).length).toBe(30);
  });

  // A listening backend delivers every notification committed before a statement it runs, so once
  // its `SELECT 1` answers, a user change announced before that has been heard.
  it("has a user change announced by the time the writing use case returns, so another instance's session cache forgets at once", async () => {
    const heard = await listen("recto_user");
    const listener = listeners.at(-1)!;
    const user = await createUser({ role: "translator" });
    await inTransaction((tx) => recordEvent(tx, { actorId: null, action: "user.role", entityType: "user", entityId: user.id }));
    await listener.query("SELECT 1");
    expect(heard.filter((message) => message.payload?.includes(user.id)).map((message) => JSON.parse(message.payload!)))
      .toEqual([{ userId: user.id, action: "user.role" }]);
  });

  it("gives up on an announcing connection that never answers, so a user change does not wait forever", async () => {
    const silent = net.createServer(() => undefined); // accepts, never answers PostgreSQL's start-up
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as net.AddressInfo;
    const realUrl = process.env.DATABASE_URL;
    process.env.DATABASE_URL = `postgresql://postgres@127.0.0.1:${port}/postgres`;
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const started = Date.now();
      await announceCommitted([{ actorId: null, action: "user.deactivate", entityType: "user", entityId: "u-silent" }]);
      expect(Date.now() - started).toBeLessThan(9_000);
      expect(errors).toHaveBeenCalledWith(expect.stringMatching(/could not announce 1 change/));
    } finally {
      process.env.DATABASE_URL = realUrl;
      errors.mockRestore();
      silent.close();
    }
  }, 15_000);

  it("refuses history written in a transaction that inTransaction did not open, so no change goes unannounced", async () => {
    await expect(
      getPrisma().$transaction((tx) => recordEvent(tx, { actorId: null, action: "x.y", entityType: "x", entityId: "e-unannounced" })),
    ).rejects.toThrow(/inTransaction/);
    expect(await getPrisma().historyEvent.count({ where: { entityId: "e-unannounced" } })).toBe(0);
  });
});
