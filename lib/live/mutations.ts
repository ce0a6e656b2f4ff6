import "server-only";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { announcePresenceBeat } from "@/lib/db/announce";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { announcePresenceSchema, type AnnouncePresenceInput } from "@/lib/live/schema";
import type { PresenceBeat } from "@/lib/live/types";

/**
 * A workspace tab's heartbeat: the viewer is on this document with this segment open (or is
 * leaving). Sent to every instance by NOTIFY from the announcing connection, which does not wait
 * for a WAL flush while it holds PostgreSQL's NOTIFY lock (decision 023); nothing is stored.
 */
export async function announcePresence(options: { viewer: Viewer; input: AnnouncePresenceInput }): Promise<void> {
  const { viewer } = options;
  assertCan(viewer, "segment.read");
  const input = announcePresenceSchema.parse(options.input);
  const beat: PresenceBeat = {
    documentId: input.documentId, clientId: input.clientId, userId: viewer.userId, name: viewer.name.slice(0, 80),
    segmentId: input.segmentId, isLeaving: input.isLeaving,
  };
  const found = await getPrisma().document.count({ where: { id: input.documentId, deletedAt: null } });
  if (found === 0) throw new AppError({ code: "NOT_FOUND", message: `Document ${input.documentId} does not exist.` });
  announcePresenceBeat(beat);
}
