import "server-only";
import { assertCan, type Role, type Viewer } from "@/lib/auth/permissions";
import { getPrisma } from "@/lib/db/client";

export type UserSummary = { id: string; email: string; name: string; role: Role; banned: boolean; createdAt: Date };

/** Every account, active first then by name; for admins. */
export async function findUsers(options: { viewer: Viewer }): Promise<UserSummary[]> {
  assertCan(options.viewer, "user.manage");
  return getPrisma().user.findMany({
    orderBy: [{ banned: "asc" }, { name: "asc" }],
    select: { id: true, email: true, name: true, role: true, banned: true, createdAt: true },
  });
}
