import { randomUUID } from "node:crypto";
import { mintViewer, type Role, type Viewer } from "@/lib/auth/permissions";
import { getPrisma } from "@/lib/db/client";

/** A user written through Prisma, with a unique email, and the viewer the auth layer would mint. */
export async function createUser(options: { role: Role; name?: string }): Promise<{ id: string; email: string; viewer: Viewer }> {
  const id = randomUUID();
  const email = `${options.role}-${id.slice(0, 8)}@example.test`;
  const name = options.name ?? `Test ${options.role}`;
  await getPrisma().user.create({ data: { id, email, name, role: options.role } });
  return { id, email, viewer: mintViewer({ id, role: options.role, name }) };
}

/** A bearer token that acts as `viewer` with its role, minted by an admin (the viewer itself when it is one). */
export async function bearerTokenFor(viewer: Viewer): Promise<string> {
  const { createApiToken } = await import("@/lib/api-tokens/mutations");
  const admin = viewer.role === "admin" ? viewer : (await createUser({ role: "admin" })).viewer;
  return (await createApiToken({ viewer: admin, input: { name: "test client", role: viewer.role, userId: viewer.userId } })).token;
}
