import { requireApiViewer } from "@/lib/auth/session";
import { readObject, route } from "@/lib/http";
import { deactivateUser } from "@/lib/users/mutations";
import { setActiveSchema } from "@/lib/users/schema";

type Context = { params: Promise<{ userId: string }> };

/** Deactivates the account ({ reason? }): no sign-in, sessions end, history stays. */
export const POST = route(async (request, { params }: Context) => {
  const viewer = await requireApiViewer(request);
  const input = setActiveSchema.pick({ userId: true, reason: true }).parse({ ...(await readObject(request)), userId: (await params).userId });
  return Response.json(await deactivateUser({ viewer, input }));
});
