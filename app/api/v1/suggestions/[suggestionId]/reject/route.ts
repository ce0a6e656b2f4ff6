import { requireApiViewer } from "@/lib/auth/session";
import { readObject, route } from "@/lib/http";
import { rejectSuggestion } from "@/lib/review/mutations";
import { rejectSuggestionSchema } from "@/lib/review/schema";

type Context = { params: Promise<{ suggestionId: string }> };

/** An editor rejects: { reason: MQM category, comment }. */
export const POST = route(async (request, { params }: Context) => {
  const viewer = await requireApiViewer(request);
  const input = rejectSuggestionSchema.parse({ ...(await readObject(request)), suggestionId: (await params).suggestionId });
  return Response.json(await rejectSuggestion({ viewer, input }));
});
