import { requireApiViewer } from "@/lib/auth/session";
import { getDocumentScoreReport } from "@/lib/documents/queries";
import { route } from "@/lib/http";

type Context = { params: Promise<{ documentId: string }> };

/** GET → the workspace's MQM panel: the score by category and severity, and the document's issues. */
export const GET = route(async (request, { params }: Context) => {
  const viewer = await requireApiViewer(request);
  const report = await getDocumentScoreReport({ viewer, documentId: (await params).documentId });
  return Response.json(report, { headers: { "Cache-Control": "private, no-store" } });
});
