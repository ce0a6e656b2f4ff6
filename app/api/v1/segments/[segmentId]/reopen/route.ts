import { requireApiViewer } from "@/lib/auth/session";
import { route } from "@/lib/http";
import { reopenSegment } from "@/lib/review/mutations";
import { reopenSegmentSchema } from "@/lib/review/schema";

type Context = { params: Promise<{ segmentId: string }> };

/** An editor reopens an approved segment. */
export const POST = route(async (request, { params }: Context) => {
  const viewer = await requireApiViewer(request);
  const input = reopenSegmentSchema.parse({ segmentId: (await params).segmentId });
  return Response.json(await reopenSegment({ viewer, input }));
});
