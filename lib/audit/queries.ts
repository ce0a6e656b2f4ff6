import "server-only";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { getPrisma, type Prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { LIVE_DOCUMENT } from "@/lib/db/live";

/** Rows per page of the audit log. */
export const PAGE_SIZE = 50;

const PERSON = { select: { id: true, name: true } } as const;

export type HistoryEventView = {
  id: string; at: Date; action: string; entityType: string; entityId: string;
  documentId: string | null; segmentId: string | null; actor: { id: string; name: string } | null;
  before: unknown; after: unknown;
};

export const EVENT_SELECT = {
  id: true, at: true, action: true, entityType: true, entityId: true, documentId: true, segmentId: true,
  before: true, after: true, actor: PERSON,
} as const;

export function toEventView<T extends { id: bigint }>(event: T): Omit<T, "id"> & { id: string } {
  return { ...event, id: event.id.toString() };
}

export type AuditFilters = { actorId?: string; action?: string; documentId?: string; from?: Date; to?: Date };

/** The audit log, newest first, filtered; for admins. `cursor` is the last event id of the previous page. */
export async function findAuditLog(options: { viewer: Viewer; filters?: AuditFilters; cursor?: string }) {
  const { viewer, filters = {}, cursor } = options;
  assertCan(viewer, "audit.read");
  if (cursor !== undefined && !/^\d+$/.test(cursor)) throw new AppError({ code: "VALIDATION", message: `Cursor ${cursor} is not an event id.` });
  if (filters.documentId && !isUuid(filters.documentId)) return { events: [], nextCursor: null };
  const where: Prisma.HistoryEventWhereInput = {
    ...(filters.actorId ? { actorId: filters.actorId } : {}),
    ...(filters.action ? { action: { startsWith: filters.action } } : {}),
    ...(filters.documentId ? { documentId: filters.documentId } : {}),
    ...(filters.from || filters.to ? { at: { ...(filters.from ? { gte: filters.from } : {}), ...(filters.to ? { lte: filters.to } : {}) } } : {}),
    ...(cursor ? { id: { lt: BigInt(cursor) } } : {}),
  };
  const rows = await getPrisma().historyEvent.findMany({ where, orderBy: { id: "desc" }, take: PAGE_SIZE + 1, select: EVENT_SELECT });
  const events = await withPlaces(rows.slice(0, PAGE_SIZE).map(toEventView));
  return { events, nextCursor: rows.length > PAGE_SIZE ? events.at(-1)!.id : null };
}

/** Adds the document's title and the segment's number, for links; null once they are gone (merged, deleted). */
async function withPlaces(events: HistoryEventView[]) {
  const ids = (key: "documentId" | "segmentId") => [...new Set(events.map((event) => event[key]).filter((id): id is string => id !== null))];
  const [segments, documents] = await Promise.all([
    getPrisma().segment.findMany({ where: { id: { in: ids("segmentId") } }, select: { id: true, position: true } }),
    getPrisma().document.findMany({ where: { id: { in: ids("documentId") }, ...LIVE_DOCUMENT }, select: { id: true, title: true } }),
  ]);
  const positions = new Map(segments.map((segment) => [segment.id, segment.position]));
  const titles = new Map(documents.map((document) => [document.id, document.title]));
  return events.map((event) => ({
    ...event,
    documentTitle: event.documentId ? titles.get(event.documentId) ?? null : null,
    segmentNumber: event.segmentId && positions.has(event.segmentId) ? positions.get(event.segmentId)! + 1 : null,
  }));
}

export type AuditEventView = Awaited<ReturnType<typeof findAuditLog>>["events"][number];

/** Distinct actions in the log, for the audit filter's choices. */
export async function findAuditActions(options: { viewer: Viewer }): Promise<string[]> {
  assertCan(options.viewer, "audit.read");
  const rows = await getPrisma().historyEvent.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } });
  return rows.map((row) => row.action);
}
