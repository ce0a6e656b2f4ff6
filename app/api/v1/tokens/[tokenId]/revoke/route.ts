import { revokeApiToken } from "@/lib/api-tokens/mutations";
import { revokeApiTokenSchema } from "@/lib/api-tokens/schema";
import { requireApiViewer } from "@/lib/auth/session";
import { route } from "@/lib/http";

type Context = { params: Promise<{ tokenId: string }> };

/** Revokes the token at once: its next request gets 401. */
export const POST = route(async (request, { params }: Context) => {
  const viewer = await requireApiViewer(request);
  const input = revokeApiTokenSchema.parse({ tokenId: (await params).tokenId });
  return Response.json(await revokeApiToken({ viewer, input }));
});
