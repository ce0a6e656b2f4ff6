import type { Prisma, Tx } from "@/lib/db/client";

export type HistoryEventInput = {
  actorId: string | null;
  /** Dotted verb, e.g. "document.import", "issue.flag", "suggestion.approve". */
  action: string;
  entityType: string;
  entityId: string;
  documentId?: string | null;
  segmentId?: string | null;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
};

/** Appends one audit row; call it inside the transaction that makes the change. */
export async function recordEvent(tx: Tx, event: HistoryEventInput): Promise<void> {
  await tx.historyEvent.create({ data: event });
}
