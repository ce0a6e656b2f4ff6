import { requireApiViewer } from "@/lib/auth/session";
import { readJson, route } from "@/lib/http";
import { batchApproveSuggestions } from "@/lib/review/mutations";
import { batchApproveSchema } from "@/lib/review/schema";

/** Approves each of { suggestionIds } whole; answers { approved: [ids], failed: [{ suggestionId, code, message }] }. */
export const POST = route(async (request) => {
  const viewer = await requireApiViewer();
  const input = batchApproveSchema.parse(await readJson(request));
  return Response.json(await batchApproveSuggestions({ viewer, input }));
});
