import { Readable } from "node:stream";
import { requireApiViewer } from "@/lib/auth/session";
import { exportDocument } from "@/lib/export/mutations";
import { exportQuerySchema } from "@/lib/export/schema";
import { toResponse } from "@/lib/http";

/** GET ?format=txt|md|docx|xliff12|xliff20|tmx|report-csv|report-json|report-html|package&includePending=&override= */
export async function GET(request: Request, context: { params: Promise<{ documentId: string }> }): Promise<Response> {
  try {
    const { documentId } = await context.params;
    const query = exportQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
    const viewer = await requireApiViewer(request);
    const result = await exportDocument({ viewer, documentId, ...query });
    return new Response(Readable.toWeb(result.stream) as ReadableStream<Uint8Array>, {
      headers: {
        "Content-Type": result.contentType,
        "Content-Disposition": `attachment; filename="${result.fileName}"`,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    return toResponse(error);
  }
}
