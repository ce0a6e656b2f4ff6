import { requireApiViewer } from "@/lib/auth/session";
import { findFindings } from "@/lib/findings/queries";
import { findingFiltersSchema, findingPageSchema } from "@/lib/findings/schema";
import { route } from "@/lib/http";

type Context = { params: Promise<{ documentId: string }> };

/** GET ?checkId=&status=open|confirmed|dismissed&segmentId=&cursor=&limit= → one page of the document's automatic findings (the findings page's use case). */
export const GET = route(async (request, { params }: Context) => {
  const viewer = await requireApiViewer(request);
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const filters = findingFiltersSchema.parse(query);
  const { cursor, limit } = findingPageSchema.parse(query);
  return Response.json(await findFindings({ viewer, documentId: (await params).documentId, filters, cursor, limit }));
});
