import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { createSessionCache } from "@/lib/auth/session-cache";
import { ANNOUNCER_NAME } from "@/lib/db/announce";
import { createLiveHub } from "@/lib/live/hub";
import { createLiveListener, type LiveListener } from "@/lib/live/listener";
import { announcePresence } from "@/lib/live/mutations";
import { openDocumentEvents } from "@/lib/live/queries";
import { evictSessionsOnUserChange } from "@/lib/live/session-eviction";
import type { DocumentChange, Viewing } from "@/lib/live/types";
import { flagIssue } from "@/lib/review/mutations";
import { deactivateUser, setUserRole } from "@/lib/users/mutations";
import { createDocument } from "@/tests/factories/documents";
import { createUser } from "@/tests/factories/users";

// Two listeners, each on its own PostgreSQL connection, stand for two app instances.
const opened: LiveListener[] = [];
async function instance() {
  const listener = createLiveListener(process.env.DATABASE_URL!);
  opened.push(listener);
  await listener.ready();
  return { listener, hub: createLiveHub(listener) };
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((listener) => listener.close()));
});

function recorder(hub: ReturnType<typeof createLiveHub>, documentId: string) {
  const changes: DocumentChange[] = [];
  const presence: Viewing[][] = [];
  const stop = hub.subscribe(documentId, { onChange: (c) => changes.push(c), onPresence: (v) => presence.push(v), onResync: () => {} });
  return { changes, presence, stop };
}

describe("live updates across instances", () => {
  it("delivers a flag made through the use case to subscribers on two separate listeners, with the actor's name", async () => {
    const [a, b] = [await instance(), await instance()];
    const translator = await createUser({ role: "translator", name: "Eddie Marsh" });
    const document = await createDocument();
    const other = await createDocument();
    const [onA, onB, onOther] = [recorder(a.hub, document.id), recorder(b.hub, document.id), recorder(b.hub, other.id)];
    const segment = document.segments[0];
    await flagIssue({ viewer: translator.viewer, input: { segmentId: segment.id, segmentVersion: 1, category: "accuracy_mistranslation", severity: "major", targetStart: 0, targetEnd: 2 } });
    const expected = { documentId: document.id, segmentIds: [segment.id], action: "issue.flag", actorId: translator.id, actorName: "Eddie Marsh" };
    await expect.poll(() => onA.changes).toEqual([expected]);
    await expect.poll(() => onB.changes).toEqual([expected]);
    expect(onOther.changes).toEqual([]);
  });

  it("sends nothing for a change that does not commit", async () => {
    const { hub } = await instance();
    const translator = await createUser({ role: "translator" });
    const document = await createDocument();
    const seen = recorder(hub, document.id);
    const stale = flagIssue({ viewer: translator.viewer, input: { segmentId: document.segments[0].id, segmentVersion: 7, category: "accuracy_mistranslation", severity: "minor" } });
    await expect(stale).rejects.toMatchObject({ code: "CONFLICT" });
    await flagIssue({ viewer: translator.viewer, input: { segmentId: document.segments[1].id, segmentVersion: 1, category: "accuracy_mistranslation", severity: "minor" } });
    await expect.poll(() => seen.changes.length).toBe(1);
    expect(seen.changes[0].segmentIds).toEqual([document.segments[1].id]);
  });

  it("shares presence across instances and forgets a tab that leaves", async () => {
    const [a, b] = [await instance(), await instance()];
    const editor = await createUser({ role: "editor", name: "Eddie Marsh" });
    const document = await createDocument();
    const onB = recorder(b.hub, document.id);
    recorder(a.hub, document.id);
    const segmentId = document.segments[1].id;
    await announcePresence({ viewer: editor.viewer, input: { documentId: document.id, clientId: "tab-0000001", segmentId } });
    await expect.poll(() => onB.presence.at(-1)).toEqual([{ userId: editor.id, name: "Eddie Marsh", initials: "EM", segmentId }]);
    await expect.poll(() => a.hub.viewing(document.id)).toEqual(b.hub.viewing(document.id));
    await announcePresence({ viewer: editor.viewer, input: { documentId: document.id, clientId: "tab-0000001", segmentId, isLeaving: true } });
    await expect.poll(() => onB.presence.at(-1)).toEqual([]);
  });

  // A beat sent from a request's own connection held PostgreSQL's NOTIFY lock through a WAL flush,
  // so every reviewer's beat queued behind the others' commits (docs/decisions/023-notify-after-commit.md).
  it("sends heartbeats from the announcing connection, not from the request's", async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      const heard: pg.Notification[] = [];
      client.on("notification", (message) => heard.push(message));
      await client.query("LISTEN recto_presence");
      const editor = await createUser({ role: "editor" });
      const document = await createDocument();
      await announcePresence({ viewer: editor.viewer, input: { documentId: document.id, clientId: "tab-0000002", segmentId: null } });
      await expect.poll(() => heard.filter((message) => message.payload?.includes(document.id)).length).toBe(1);
      const { processId } = heard.find((message) => message.payload?.includes(document.id))!;
      const { rows } = await client.query<{ name: string }>("SELECT application_name AS name FROM pg_stat_activity WHERE pid = $1", [processId]);
      expect(rows).toEqual([{ name: ANNOUNCER_NAME }]);
    } finally {
      await client.end();
    }
  });

  it("refuses a heartbeat for a document that does not exist", async () => {
    const editor = await createUser({ role: "editor" });
    const input = { documentId: "6f1b8a36-8a2c-4f5e-9a51-3d1f0c2b7e11", clientId: "tab-0000001", segmentId: null };
    await expect(announcePresence({ viewer: editor.viewer, input })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("streams changes as Server-Sent Events and unsubscribes when the request is aborted", async () => {
    const { hub } = await instance();
    const translator = await createUser({ role: "translator", name: "Eddie Marsh" });
    const document = await createDocument();
    const abort = new AbortController();
    const stream = await openDocumentEvents({ viewer: translator.viewer, documentId: document.id, signal: abort.signal, hub });
    expect(hub.connectionCount()).toBe(1);
    const reader = stream.getReader();
    const decoder = new TextDecoder();
    let text = "";
    await flagIssue({ viewer: translator.viewer, input: { segmentId: document.segments[0].id, segmentVersion: 1, category: "style", severity: "minor" } });
    while (!text.includes("event: change")) text += decoder.decode((await reader.read()).value, { stream: true });
    expect(text).toContain("event: presence\ndata: []\n\n");
    expect(text).toMatch(/event: change\ndata: \{"documentId":"[^"]+","segmentIds":\["[^"]+"\],"action":"issue.flag"/);
    abort.abort();
    expect(hub.connectionCount()).toBe(0);
    expect((await reader.read()).done).toBe(true);
  });

  it("refuses the stream of a document that does not exist", async () => {
    const { hub } = await instance();
    const translator = await createUser({ role: "translator" });
    const opening = openDocumentEvents({ viewer: translator.viewer, documentId: "6f1b8a36-8a2c-4f5e-9a51-3d1f0c2b7e11", signal: new AbortController().signal, hub });
    await expect(opening).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("the session cache across instances", () => {
  it.each([
    ["a deactivation", (admin: { viewer: never }, userId: string) => deactivateUser({ viewer: admin.viewer, input: { userId } })],
    ["a role change", (admin: { viewer: never }, userId: string) => setUserRole({ viewer: admin.viewer, input: { userId, role: "editor" } })],
  ])("forgets the user on the other instance at once after %s", async (_, change) => {
    const { listener } = await instance();
    const otherInstanceCache = createSessionCache();
    evictSessionsOnUserChange(listener, otherInstanceCache);
    const admin = await createUser({ role: "admin" });
    const translator = await createUser({ role: "translator" });
    const bystander = await createUser({ role: "translator" });
    const expiresAt = new Date(Date.now() + 60_000);
    otherInstanceCache.rememberViewer("cookie-of-translator", { viewer: translator.viewer, token: "t1", expiresAt });
    otherInstanceCache.rememberViewer("cookie-of-bystander", { viewer: bystander.viewer, token: "t2", expiresAt });
    await change(admin as never, translator.id);
    await expect.poll(() => otherInstanceCache.reusedViewer("cookie-of-translator"), { timeout: 1_000 }).toBeUndefined();
    expect(otherInstanceCache.reusedViewer("cookie-of-bystander")).toEqual(bystander.viewer);
  });
});
