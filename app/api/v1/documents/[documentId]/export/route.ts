import { requireApiViewer } from "@/lib/auth/session";
import { exportDocument } from "@/lib/export/mutations";
import { exportQuerySchema } from "@/lib/export/schema";
import { toFileResponse, toResponse } from "@/lib/http";

/** GET ?format=txt|md|docx|xliff12|xliff20|tmx|report-csv|report-json|report-html|package&includePending=&override= */
export async function GET(request: Request, context: { params: Promise<{ documentId: string }> }): Promise<Response> {
  try {
    const { documentId } = await context.params;
    const query = exportQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
    const viewer = await requireApiViewer(request);
    const result = await exportDocument({ viewer, documentId, ...query });
    return toFileResponse(result);
  } catch (error) {
    return toResponse(error);
  }
}
