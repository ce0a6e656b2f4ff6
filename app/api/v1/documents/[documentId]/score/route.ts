import { requireApiViewer } from "@/lib/auth/session";
import { getDocumentScoreReport } from "@/lib/documents/queries";
import { toResponse } from "@/lib/http";

type Context = { params: Promise<{ documentId: string }> };

/** GET → the workspace's MQM panel: the score by category and severity, and the document's issues. */
export async function GET(request: Request, context: Context): Promise<Response> {
  try {
    const viewer = await requireApiViewer(request);
    const report = await getDocumentScoreReport({ viewer, documentId: (await context.params).documentId });
    return Response.json(report, { headers: { "Cache-Control": "private, no-store" } });
  } catch (error) {
    return toResponse(error);
  }
}
