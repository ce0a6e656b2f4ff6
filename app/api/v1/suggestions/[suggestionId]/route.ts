import { requireApiViewer } from "@/lib/auth/session";
import { readObject, route } from "@/lib/http";
import { updateSuggestion } from "@/lib/review/mutations";
import { updateSuggestionSchema } from "@/lib/review/schema";

type Context = { params: Promise<{ suggestionId: string }> };

/** The author edits their pending suggestion: { text?, note?, baseVersion? } (baseVersion rebases it onto the current segment version). */
export const PATCH = route(async (request, { params }: Context) => {
  const viewer = await requireApiViewer(request);
  const input = updateSuggestionSchema.parse({ ...(await readObject(request)), suggestionId: (await params).suggestionId });
  return Response.json(await updateSuggestion({ viewer, input }));
});
