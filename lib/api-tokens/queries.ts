import "server-only";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { getPrisma } from "@/lib/db/client";

/** Every token, newest first, for the admin page (never the token itself: only its hash is stored). */
export async function findApiTokens(options: { viewer: Viewer }) {
  assertCan(options.viewer, "user.manage");
  return getPrisma().apiToken.findMany({
    orderBy: { createdAt: "desc" },
    select: {
      id: true, name: true, role: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true,
      user: { select: { id: true, name: true, email: true } },
    },
  });
}
