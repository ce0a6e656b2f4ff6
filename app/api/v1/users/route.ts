import { requireApiViewer } from "@/lib/auth/session";
import { readJson, route } from "@/lib/http";
import { createUser } from "@/lib/users/mutations";
import { findUsers } from "@/lib/users/queries";
import { createUserSchema } from "@/lib/users/schema";

export const GET = route(async (request) => {
  const viewer = await requireApiViewer(request);
  return Response.json(await findUsers({ viewer }));
});

/** Creates an account: { email, name, role }; the answer carries the initial password, once. */
export const POST = route(async (request) => {
  const viewer = await requireApiViewer(request);
  const input = createUserSchema.parse(await readJson(request));
  return Response.json(await createUser({ viewer, input }), { status: 201 });
});
