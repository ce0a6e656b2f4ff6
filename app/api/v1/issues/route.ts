import { requireApiViewer } from "@/lib/auth/session";
import { readJson, route } from "@/lib/http";
import { flagIssue } from "@/lib/review/mutations";
import { flagIssueSchema } from "@/lib/review/schema";

/** Flags an MQM issue on a span: { segmentId, segmentVersion, targetStart?, targetEnd?, sourceStart?, sourceEnd?, category, severity, comment }. */
export const POST = route(async (request) => {
  const viewer = await requireApiViewer(request);
  const input = flagIssueSchema.parse(await readJson(request));
  return Response.json(await flagIssue({ viewer, input }), { status: 201 });
});
