import { Prisma } from "@/generated/prisma/client";
import type { AnnouncedEvent } from "@/lib/db/announce";
import type { Tx } from "@/lib/db/client";
import { announceAfterCommit } from "@/lib/db/transaction";

/** A history row: what live viewers are told (AnnouncedEvent), and the change's before and after. */
export type HistoryEventInput = AnnouncedEvent & {
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
};

const json = (value: Prisma.InputJsonValue | undefined) => (value === undefined ? null : JSON.stringify(value));

/**
 * Appends one audit row; call it inside the transaction that makes the change, opened by
 * `inTransaction`, which announces the row to live viewers once the change has committed. One plain INSERT
 * (not `historyEvent.create`): every mutation writes history, and Prisma's model call costs about
 * as much again as the statement itself (docs/decisions/008-review-hot-path-sql.md).
 */
export async function recordEvent(tx: Tx, event: HistoryEventInput): Promise<void> {
  announceAfterCommit(tx, event);
  await tx.$executeRaw(historyInsert(event));
}

/**
 * The INSERT of `event`'s history row. With `onlyIf`, a FROM clause naming a CTE of the same
 * statement, the row is written once per row of that CTE (so not at all when it is empty): a
 * change and its history in one statement (lib/db/transaction.ts `writeWithHistory`).
 */
export function historyInsert(event: HistoryEventInput, onlyIf: Prisma.Sql = Prisma.empty): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO history_events (actor_id, action, entity_type, entity_id, document_id, segment_id, before, after)
    SELECT ${event.actorId}, ${event.action}, ${event.entityType}, ${event.entityId}, ${event.documentId ?? null}::uuid,
           ${event.segmentId ?? null}::uuid, ${json(event.before)}::jsonb, ${json(event.after)}::jsonb ${onlyIf}`;
}
