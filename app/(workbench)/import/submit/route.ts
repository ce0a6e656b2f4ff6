import { requireApiViewer } from "@/lib/auth/session";
import { submitImportRequest } from "@/lib/documents/import-upload";
import { assertSameOrigin, toResponse } from "@/lib/http";

/**
 * POST multipart/form-data from the import page. A route handler rather than a server action:
 * uploads reach 2 × 20 MB, over the 1 MB server-action body limit. Origin and role are checked
 * before the body is read; the body is read with a byte cap.
 * 201 {outcome:"imported"} · 202 {outcome:"queued"} · 200 {outcome:"language-warning"} · 422 with field messages.
 */
export async function POST(request: Request): Promise<Response> {
  try {
    // Cookies authenticate this request: refuse forms posted from another site.
    assertSameOrigin(request);
    const viewer = await requireApiViewer();
    const outcome = await submitImportRequest({ viewer, request });
    const status = outcome.outcome === "imported" ? 201 : outcome.outcome === "queued" ? 202 : 200;
    return Response.json(outcome, { status });
  } catch (error) {
    return toResponse(error);
  }
}
