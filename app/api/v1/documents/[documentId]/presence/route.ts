import { requireApiViewer } from "@/lib/auth/session";
import { readObject, route } from "@/lib/http";
import { announcePresence } from "@/lib/live/mutations";
import { announcePresenceSchema } from "@/lib/live/schema";

type Context = { params: Promise<{ documentId: string }> };

/** POST { clientId, segmentId, isLeaving? } → 204: this tab is on the document (a heartbeat), or leaving. */
export const POST = route(async (request: Request, context: Context) => {
  const viewer = await requireApiViewer(request);
  const input = announcePresenceSchema.parse({ ...(await readObject(request)), documentId: (await context.params).documentId });
  await announcePresence({ viewer, input });
  return new Response(null, { status: 204 });
});
