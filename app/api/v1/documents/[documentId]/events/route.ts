import { requireApiViewer } from "@/lib/auth/session";
import { toResponse } from "@/lib/http";
import { openDocumentEvents } from "@/lib/live/queries";

type Context = { params: Promise<{ documentId: string }> };

export const dynamic = "force-dynamic";

/** GET → Server-Sent Events: `change`, `presence` and `resync` for one document (lib/live). */
export async function GET(request: Request, context: Context): Promise<Response> {
  try {
    const viewer = await requireApiViewer(request);
    const { documentId } = await context.params;
    const stream = await openDocumentEvents({ viewer, documentId, signal: request.signal });
    return new Response(stream, {
      headers: {
        "Content-Type": "text/event-stream; charset=utf-8",
        // no-transform keeps `next start`'s gzip from buffering the stream; the proxy header does the same for nginx.
        "Cache-Control": "no-store, no-transform",
        "X-Accel-Buffering": "no",
        Connection: "keep-alive",
      },
    });
  } catch (error) {
    return toResponse(error);
  }
}
