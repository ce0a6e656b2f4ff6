import { requireApiViewer } from "@/lib/auth/session";
import { readObject, route } from "@/lib/http";
import { editSegmentText } from "@/lib/review/mutations";
import { getSegmentDetail } from "@/lib/documents/queries";
import { editSegmentSchema } from "@/lib/review/schema";

type Context = { params: Promise<{ segmentId: string }> };

/** What the workspace shows for one segment (the same use case as its panel): issues, suggestions, findings and the newest 100 history events. */
export const GET = route(async (request, { params }: Context) => {
  const viewer = await requireApiViewer(request);
  return Response.json(await getSegmentDetail({ viewer, segmentId: (await params).segmentId }));
});

/** An editor's direct edit, recorded as an approved change: { baseVersion, text, note }. */
export const PATCH = route(async (request, { params }: Context) => {
  const viewer = await requireApiViewer(request);
  const input = editSegmentSchema.parse({ ...(await readObject(request)), segmentId: (await params).segmentId });
  return Response.json(await editSegmentText({ viewer, input }));
});
