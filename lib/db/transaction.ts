import { getPrisma, type Prisma, type Tx } from "@/lib/db/client";
import { announceCommitted, type AnnouncedEvent } from "@/lib/db/announce";

type TransactionOptions = Parameters<ReturnType<typeof getPrisma>["$transaction"]>[1];

/** The events each open transaction will announce once it commits (recordEvent adds to them). */
const toAnnounce = new WeakMap<Tx, AnnouncedEvent[]>();

/**
 * Runs `work` in one interactive transaction and, once it has committed, queues the history rows it
 * wrote for announcement to every instance's live listener (docs/decisions/023-notify-after-commit.md). A
 * transaction that fails or rolls back announces nothing. Every use case that writes history opens
 * its transaction here (`recordEvent` refuses a transaction it does not know), or writes the change
 * and its history in one statement with `writeWithHistory`.
 */
export async function inTransaction<T>(work: (tx: Tx) => Promise<T>, options?: TransactionOptions): Promise<T> {
  const events: AnnouncedEvent[] = [];
  const result = await getPrisma().$transaction(async (tx) => {
    toAnnounce.set(tx, events);
    return work(tx);
  }, options);
  await announce(events);
  return result;
}

/**
 * Announces committed history rows to every instance's live listener. Waits for the sending only
 * when a user changed: a deactivation or a lowered role must reach the other instances' session
 * caches before the response does (decision 007).
 */
async function announce(events: readonly AnnouncedEvent[]): Promise<void> {
  const sent = announceCommitted(events);
  if (events.some((event) => event.entityType === "user")) await sent;
}

/**
 * Runs `statement`, one statement that makes a change and writes its history rows (audit.ts
 * `historyInsert`): PostgreSQL runs it as a transaction of its own, in one round trip, with no
 * connection held open between statements (decision 027). When it returns rows, the change
 * committed: `events` are announced as `inTransaction` announces them. No rows: nothing was written,
 * nothing is announced.
 */
export async function writeWithHistory<Row>(statement: Prisma.Sql, events: AnnouncedEvent[]): Promise<Row[]> {
  const rows = await getPrisma().$queryRaw<Row[]>(statement);
  if (rows.length > 0) await announce(events);
  return rows;
}

/** Queues a history row's announcement for after the commit of `tx`, which inTransaction opened. */
export function announceAfterCommit(tx: Tx, event: AnnouncedEvent): void {
  const events = toAnnounce.get(tx);
  if (!events) throw new Error("History is written inside inTransaction (lib/db/transaction.ts), which announces it after the commit.");
  events.push(event);
}
