import { openAppDatabase } from "./app-database";

/**
 * Imports a document of the spec's own (a unique title, so specs never share segments) through the
 * lib use case, as an editor's import would, and runs its automatic checks at once (the app's
 * background job would do the same a moment later). Returns its id and title.
 */
export async function createSpecDocument(options: { name: string; source: string; target: string }): Promise<{ documentId: string; title: string }> {
  const { viewer, disconnect } = await openAppDatabase("admin@recto.local");
  try {
    const { importDocument } = await import("@/lib/documents/mutations");
    const { refreshDocumentFindings } = await import("@/lib/findings/refresh");
    const title = `${options.name} ${crypto.randomUUID().slice(0, 8)}`;
    const { documentId } = await importDocument({ viewer, input: { title, sourceText: options.source, targetText: options.target } });
    await refreshDocumentFindings({ documentId });
    return { documentId, title };
  } finally {
    await disconnect();
  }
}
