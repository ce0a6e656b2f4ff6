import type { AnnouncedEvent } from "@/lib/db/announce";
import type { Prisma, Tx } from "@/lib/db/client";
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
  await tx.$executeRaw`
    INSERT INTO history_events (actor_id, action, entity_type, entity_id, document_id, segment_id, before, after)
    VALUES (${event.actorId}, ${event.action}, ${event.entityType}, ${event.entityId}, ${event.documentId ?? null}::uuid,
            ${event.segmentId ?? null}::uuid, ${json(event.before)}::jsonb, ${json(event.after)}::jsonb)`;
}
