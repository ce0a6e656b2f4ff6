import { requireApiViewer } from "@/lib/auth/session";
import { findSegments } from "@/lib/documents/queries";
import { segmentFiltersSchema, segmentPageSchema } from "@/lib/documents/schema";
import { toResponse } from "@/lib/http";

type Context = { params: Promise<{ documentId: string }> };

/** GET ?cursor=&limit=&status=&category=&severity=&low=&q= → one page of the workspace's segment list. */
export async function GET(request: Request, context: Context): Promise<Response> {
  try {
    const viewer = await requireApiViewer(request);
    const { documentId } = await context.params;
    const query = Object.fromEntries(new URL(request.url).searchParams);
    const filters = segmentFiltersSchema.parse(query);
    const { cursor, limit } = segmentPageSchema.parse(query);
    const page = await findSegments({ viewer, documentId, filters, cursor, limit });
    return Response.json(page, { headers: { "Cache-Control": "private, no-store" } });
  } catch (error) {
    return toResponse(error);
  }
}
