import { requireApiViewer } from "@/lib/auth/session";
import { readObject, route } from "@/lib/http";
import { withdrawSuggestion } from "@/lib/review/mutations";
import { withdrawSuggestionSchema } from "@/lib/review/schema";

type Context = { params: Promise<{ suggestionId: string }> };

/** The author withdraws their pending suggestion (it is kept, as withdrawn). */
export const POST = route(async (request, { params }: Context) => {
  const viewer = await requireApiViewer(request);
  const input = withdrawSuggestionSchema.parse({ ...(await readObject(request)), suggestionId: (await params).suggestionId });
  return Response.json(await withdrawSuggestion({ viewer, input }));
});
