import "server-only";
import { hashToken, TOKEN_PREFIX } from "@/lib/auth/api-token";
import { mintViewer, type Role, type Viewer } from "@/lib/auth/permissions";
import { getPrisma } from "@/lib/db/client";

const ROLE_RANK: Record<Role, number> = { translator: 0, editor: 1, admin: 2 };

/** The lower of two roles: a token never grants more than its user has now. */
function lowerRole(a: Role, b: Role): Role {
  return ROLE_RANK[a] <= ROLE_RANK[b] ? a : b;
}

/**
 * The viewer a bearer token stands for, or null when it is unknown, revoked or its user is
 * deactivated. The role is the token's, capped by the user's current role. Marks the token used
 * (at most once a minute, so a busy script does not write on every request).
 */
export async function authenticateApiToken(token: string): Promise<Viewer | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const prisma = getPrisma();
  const found = await prisma.apiToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, role: true, revokedAt: true, user: { select: { id: true, name: true, role: true, banned: true } } },
  });
  if (!found || found.revokedAt !== null || found.user.banned) return null;
  await prisma.$executeRaw`
    UPDATE api_tokens SET last_used_at = now()
    WHERE id = ${found.id}::uuid AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`;
  return mintViewer({ id: found.user.id, role: lowerRole(found.role, found.user.role), name: found.user.name });
}
