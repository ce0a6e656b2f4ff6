import { mintViewer, type Role } from "@/lib/auth/permissions";
import { getPrisma } from "@/lib/db/client";
import { importDocument, type ImportResult } from "@/lib/documents/mutations";
import type { ImportDocumentInput } from "@/lib/documents/schema";
import { AppError } from "@/lib/errors";

/** The CLI runs on the server as a named user (default: the first admin), with that user's rights. */
async function cliViewer(email?: string) {
  const user = await getPrisma().user.findFirst({
    where: email ? { email } : { role: "admin", banned: false },
    orderBy: { createdAt: "asc" },
    select: { id: true, role: true, name: true },
  });
  if (!user) throw new AppError({ code: "NOT_FOUND", message: email ? `No user with email ${email}.` : "No admin user exists yet: run `npm run db:seed` first." });
  return mintViewer({ id: user.id, role: user.role as Role, name: user.name });
}

export async function importDocumentAsCli(options: { userEmail?: string; input: ImportDocumentInput }): Promise<ImportResult> {
  return importDocument({ viewer: await cliViewer(options.userEmail), input: options.input });
}
