import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { hashPassword } from "@/lib/auth/password";
import { forgetUser } from "@/lib/auth/session-cache";
import { recordEvent } from "@/lib/db/audit";
import { getPrisma } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors";
import type { z } from "zod";
import {
  createUserSchema, passwordSchema, resetPasswordSchema, setActiveSchema, setRoleSchema,
  type CreateUserInput, type ResetPasswordInput, type SetActiveInput, type SetRoleInput,
} from "@/lib/users/schema";

type Options<Input> = { viewer: Viewer; input: Input };

const USER_SELECT = { id: true, email: true, name: true, role: true, banned: true } as const;

/** 16 random URL-safe characters (96 bits), shown to the admin once and stored only as a hash. */
function generatePassword(): string {
  return randomBytes(12).toString("base64url");
}

async function loadUser(userId: string) {
  const user = await getPrisma().user.findUnique({ where: { id: userId }, select: USER_SELECT });
  if (!user) throw new AppError({ code: "NOT_FOUND", message: `User ${userId} does not exist.` });
  return user;
}

function assertNotSelf(viewer: Viewer, userId: string, what: string): void {
  if (viewer.userId === userId) throw new AppError({ code: "INVALID_STATE", message: `You cannot ${what} yourself; ask another admin.` });
}

/** Creates an account with a random initial password, returned once for the admin to hand over. */
export async function createUser(options: Options<CreateUserInput>) {
  assertCan(options.viewer, "user.manage");
  return insertUser({ input: createUserSchema.parse(options.input), password: generatePassword(), actorId: options.viewer.userId });
}

/**
 * Creates an account from the server's command line, e.g. the first admin of a production install:
 * whoever can run it already holds the database, so there is no viewer. The password is the one
 * given, or a random one returned once. Audited with no actor.
 */
export async function createUserAsOperator(options: { input: CreateUserInput; password?: string }) {
  const input = createUserSchema.parse(options.input);
  const password = options.password === undefined ? generatePassword() : passwordSchema.parse(options.password);
  return insertUser({ input, password, actorId: null });
}

async function insertUser({ input, password, actorId }: { input: z.output<typeof createUserSchema>; password: string; actorId: string | null }) {
  const hash = await hashPassword(password);
  try {
    const user = await inTransaction(async (tx) => {
      const id = randomUUID();
      const created = await tx.user.create({ data: { id, email: input.email, name: input.name, role: input.role, emailVerified: true }, select: USER_SELECT });
      await tx.account.create({ data: { id: randomUUID(), providerId: "credential", accountId: id, userId: id, password: hash } });
      await recordEvent(tx, { actorId, action: "user.create", entityType: "user", entityId: id, after: { email: input.email, name: input.name, role: input.role } });
      return created;
    });
    return { user, password };
  } catch (error) {
    if ((error as { code?: unknown }).code === "P2002") throw new AppError({ code: "CONFLICT", message: `A user with email ${input.email} already exists.` });
    throw error;
  }
}

/** Changes a user's role; takes effect on their next request (roles are read per session). */
export async function setUserRole(options: Options<SetRoleInput>) {
  const { viewer } = options;
  assertCan(viewer, "user.manage");
  const input = setRoleSchema.parse(options.input);
  assertNotSelf(viewer, input.userId, "change the role of");
  const user = await loadUser(input.userId);
  const updated = await inTransaction(async (tx) => {
    const changed = await tx.user.update({ where: { id: user.id }, data: { role: input.role }, select: USER_SELECT });
    await recordEvent(tx, { actorId: viewer.userId, action: "user.set_role", entityType: "user", entityId: user.id, before: { role: user.role }, after: { role: input.role } });
    return changed;
  });
  forgetUser(user.id);
  return updated;
}

/** Sets a new random password (returned once) and signs the user out everywhere. */
export async function resetUserPassword(options: Options<ResetPasswordInput>) {
  const { viewer } = options;
  assertCan(viewer, "user.manage");
  const input = resetPasswordSchema.parse(options.input);
  const user = await loadUser(input.userId);
  const password = generatePassword();
  const hash = await hashPassword(password);
  await inTransaction(async (tx) => {
    await tx.account.upsert({
      where: { providerId_accountId: { providerId: "credential", accountId: user.id } },
      create: { id: randomUUID(), providerId: "credential", accountId: user.id, userId: user.id, password: hash },
      update: { password: hash },
    });
    const { count } = await tx.session.deleteMany({ where: { userId: user.id } });
    // The password itself never reaches the log.
    await recordEvent(tx, { actorId: viewer.userId, action: "user.reset_password", entityType: "user", entityId: user.id, after: { sessionsEnded: count } });
  });
  forgetUser(user.id);
  return { user, password };
}

async function setUserActive(viewer: Viewer, input: SetActiveInput) {
  assertCan(viewer, "user.manage");
  const parsed = setActiveSchema.parse(input);
  assertNotSelf(viewer, parsed.userId, parsed.isActive ? "reactivate" : "deactivate");
  const user = await loadUser(parsed.userId);
  if (user.banned === !parsed.isActive) {
    throw new AppError({ code: "INVALID_STATE", message: `User ${user.email} is already ${parsed.isActive ? "active" : "deactivated"}.` });
  }
  const updated = await inTransaction(async (tx) => {
    const changed = await tx.user.update({
      where: { id: user.id },
      data: { banned: !parsed.isActive, banReason: parsed.isActive ? null : parsed.reason || "Deactivated by an admin" },
      select: USER_SELECT,
    });
    const { count } = parsed.isActive ? { count: 0 } : await tx.session.deleteMany({ where: { userId: user.id } });
    await recordEvent(tx, {
      actorId: viewer.userId, action: parsed.isActive ? "user.reactivate" : "user.deactivate", entityType: "user", entityId: user.id,
      before: { banned: user.banned }, after: { banned: !parsed.isActive, reason: parsed.reason, sessionsEnded: count },
    });
    return changed;
  });
  forgetUser(user.id);
  return updated;
}

/** Deactivates an account: they cannot sign in, their sessions end now, their history stays. */
export async function deactivateUser(options: Options<{ userId: string; reason?: string }>) {
  return setUserActive(options.viewer, { ...options.input, isActive: false });
}

export async function reactivateUser(options: Options<{ userId: string }>) {
  return setUserActive(options.viewer, { ...options.input, isActive: true });
}
