import { requireApiViewer } from "@/lib/auth/session";
import { readObject, route } from "@/lib/http";
import { setUserRole } from "@/lib/users/mutations";
import { setRoleSchema } from "@/lib/users/schema";

type Context = { params: Promise<{ userId: string }> };

/** Sets a user's role: { role }. */
export const PATCH = route(async (request, { params }: Context) => {
  const viewer = await requireApiViewer(request);
  const input = setRoleSchema.parse({ ...(await readObject(request)), userId: (await params).userId });
  return Response.json(await setUserRole({ viewer, input }));
});
