import { requireApiViewer } from "@/lib/auth/session";
import { readObject, route } from "@/lib/http";
import { editSegmentText } from "@/lib/review/mutations";
import { getSegmentReview } from "@/lib/review/queries";
import { editSegmentSchema } from "@/lib/review/schema";

type Context = { params: Promise<{ segmentId: string }> };

/** The segment with its issues, suggestions and history. */
export const GET = route(async (_request, { params }: Context) => {
  const viewer = await requireApiViewer();
  return Response.json(await getSegmentReview({ viewer, segmentId: (await params).segmentId }));
});

/** An editor's direct edit, recorded as an approved change: { baseVersion, text, note }. */
export const PATCH = route(async (request, { params }: Context) => {
  const viewer = await requireApiViewer();
  const input = editSegmentSchema.parse({ ...(await readObject(request)), segmentId: (await params).segmentId });
  return Response.json(await editSegmentText({ viewer, input }));
});
