import { requireApiViewer } from "@/lib/auth/session";
import { toFileResponse, toResponse } from "@/lib/http";
import { exportMemoryTmx } from "@/lib/memory/mutations";

/** GET: the whole translation memory (approved pairs of every live document) as TMX. */
export async function GET(request: Request): Promise<Response> {
  try {
    const viewer = await requireApiViewer(request);
    const result = exportMemoryTmx({ viewer });
    return toFileResponse(result);
  } catch (error) {
    return toResponse(error);
  }
}
