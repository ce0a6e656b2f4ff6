import { requireApiViewer } from "@/lib/auth/session";
import { readJson, route } from "@/lib/http";
import { createSuggestion } from "@/lib/review/mutations";
import { createSuggestionSchema } from "@/lib/review/schema";

/** Proposes corrected English: { segmentId, baseVersion, text, note, issueIds }. */
export const POST = route(async (request) => {
  const viewer = await requireApiViewer(request);
  const input = createSuggestionSchema.parse(await readJson(request));
  return Response.json(await createSuggestion({ viewer, input }), { status: 201 });
});
