import { Readable } from "node:stream";
import { requireApiViewer } from "@/lib/auth/session";
import { toResponse } from "@/lib/http";
import { exportMemoryTmx } from "@/lib/memory/mutations";

/** GET: the whole translation memory (approved pairs of every live document) as TMX. */
export async function GET(request: Request): Promise<Response> {
  try {
    const viewer = await requireApiViewer(request);
    const result = exportMemoryTmx({ viewer });
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
