import { requireApiViewer } from "@/lib/auth/session";
import { getImportJob } from "@/lib/documents/import-job";
import { toResponse } from "@/lib/http";

type Context = { params: Promise<{ jobId: string }> };

/** GET the status of a background import (its creator or an admin): polled by the import page's progress bar. */
export async function GET(_request: Request, context: Context): Promise<Response> {
  try {
    const viewer = await requireApiViewer();
    const { jobId } = await context.params;
    return Response.json(await getImportJob({ viewer, jobId }), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return toResponse(error);
  }
}
