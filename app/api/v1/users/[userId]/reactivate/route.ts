import { requireApiViewer } from "@/lib/auth/session";
import { route } from "@/lib/http";
import { reactivateUser } from "@/lib/users/mutations";
import { setActiveSchema } from "@/lib/users/schema";

type Context = { params: Promise<{ userId: string }> };

/** Lets a deactivated user sign in again. */
export const POST = route(async (request, { params }: Context) => {
  const viewer = await requireApiViewer(request);
  const input = setActiveSchema.pick({ userId: true }).parse({ userId: (await params).userId });
  return Response.json(await reactivateUser({ viewer, input }));
});
