import { requireApiViewer } from "@/lib/auth/session";
import { getDocumentCounts } from "@/lib/documents/queries";
import { toResponse } from "@/lib/http";

type Context = { params: Promise<{ documentId: string }> };

/** GET → the workspace header's counts: segments per status and the MQM score line. */
export async function GET(request: Request, context: Context): Promise<Response> {
  try {
    const viewer = await requireApiViewer(request);
    const counts = await getDocumentCounts({ viewer, documentId: (await context.params).documentId });
    return Response.json(counts, { headers: { "Cache-Control": "private, no-store" } });
  } catch (error) {
    return toResponse(error);
  }
}
