import "server-only";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { recordEvent } from "@/lib/db/audit";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { assertFound, isUuid } from "@/lib/ids";
import { deleteDocumentSchema, setSelfApprovalSchema, type DeleteDocumentInput, type SetSelfApprovalInput } from "@/lib/documents/schema";
import { LIVE_DOCUMENT } from "@/lib/db/live";
import { inTransaction } from "@/lib/db/transaction";

type Options<Input> = { viewer: Viewer; input: Input };

async function loadLiveDocument(documentId: string) {
  const document = isUuid(documentId)
    ? await getPrisma().document.findFirst({ where: { id: documentId, ...LIVE_DOCUMENT }, select: { id: true, title: true, allowSelfApproval: true } })
    : null;
  return assertFound(document, "Document", documentId);
}

/** Live documents with their four-eyes setting, for the admin's per-document switch. */
export async function findSelfApprovalSettings(options: { viewer: Viewer }) {
  assertCan(options.viewer, "user.manage");
  return getPrisma().document.findMany({
    where: LIVE_DOCUMENT,
    orderBy: { createdAt: "desc" },
    select: { id: true, title: true, allowSelfApproval: true },
  });
}

/**
 * Admins allow (or forbid again) authors to approve their own suggestions on one document; the
 * choice is audited because it switches off the four-eyes rule.
 */
export async function setSelfApproval(options: Options<SetSelfApprovalInput>) {
  const { viewer } = options;
  // Who may approve whom is an admin's people setting, like roles.
  assertCan(viewer, "user.manage");
  const input = setSelfApprovalSchema.parse(options.input);
  const document = await loadLiveDocument(input.documentId);
  return inTransaction(async (tx) => {
    await tx.document.update({ where: { id: document.id }, data: { allowSelfApproval: input.allowSelfApproval }, select: { id: true } });
    await recordEvent(tx, {
      actorId: viewer.userId, action: "document.self_approval", entityType: "document", entityId: document.id, documentId: document.id,
      before: { allowSelfApproval: document.allowSelfApproval }, after: { allowSelfApproval: input.allowSelfApproval },
    });
    return { documentId: document.id, allowSelfApproval: input.allowSelfApproval };
  });
}

/** Soft delete: the document disappears from lists and pages; its rows and history stay. */
export async function deleteDocument(options: Options<DeleteDocumentInput>) {
  const { viewer } = options;
  assertCan(viewer, "document.delete");
  const input = deleteDocumentSchema.parse(options.input);
  const document = await loadLiveDocument(input.documentId);
  return inTransaction(async (tx) => {
    const deletedAt = new Date();
    const updated = await tx.document.updateMany({ where: { id: document.id, ...LIVE_DOCUMENT }, data: { deletedAt, deletedById: viewer.userId } });
    if (updated.count === 0) throw new AppError({ code: "NOT_FOUND", message: `Document ${document.id} was deleted meanwhile.` });
    await recordEvent(tx, {
      actorId: viewer.userId, action: "document.delete", entityType: "document", entityId: document.id, documentId: document.id,
      before: { title: document.title, deletedAt: null }, after: { deletedAt: deletedAt.toISOString(), deletedById: viewer.userId },
    });
    return { documentId: document.id, deletedAt };
  });
}
