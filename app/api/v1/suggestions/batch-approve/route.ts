import { requireApiViewer } from "@/lib/auth/session";
import { readJson, route } from "@/lib/http";
import { batchApproveSuggestions } from "@/lib/review/mutations";
import { batchApproveRequestSchema } from "@/lib/review/schema";

/** Approves each of { suggestionIds } whole, as seen ({ seenTextHashes: { id: textHash } }); answers { approved: [ids], failed: [{ suggestionId, code, message }] }. */
export const POST = route(async (request) => {
  const viewer = await requireApiViewer(request);
  const input = batchApproveRequestSchema.parse(await readJson(request));
  return Response.json(await batchApproveSuggestions({ viewer, input }));
});
