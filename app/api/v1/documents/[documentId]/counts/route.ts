import { requireApiViewer } from "@/lib/auth/session";
import { getDocumentCounts } from "@/lib/documents/queries";
import { route } from "@/lib/http";

type Context = { params: Promise<{ documentId: string }> };

/** GET → the workspace header's counts: segments per status and the MQM score line. */
export const GET = route(async (request, { params }: Context) => {
  const viewer = await requireApiViewer(request);
  const counts = await getDocumentCounts({ viewer, documentId: (await params).documentId });
  return Response.json(counts, { headers: { "Cache-Control": "private, no-store" } });
});
