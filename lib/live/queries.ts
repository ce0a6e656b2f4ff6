import "server-only";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { getLiveHub, type LiveHub } from "@/lib/live/hub";
import { PRESENCE_HEARTBEAT_MS } from "@/lib/live/presence";
import { sseComment, sseEvent, sseRetry } from "@/lib/live/sse";
import { isUuid } from "@/lib/ids";
import { LIVE_DOCUMENT } from "@/lib/db/live";

/** Comment lines this often keep idle streams open through proxies. */
export const SSE_HEARTBEAT_MS = 15_000;

async function assertDocument(documentId: string): Promise<void> {
  const found = isUuid(documentId) ? await getPrisma().document.findFirst({ where: { id: documentId, ...LIVE_DOCUMENT }, select: { id: true } }) : null;
  if (!found) throw new AppError({ code: "NOT_FOUND", message: `Document ${documentId} does not exist.` });
}

/**
 * The document's live events as a Server-Sent Events byte stream: `change` (a committed change,
 * with the segment ids), `presence` (who views which segment), `resync` (notifications may have
 * been missed: reload). Ends, and unsubscribes, when `signal` aborts or the reader cancels.
 */
export async function openDocumentEvents(options: { viewer: Viewer; documentId: string; signal: AbortSignal; hub?: LiveHub }): Promise<ReadableStream<Uint8Array>> {
  assertCan(options.viewer, "segment.read");
  await assertDocument(options.documentId);
  const hub = options.hub ?? getLiveHub();
  const encoder = new TextEncoder();
  let close = () => {};
  return new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          close();
        }
      };
      send(sseRetry(PRESENCE_HEARTBEAT_MS));
      const unsubscribe = hub.subscribe(options.documentId, {
        onChange: (change) => send(sseEvent("change", change)),
        onPresence: (viewing) => send(sseEvent("presence", viewing)),
        onResync: () => send(sseEvent("resync", {})),
      });
      const heartbeat = setInterval(() => send(sseComment("heartbeat")), SSE_HEARTBEAT_MS);
      let isClosed = false;
      close = () => {
        if (isClosed) return;
        isClosed = true;
        clearInterval(heartbeat);
        unsubscribe();
        options.signal.removeEventListener("abort", close);
        try {
          controller.close();
        } catch {
          // Already closed by the reader.
        }
      };
      if (options.signal.aborted) close();
      else options.signal.addEventListener("abort", close);
    },
    cancel() {
      close();
    },
  });
}
