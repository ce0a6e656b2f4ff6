import pg from "pg";

import { readEnv } from "@/lib/env";

/** What a committed history row announces: the columns the NOTIFY payloads are built from. */
export type AnnouncedEvent = {
  actorId: string | null;
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

const globalForAnnounce = globalThis as unknown as { rectoAnnouncer?: { url: string; pool: pg.Pool } };

/**
 * A small pool of its own, with `synchronous_commit` off (docs/decisions/022-notify-after-commit.md).
 * A transaction that notifies holds PostgreSQL's cluster-wide NOTIFY lock until its commit record is
 * flushed; here nothing is written but the notification, so nothing waits for a flush, and a crash
 * can lose only notifications, which listeners treat as best effort anyway.
 */
function announcerPool(url: string): pg.Pool {
  const cached = globalForAnnounce.rectoAnnouncer;
  if (cached && cached.url === url) return cached.pool;
  const pool = new pg.Pool({
    connectionString: url, max: 2, allowExitOnIdle: true, application_name: "recto-announce",
    options: "-c synchronous_commit=off",
  });
  pool.on("error", () => undefined); // an idle client's lost connection: the next query opens another
  globalForAnnounce.rectoAnnouncer = { url, pool };
  return pool;
}

/**
 * Tells every instance's listener about changes that have just committed. Never throws: the change
 * is stored whatever happens here, and a missed notification costs a viewer a refresh, not data.
 */
export async function announceCommitted(events: readonly AnnouncedEvent[]): Promise<void> {
  const url = readEnv().DATABASE_URL;
  if (events.length === 0 || !url) return;
  const rows = events.map(({ actorId, action, entityType, entityId, documentId, segmentId }) => (
    { actorId, action, entityType, entityId, documentId: documentId ?? null, segmentId: segmentId ?? null }));
  try {
    await announcerPool(url).query(ANNOUNCE_SQL, [JSON.stringify(rows)]);
  } catch (error) {
    console.error(`recto: live updates could not announce ${events.length} change(s): ${(error as Error).message}`);
  }
}
