import "server-only";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { recordEvent } from "@/lib/db/audit";
import { getPrisma, type Prisma, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import {
  createGlossaryEntrySchema, deleteGlossaryEntrySchema, updateGlossaryEntrySchema,
  type CreateGlossaryEntryInput, type DeleteGlossaryEntryInput, type UpdateGlossaryEntryInput,
} from "@/lib/findings/glossary/schema";
import { enqueueQaAfterChange } from "@/lib/findings/mutations";
import { STARTER_ROLE_REVERSAL_RULES } from "@/lib/qa/run-checks";
import { LIVE_DOCUMENT } from "@/lib/db/live";
import { inTransaction } from "@/lib/db/transaction";

const ENTRY_SELECT = { id: true, documentId: true, kind: true, sourceTerm: true, targetTerms: true, pattern: true, note: true } as const;
type EntrySnapshot = { id: string; documentId: string | null; kind: string; sourceTerm: string; targetTerms: string[]; pattern: unknown; note: string };

const snapshot = (entry: EntrySnapshot) => entry as unknown as Prisma.InputJsonValue;

/** Adds a global (documentId null) or per-document term or role-reversal rule; the affected documents are re-checked. */
export async function createGlossaryEntry(options: { viewer: Viewer; input: CreateGlossaryEntryInput }): Promise<{ entryId: string }> {
  const { viewer } = options;
  assertCan(viewer, "glossary.edit");
  const input = createGlossaryEntrySchema.parse(options.input);
  const prisma = getPrisma();
  if (input.documentId) {
    const document = await prisma.document.findFirst({ where: { id: input.documentId, ...LIVE_DOCUMENT }, select: { id: true } });
    if (!document) throw new AppError({ code: "NOT_FOUND", message: `Document ${input.documentId} does not exist.` });
  }
  const entry = await inTransaction(async (tx) => {
    const created = await tx.glossaryEntry.create({
      data: {
        documentId: input.documentId, kind: input.kind, sourceTerm: input.sourceTerm, targetTerms: input.targetTerms,
        pattern: input.kind === "role_reversal" ? input.pattern : undefined, note: input.note, createdById: viewer.userId,
      },
      select: ENTRY_SELECT,
    });
    await recordEvent(tx, { actorId: viewer.userId, action: "glossary.create", entityType: "glossary_entry", entityId: created.id, documentId: created.documentId, after: snapshot(created) });
    return created;
  });
  await enqueueQaAfterChange(entry.documentId);
  return { entryId: entry.id };
}

async function getLiveEntry(entryId: string) {
  const entry = await getPrisma().glossaryEntry.findFirst({ where: { id: entryId, deletedAt: null }, select: ENTRY_SELECT });
  if (!entry) throw new AppError({ code: "NOT_FOUND", message: `Glossary entry ${entryId} does not exist.` });
  return entry;
}

/** Changes an entry's French term, renderings, pattern and note (not its scope or kind); returns its new updatedAt, the next save's seenUpdatedAt. */
export async function updateGlossaryEntry(options: { viewer: Viewer; input: UpdateGlossaryEntryInput }): Promise<{ updatedAt: string }> {
  const { viewer } = options;
  assertCan(viewer, "glossary.edit");
  const input = updateGlossaryEntrySchema.parse(options.input);
  const before = await getLiveEntry(input.entryId);
  if (before.kind === "role_reversal" && !input.pattern) {
    throw new AppError({ code: "VALIDATION", message: "A role-reversal rule needs a pattern." });
  }
  const updatedAt = await inTransaction(async (tx) => {
    // Conditional on the version the editor saw: of two editors saving the same entry, the second is shown the first's.
    const updated = await tx.glossaryEntry.updateMany({
      where: { id: before.id, deletedAt: null, ...(input.seenUpdatedAt ? { updatedAt: new Date(input.seenUpdatedAt) } : {}) },
      data: { sourceTerm: input.sourceTerm, targetTerms: input.targetTerms, pattern: before.kind === "role_reversal" ? input.pattern : undefined, note: input.note },
    });
    if (updated.count === 0) throw await changedEntryError(tx, before.id);
    const { updatedAt: savedAt, ...after } = await tx.glossaryEntry.findUniqueOrThrow({ where: { id: before.id }, select: { ...ENTRY_SELECT, updatedAt: true } });
    await recordEvent(tx, { actorId: viewer.userId, action: "glossary.update", entityType: "glossary_entry", entityId: before.id, documentId: before.documentId, before: snapshot(before), after: snapshot(after) });
    return savedAt;
  });
  await enqueueQaAfterChange(before.documentId);
  return { updatedAt: updatedAt.toISOString() };
}

/** CONFLICT carrying the entry as it is now (or NOT_FOUND once deleted), so the editor compares before saving again. */
async function changedEntryError(tx: Tx, entryId: string): Promise<AppError> {
  const now = await tx.glossaryEntry.findFirst({ where: { id: entryId, deletedAt: null }, select: { ...ENTRY_SELECT, updatedAt: true } });
  if (!now) return new AppError({ code: "NOT_FOUND", message: `Glossary entry ${entryId} was deleted meanwhile.` });
  return new AppError({
    code: "CONFLICT",
    message: `Someone changed the entry “${now.sourceTerm}” after you opened it; review their version before saving yours.`,
    details: { entry: { sourceTerm: now.sourceTerm, targetTerms: now.targetTerms, pattern: now.pattern, note: now.note, updatedAt: now.updatedAt.toISOString() } },
  });
}

/** Soft delete: the entry stops applying but stays in history. */
export async function deleteGlossaryEntry(options: { viewer: Viewer; input: DeleteGlossaryEntryInput }): Promise<void> {
  const { viewer } = options;
  assertCan(viewer, "glossary.edit");
  const input = deleteGlossaryEntrySchema.parse(options.input);
  const before = await getLiveEntry(input.entryId);
  await inTransaction(async (tx) => {
    await tx.glossaryEntry.update({ where: { id: before.id }, data: { deletedAt: new Date() } });
    await recordEvent(tx, { actorId: viewer.userId, action: "glossary.delete", entityType: "glossary_entry", entityId: before.id, documentId: before.documentId, before: snapshot(before) });
  });
  await enqueueQaAfterChange(before.documentId);
}

/**
 * Stores lib/qa's starter role-reversal rules as global entries, once: a rule whose French term is
 * already a global role-reversal entry (even a deleted one) is skipped, so reruns and deletions
 * stick. Entries are attributed to the first admin. Returns how many were added.
 */
export async function seedStarterRules(): Promise<number> {
  const prisma = getPrisma();
  const admin = await prisma.user.findFirst({ where: { role: "admin" }, orderBy: { createdAt: "asc" }, select: { id: true } });
  if (!admin) throw new AppError({ code: "INVALID_STATE", message: "No admin user exists yet: create one before seeding the starter rules." });
  return inTransaction(async (tx) => {
    const existing = await tx.glossaryEntry.findMany({ where: { documentId: null, kind: "role_reversal" }, select: { sourceTerm: true } });
    const present = new Set(existing.map((entry) => entry.sourceTerm));
    const missing = STARTER_ROLE_REVERSAL_RULES.filter((rule) => !present.has(rule.sourceTerm));
    if (missing.length === 0) return 0;
    await tx.glossaryEntry.createMany({
      data: missing.map((rule) => ({
        documentId: null, kind: "role_reversal" as const, sourceTerm: rule.sourceTerm, targetTerms: rule.targetTerms,
        pattern: rule.pattern, note: rule.note ?? "", createdById: admin.id,
      })),
    });
    await recordEvent(tx, { actorId: null, action: "glossary.seed", entityType: "glossary_entry", entityId: "starter-rules", after: { added: missing.map((rule) => rule.sourceTerm) } });
    return missing.length;
  });
}
