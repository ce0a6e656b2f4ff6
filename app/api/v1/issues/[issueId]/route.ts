import { requireApiViewer } from "@/lib/auth/session";
import { readObject, route } from "@/lib/http";
import { updateIssue } from "@/lib/review/mutations";
import { updateIssueSchema } from "@/lib/review/schema";

type Context = { params: Promise<{ issueId: string }> };

/** The author edits their open issue: { category?, severity?, comment? }. */
export const PATCH = route(async (request, { params }: Context) => {
  const viewer = await requireApiViewer(request);
  const input = updateIssueSchema.parse({ ...(await readObject(request)), issueId: (await params).issueId });
  return Response.json(await updateIssue({ viewer, input }));
});
