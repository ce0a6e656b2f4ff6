import { openAppDatabase } from "./app-database";

const SOURCE = [
  "Les bombardements ont repris dans la bande de Gaza mardi matin.",
  "Le ministre a présenté un rapport de quarante pages devant le Parlement.",
  "La conférence de presse a duré une heure et demie à Genève.",
];
const TARGET = [
  "The bombing resumed in the Gaza Strip on Tuesday morning.",
  "The minister presented a forty-page report to Parliament.",
  "The press conference lasted an hour and a half in Geneva.",
];

/**
 * A three-segment document of this spec's own (never the demo's), imported as the demo editor,
 * with a document glossary entry "bande de Gaza" → "Gaza Strip".
 */
export async function createSpecDocument(title: string): Promise<{ documentId: string; segmentIds: string[] }> {
  const { viewer, disconnect } = await openAppDatabase("editor@recto.local");
  try {
    const { importDocument } = await import("@/lib/documents/mutations");
    const { createGlossaryEntry } = await import("@/lib/findings/glossary/mutations");
    const { getPrisma } = await import("@/lib/db/client");
    const { documentId } = await importDocument({ viewer, input: { title, sourceText: SOURCE.join("\n\n"), targetText: TARGET.join("\n\n") } });
    await createGlossaryEntry({ viewer, input: { documentId, kind: "term", sourceTerm: "bande de Gaza", targetTerms: ["Gaza Strip"], note: "" } });
    const segments = await getPrisma().segment.findMany({ where: { documentId }, orderBy: { position: "asc" }, select: { id: true } });
    if (segments.length !== 3) throw new Error(`expected 3 aligned segments, got ${segments.length}`);
    return { documentId, segmentIds: segments.map((segment) => segment.id) };
  } finally {
    await disconnect();
  }
}
