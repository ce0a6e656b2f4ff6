import { requireApiViewer } from "@/lib/auth/session";
import { readObject, route } from "@/lib/http";
import { closeIssue } from "@/lib/review/mutations";
import { closeIssueSchema } from "@/lib/review/schema";

type Context = { params: Promise<{ issueId: string }> };

/** An editor resolves or dismisses an issue: { status: "resolved" | "dismissed", reason }. */
export const POST = route(async (request, { params }: Context) => {
  const viewer = await requireApiViewer(request);
  const input = closeIssueSchema.parse({ ...(await readObject(request)), issueId: (await params).issueId });
  return Response.json(await closeIssue({ viewer, input }));
});
