import { requireApiViewer } from "@/lib/auth/session";
import { readObject, route } from "@/lib/http";
import { mergeSegmentWithNext } from "@/lib/alignment/mutations";
import { mergeSegmentSchema } from "@/lib/alignment/schema";

type Context = { params: Promise<{ segmentId: string }> };

/** Fixes alignment: merges the segment with the next one ({ version? } refuses a stale view). */
export const POST = route(async (request, { params }: Context) => {
  const viewer = await requireApiViewer(request);
  const input = mergeSegmentSchema.parse({ ...(await readObject(request)), segmentId: (await params).segmentId });
  return Response.json(await mergeSegmentWithNext({ viewer, input }));
});
