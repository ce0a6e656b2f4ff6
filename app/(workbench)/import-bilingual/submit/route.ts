import { requireApiViewer } from "@/lib/auth/session";
import { startBilingualImport } from "@/lib/documents/import-bilingual-job";
import { assertSameOrigin, toResponse } from "@/lib/http";

/**
 * POST a bilingual file (XLIFF, TMX, CSV/TSV) as the raw body, `?title=…&fileName=…`. A route
 * handler, not a server action, so the upload streams to disk with its own cap
 * (RECTO_MAX_BILINGUAL_MB) while server actions keep Next's 1 MB body limit; the proxy does not
 * match this path, so its 10 MB body cap does not apply either.
 * 202 {outcome:"queued", jobId} (poll /import/jobs/:jobId) · 413 over the limit · 422 bad input.
 */
export async function POST(request: Request): Promise<Response> {
  try {
    assertSameOrigin(request);
    const viewer = await requireApiViewer();
    const { jobId } = await startBilingualImport({ viewer, request });
    return Response.json({ outcome: "queued", jobId }, { status: 202 });
  } catch (error) {
    return toResponse(error);
  }
}
