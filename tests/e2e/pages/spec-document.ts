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

/** The demo's reversed sentence and a clean one: what the selection and review-flow specs work on. */
export const ATTACK_PARAGRAPH = {
  source: [
    "Les gouvernements occidentaux sont complices d'une offensive israélienne contre Gaza, écrit le directeur.",
    "Le bureau de New York publie chaque semaine un rapport détaillé sur la situation humanitaire.",
  ].join(" "),
  target: [
    "Western governments are complicit in the attack on Israel, the director writes.",
    "The New York office publishes a detailed report on the humanitarian situation every week.",
  ].join(" "),
};

/** A server action and the panel reload take seconds on a loaded 2-core machine (expect.poll waits 1 s by default). */
export const POLL = { timeout: 20_000 };
