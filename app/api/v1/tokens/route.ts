import { createApiToken } from "@/lib/api-tokens/mutations";
import { findApiTokens } from "@/lib/api-tokens/queries";
import { createApiTokenSchema } from "@/lib/api-tokens/schema";
import { requireApiViewer } from "@/lib/auth/session";
import { readJson, route } from "@/lib/http";

/** Every API token (admins): name, role, user, last use; never the token itself. */
export const GET = route(async (request) => {
  const viewer = await requireApiViewer(request);
  return Response.json(await findApiTokens({ viewer }));
});

/** Creates a token for a script: { name, role, userId? }; the answer carries the token, once. */
export const POST = route(async (request) => {
  const viewer = await requireApiViewer(request);
  const input = createApiTokenSchema.parse(await readJson(request));
  return Response.json(await createApiToken({ viewer, input }), { status: 201 });
});
