import { requireApiViewer } from "@/lib/auth/session";
import { readObject, route } from "@/lib/http";
import { approveSuggestion } from "@/lib/review/mutations";
import { approveSuggestionRequestSchema } from "@/lib/review/schema";

type Context = { params: Promise<{ suggestionId: string }> };

/** An editor approves the text they saw ({ seenTextHash }, the suggestion's textHash): whole, { acceptedHunks: [i…] } for some hunks, or { editedText } with edits. */
export const POST = route(async (request, { params }: Context) => {
  const viewer = await requireApiViewer(request);
  const input = approveSuggestionRequestSchema.parse({ ...(await readObject(request)), suggestionId: (await params).suggestionId });
  return Response.json(await approveSuggestion({ viewer, input }));
});
