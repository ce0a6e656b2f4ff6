import { mintViewer, type Role } from "@/lib/auth/permissions";
import { getPrisma } from "@/lib/db/client";
import { importDocument, type ImportResult } from "@/lib/documents/mutations";
import type { ImportDocumentInput } from "@/lib/documents/schema";
import { AppError } from "@/lib/errors";
import { stopQueue } from "@/lib/jobs/queue";

/** The CLI runs on the server as a named user (default: the first admin), with that user's rights. */
export async function cliViewer(email?: string) {
  const user = await getPrisma().user.findFirst({
    where: email ? { email } : { role: "admin", banned: false },
    orderBy: { createdAt: "asc" },
    select: { id: true, role: true, name: true },
  });
  if (!user) throw new AppError({ code: "NOT_FOUND", message: email ? `No user with email ${email}.` : "No admin user exists yet: create one with `npm run recto -- users create --email … --name … --role admin`." });
  return mintViewer({ id: user.id, role: user.role as Role, name: user.name });
}

/** Imports (the use case queues the document's QA run for the server's worker, which runs when the app is up). */
export async function importDocumentAsCli(options: { userEmail?: string; input: ImportDocumentInput }): Promise<ImportResult> {
  const result = await importDocument({ viewer: await cliViewer(options.userEmail), input: options.input });
  await stopQueue();
  return result;
}
