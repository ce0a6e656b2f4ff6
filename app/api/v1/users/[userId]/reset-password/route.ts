import { requireApiViewer } from "@/lib/auth/session";
import { route } from "@/lib/http";
import { resetUserPassword } from "@/lib/users/mutations";
import { resetPasswordSchema } from "@/lib/users/schema";

type Context = { params: Promise<{ userId: string }> };

/** Sets a new random password, answered once, and ends the user's sessions. */
export const POST = route(async (request, { params }: Context) => {
  const viewer = await requireApiViewer(request);
  const input = resetPasswordSchema.parse({ userId: (await params).userId });
  return Response.json(await resetUserPassword({ viewer, input }));
});
