import pg from "pg";

import { readEnv } from "@/lib/env";

/** The announcing connection's application_name, as pg_stat_activity shows it. */
export const ANNOUNCER_NAME = "recto-announce";

/** What a committed history row announces: the columns the NOTIFY payloads are built from. */
export type AnnouncedEvent = {
  actorId: string | null;
  /** Dotted verb, e.g. "document.import", "issue.flag", "suggestion.approve". */
  action: string;
  entityType: string;
  entityId: string;
  documentId?: string | null;
  segmentId?: string | null;
};

/**
 * One statement for all of a transaction's events: `recto_user` for user rows, `recto_document`
 * (with the actor's name, cut to 80 characters) for rows of a document; other rows announce
 * nothing. Payloads stay far under NOTIFY's 8000-byte limit.
 */
const ANNOUNCE_SQL = `
  SELECT count(pg_notify(
    CASE WHEN e."entityType" = 'user' THEN 'recto_user' ELSE 'recto_document' END,
    CASE WHEN e."entityType" = 'user' THEN json_build_object('userId', e."entityId", 'action', e.action)::text
    ELSE json_build_object(
      'documentId', e."documentId",
      'segmentIds', CASE WHEN e."segmentId" IS NULL THEN '[]'::json ELSE json_build_array(e."segmentId") END,
      'action', e.action,
      'actorId', e."actorId",
      'actorName', (SELECT left(u.name, 80) FROM users u WHERE u.id = e."actorId")
    )::text END))::int AS sent
  FROM json_to_recordset($1::json)
    AS e("entityType" text, "entityId" text, "documentId" uuid, "segmentId" uuid, action text, "actorId" text)
  WHERE e."entityType" = 'user' OR e."documentId" IS NOT NULL`;

/** Events per statement: a statement's JSON stays small even when a burst queued thousands. */
const MAX_EVENTS_PER_STATEMENT = 500;

type Waiter = { upTo: number; resolve: () => void };

/**
 * `queue` holds history events, `beats` presence payloads (sent as they are). `queued` and `sent`
 * count events since the process started; a waiter is resolved once `sent` reaches the count its
 * events brought `queued` to.
 */
type Announcer = {
  url: string; pool: pg.Pool; queue: AnnouncedEvent[]; beats: string[]; sending: Promise<void> | null;
  queued: number; sent: number; waiters: Waiter[];
};

/**
 * How many events or beats may wait for a statement: a connection that hangs must not make the
 * process hold every change made meanwhile. Past it the oldest are dropped (and their waiters
 * released): a missed notification costs a viewer a refresh, and a session cache forgets within
 * SESSION_REUSE_MS anyway.
 */
const MAX_QUEUED = 20_000;
/** A statement that has not answered by then is abandoned (its batch logged as lost) and the next one is tried. */
const STATEMENT_TIMEOUT_MS = 5_000;

const globalForAnnounce = globalThis as unknown as { rectoAnnouncer?: Announcer };

/**
 * One connection of its own, with `synchronous_commit` off (docs/decisions/023-notify-after-commit.md).
 * A transaction that notifies holds PostgreSQL's cluster-wide NOTIFY lock until its commit record is
 * flushed; here nothing is written but the notification, so nothing waits for a flush, and a crash
 * can lose only notifications, which listeners treat as best effort anyway.
 */
function announcerFor(url: string): Announcer {
  const cached = globalForAnnounce.rectoAnnouncer;
  if (cached && cached.url === url) return cached;
  const pool = new pg.Pool({
    connectionString: url, max: 1, allowExitOnIdle: true, application_name: ANNOUNCER_NAME,
    options: "-c synchronous_commit=off", connectionTimeoutMillis: STATEMENT_TIMEOUT_MS, query_timeout: STATEMENT_TIMEOUT_MS,
  });
  pool.on("error", () => undefined); // an idle client's lost connection: the next query opens another
  const announcer: Announcer = { url, pool, queue: [], beats: [], sending: null, queued: 0, sent: 0, waiters: [] };
  globalForAnnounce.rectoAnnouncer = announcer;
  return announcer;
}

const BEATS_SQL = `SELECT count(pg_notify('recto_presence', beat))::int AS sent FROM json_array_elements_text($1::json) AS beat`;

/** Marks `count` more events as sent (or lost) and releases the waiters whose events are all out. */
function settle(announcer: Announcer, count: number): void {
  announcer.sent += count;
  const done = announcer.waiters.filter((waiter) => waiter.upTo <= announcer.sent);
  announcer.waiters = announcer.waiters.filter((waiter) => waiter.upTo > announcer.sent);
  for (const waiter of done) waiter.resolve();
}

async function send(announcer: Announcer, sql: string, payload: unknown[], what: string): Promise<void> {
  try {
    await announcer.pool.query(sql, [JSON.stringify(payload)]);
  } catch (error) {
    console.error(`recto: live updates could not announce ${payload.length} ${what}: ${(error as Error).message}`);
  }
}

/** Sends everything queued, a statement at a time, until both queues are empty; errors are logged, never thrown. */
async function sendQueued(announcer: Announcer): Promise<void> {
  while (announcer.queue.length > 0 || announcer.beats.length > 0) {
    const batch = announcer.queue.splice(0, MAX_EVENTS_PER_STATEMENT);
    if (batch.length > 0) {
      const rows = batch.map(({ actorId, action, entityType, entityId, documentId, segmentId }) => (
        { actorId, action, entityType, entityId, documentId: documentId ?? null, segmentId: segmentId ?? null }));
      await send(announcer, ANNOUNCE_SQL, rows, "change(s)");
      settle(announcer, batch.length);
    }
    const beats = announcer.beats.splice(0, MAX_EVENTS_PER_STATEMENT);
    if (beats.length > 0) await send(announcer, BEATS_SQL, beats, "presence beat(s)");
  }
}

/** Drops the oldest of `queue` past MAX_QUEUED; returns how many. */
function dropOldest<T>(queue: T[]): number {
  const excess = queue.length - MAX_QUEUED;
  if (excess <= 0) return 0;
  queue.splice(0, excess);
  console.error(`recto: live updates dropped ${excess} queued notification(s): the announcing connection is not keeping up`);
  return excess;
}

function startSending(announcer: Announcer): void {
  if (announcer.sending) return;
  announcer.sending = sendQueued(announcer).finally(() => {
    announcer.sending = null;
    // Events queued after the loop saw an empty queue, before this ran.
    if (announcer.queue.length > 0) startSending(announcer);
  });
}

/**
 * Tells every instance's listener about changes that have just committed, in commit order: events
 * queue in this process and one statement sends all that queued while the previous one ran. The
 * promise resolves once these events have been sent (or failed); most callers do not wait for it.
 * Never rejects: the change is stored whatever happens here, and a missed notification costs a
 * viewer a refresh, not data.
 */
export function announceCommitted(events: readonly AnnouncedEvent[]): Promise<void> {
  const url = readEnv().DATABASE_URL;
  if (events.length === 0 || !url) return Promise.resolve();
  const announcer = announcerFor(url);
  announcer.queue.push(...events);
  announcer.queued += events.length;
  const sent = new Promise<void>((resolve) => announcer.waiters.push({ upTo: announcer.queued, resolve }));
  settle(announcer, dropOldest(announcer.queue));
  startSending(announcer);
  return sent;
}

/**
 * Sends a workspace tab's presence beat (recto_presence; lib/live/types.ts) from the same connection, without the
 * caller waiting: a beat stores nothing, so it has no commit of its own to wait for either.
 */
export function announcePresenceBeat(beat: object): void {
  const url = readEnv().DATABASE_URL;
  if (!url) return;
  const announcer = announcerFor(url);
  announcer.beats.push(JSON.stringify(beat));
  dropOldest(announcer.beats);
  startSending(announcer);
}

/** Resolves once everything announced so far has been sent (or failed): for shutdown and tests. */
export async function announcementsSent(): Promise<void> {
  while (globalForAnnounce.rectoAnnouncer?.sending) await globalForAnnounce.rectoAnnouncer.sending;
}
