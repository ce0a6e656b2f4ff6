import { getPrisma, type Tx } from "@/lib/db/client";
import { announceCommitted, type AnnouncedEvent } from "@/lib/db/announce";

type TransactionOptions = Parameters<ReturnType<typeof getPrisma>["$transaction"]>[1];

/** The events each open transaction will announce once it commits (recordEvent adds to them). */
const toAnnounce = new WeakMap<Tx, AnnouncedEvent[]>();

/**
 * Runs `work` in one interactive transaction and, once it has committed, queues the history rows it
 * wrote for announcement to every instance's live listener (docs/decisions/023-notify-after-commit.md).
 * The caller waits for the announcement only when a user changed: a deactivation or a lowered role
 * must reach the other instances' session caches before the response does (decision 007). A
 * transaction that fails or rolls back announces nothing. Every use case that writes history opens
 * its transaction here: `recordEvent` refuses a transaction it does not know.
 */
export async function inTransaction<T>(work: (tx: Tx) => Promise<T>, options?: TransactionOptions): Promise<T> {
  const events: AnnouncedEvent[] = [];
  const result = await getPrisma().$transaction(async (tx) => {
    toAnnounce.set(tx, events);
    return work(tx);
  }, options);
  const sent = announceCommitted(events);
  if (events.some((event) => event.entityType === "user")) await sent;
  return result;
}

/** Queues a history row's announcement for after the commit of `tx`, which inTransaction opened. */
export function announceAfterCommit(tx: Tx, event: AnnouncedEvent): void {
  const events = toAnnounce.get(tx);
  if (!events) throw new Error("History is written inside inTransaction (lib/db/transaction.ts), which announces it after the commit.");
  events.push(event);
}
