import "server-only";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { announcePresenceSchema, type AnnouncePresenceInput } from "@/lib/live/schema";
import type { PresenceBeat } from "@/lib/live/types";

/**
 * A workspace tab's heartbeat: the viewer is on this document with this segment open (or is
 * leaving). Sent to every instance by NOTIFY; nothing is stored. One statement, which also proves
 * the document exists.
 */
export async function announcePresence(options: { viewer: Viewer; input: AnnouncePresenceInput }): Promise<void> {
  const { viewer } = options;
  assertCan(viewer, "segment.read");
  const input = announcePresenceSchema.parse(options.input);
  const beat: PresenceBeat = {
    documentId: input.documentId, clientId: input.clientId, userId: viewer.userId, name: viewer.name.slice(0, 80),
    segmentId: input.segmentId, isLeaving: input.isLeaving,
  };
  // pg_notify returns void, which the driver cannot read: cast to text, select only the id.
  const sent = await getPrisma().$queryRaw<{ id: string }[]>`
    SELECT id::text FROM documents WHERE id = ${input.documentId}::uuid AND deleted_at IS NULL
      AND pg_notify('recto_presence', ${JSON.stringify(beat)})::text IS NOT NULL`;
  if (sent.length === 0) throw new AppError({ code: "NOT_FOUND", message: `Document ${input.documentId} does not exist.` });
}
