import "server-only";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { recordEvent } from "@/lib/db/audit";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { createApiTokenSchema, revokeApiTokenSchema, type CreateApiTokenInput, type RevokeApiTokenInput } from "@/lib/api-tokens/schema";
import { displayPrefix, generateToken, hashToken } from "@/lib/auth/api-token";
import { inTransaction } from "@/lib/db/transaction";
import { isUuid } from "@/lib/ids";

const TOKEN_SELECT = { id: true, name: true, role: true, prefix: true, createdAt: true, user: { select: { id: true, name: true, email: true } } } as const;

/**
 * An admin creates a token for a script, acting as `userId` (themselves by default) with at most
 * `role`. The answer carries the token once; only its hash is stored.
 */
export async function createApiToken(options: { viewer: Viewer; input: CreateApiTokenInput }) {
  assertCan(options.viewer, "user.manage");
  return insertApiToken({ input: options.input, actorId: options.viewer.userId, defaultUserId: options.viewer.userId });
}

/** For `recto tokens create`, run by the server's operator (no signed-in admin): the user is named by email. */
export async function createApiTokenAsOperator(options: { input: Omit<CreateApiTokenInput, "userId">; userEmail: string }) {
  const email = options.userEmail.toLowerCase();
  const user = await getPrisma().user.findUnique({ where: { email }, select: { id: true } });
  if (!user) throw new AppError({ code: "NOT_FOUND", message: `No user has the email ${email}; create one with \`recto users create\`.` });
  return insertApiToken({ input: { ...options.input, userId: user.id }, actorId: null, defaultUserId: user.id });
}

async function insertApiToken(options: { input: CreateApiTokenInput; actorId: string | null; defaultUserId: string }) {
  const input = createApiTokenSchema.parse(options.input);
  const userId = input.userId ?? options.defaultUserId;
  const token = generateToken();
  const created = await inTransaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, banned: true } });
    if (!user) throw new AppError({ code: "NOT_FOUND", message: `User ${userId} does not exist.` });
    if (user.banned) throw new AppError({ code: "INVALID_STATE", message: `User ${userId} is deactivated; reactivate them before giving them a token.` });
    const row = await tx.apiToken.create({
      data: { name: input.name, role: input.role, tokenHash: hashToken(token), prefix: displayPrefix(token), userId, createdById: options.actorId },
      select: TOKEN_SELECT,
    });
    await recordEvent(tx, { actorId: options.actorId, action: "api_token.create", entityType: "api_token", entityId: row.id, after: { name: row.name, role: row.role, userId } });
    return row;
  });
  return { ...created, token };
}

/** Revokes a token at once: the next request that carries it gets 401. Revoking twice is INVALID_STATE. */
export async function revokeApiToken(options: { viewer: Viewer; input: RevokeApiTokenInput }) {
  assertCan(options.viewer, "user.manage");
  const { tokenId } = revokeApiTokenSchema.parse(options.input);
  return inTransaction(async (tx) => {
    const found = isUuid(tokenId) ? await tx.apiToken.findUnique({ where: { id: tokenId }, select: { id: true, name: true, revokedAt: true } }) : null;
    if (!found) throw new AppError({ code: "NOT_FOUND", message: `API token ${tokenId} does not exist.` });
    if (found.revokedAt) throw new AppError({ code: "INVALID_STATE", message: `API token "${found.name}" is already revoked.` });
    const row = await tx.apiToken.update({ where: { id: found.id }, data: { revokedAt: new Date() }, select: { ...TOKEN_SELECT, revokedAt: true } });
    await recordEvent(tx, { actorId: options.viewer.userId, action: "api_token.revoke", entityType: "api_token", entityId: row.id, before: { name: row.name } });
    return row;
  });
}
