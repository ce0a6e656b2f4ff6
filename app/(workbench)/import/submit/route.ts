import { requireApiViewer } from "@/lib/auth/session";
import { readImportRequest, submitImport } from "@/lib/documents/import-upload";
import { AppError } from "@/lib/errors";
import { toResponse } from "@/lib/http";

/**
 * POST multipart/form-data from the import page. A route handler rather than a server action:
 * uploads reach 2 × 20 MB, over the 1 MB server-action body limit.
 * 201 {outcome:"imported"} · 202 {outcome:"queued"} · 200 {outcome:"language-warning"} · 422 with field messages.
 */
export async function POST(request: Request): Promise<Response> {
  try {
    const viewer = await requireApiViewer();
    // Cookies authenticate this request: refuse forms posted from another site.
    const origin = request.headers.get("origin");
    if (origin && new URL(origin).host !== request.headers.get("host")) {
      throw new AppError({ code: "FORBIDDEN", message: "Imports are only accepted from Recto's own import page." });
    }
    const outcome = await submitImport({ viewer, upload: await readImportRequest(request) });
    const status = outcome.outcome === "imported" ? 201 : outcome.outcome === "queued" ? 202 : 200;
    return Response.json(outcome, { status });
  } catch (error) {
    return toResponse(error);
  }
}
