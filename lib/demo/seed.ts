import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { mintViewer, type Role } from "@/lib/auth/permissions";
import { hashPassword } from "@/lib/auth/password";
import { getPrisma } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { importDocument } from "@/lib/documents/mutations";
import { seedStarterRules } from "@/lib/findings/glossary/mutations";

export const DEMO_DOCUMENT_KEY = "demo:mokhiber-resignation";
export const DEMO_PROVENANCE =
  "English adaptation exactly as published. French source reconstructed for this demo: the French original is not available.";

const DEMO_DIR = path.resolve(import.meta.dirname, "../../prisma/demo");

export const DEMO_USERS: ReadonlyArray<{ email: string; name: string; role: Role }> = [
  { email: "translator@recto.local", name: "Tess Translator", role: "translator" },
  { email: "editor@recto.local", name: "Eddie Editor", role: "editor" },
  { email: "admin@recto.local", name: "Ada Admin", role: "admin" },
];

export type DemoAccount = { email: string; role: Role; password: string };

/**
 * Creates the demo accounts with fresh random passwords when they do not exist (or when
 * `resetPasswords`), and imports the demo article once. Returns the passwords it set.
 */
export async function seedDemo(options: { resetPasswords?: boolean } = {}): Promise<{ accounts: DemoAccount[]; importedDocument: boolean }> {
  const prisma = getPrisma();
  const accounts: DemoAccount[] = [];
  for (const demo of DEMO_USERS) {
    const existing = await prisma.user.findUnique({ where: { email: demo.email }, select: { id: true } });
    if (existing && !options.resetPasswords) continue;
    const password = randomBytes(9).toString("base64url");
    const hash = await hashPassword(password);
    await inTransaction(async (tx) => {
      const user = existing ?? (await tx.user.create({ data: { id: randomUUID(), email: demo.email, name: demo.name, role: demo.role, emailVerified: true } }));
      await tx.account.upsert({
        where: { providerId_accountId: { providerId: "credential", accountId: user.id } },
        create: { id: randomUUID(), providerId: "credential", accountId: user.id, userId: user.id, password: hash },
        update: { password: hash },
      });
    });
    accounts.push({ email: demo.email, role: demo.role, password });
  }
  await seedStarterRules();
  const importedDocument = await seedDemoDocument();
  return { accounts, importedDocument };
}

async function seedDemoDocument(): Promise<boolean> {
  const prisma = getPrisma();
  const present = await prisma.document.findUnique({ where: { seedKey: DEMO_DOCUMENT_KEY }, select: { id: true } });
  if (present) return false;
  const admin = await prisma.user.findUniqueOrThrow({ where: { email: "admin@recto.local" }, select: { id: true, role: true, name: true } });
  await importDocument({
    viewer: mintViewer(admin),
    input: {
      title: "UN human rights official Craig Mokhiber resigns over Gaza",
      sourceText: readFileSync(path.join(DEMO_DIR, "mokhiber-resignation.fr.txt"), "utf8"),
      targetText: readFileSync(path.join(DEMO_DIR, "mokhiber-resignation.en.txt"), "utf8"),
      provenance: DEMO_PROVENANCE,
      seedKey: DEMO_DOCUMENT_KEY,
    },
    // Synchronously, so the first start already shows the automatic findings.
    findings: "now",
  });
  return true;
}
