import { requireApiViewer } from "@/lib/auth/session";
import { readJson, route } from "@/lib/http";
import { importDocument } from "@/lib/documents/mutations";
import { findDocuments } from "@/lib/documents/queries";
import { importDocumentSchema } from "@/lib/documents/schema";

/** Live documents with their progress. */
export const GET = route(async (request) => {
  const viewer = await requireApiViewer(request);
  return Response.json(await findDocuments({ viewer }));
});

/** Imports and aligns a document: { title, sourceText, targetText, provenance? } (bodies up to 1 MB here). */
export const POST = route(async (request) => {
  const viewer = await requireApiViewer(request);
  const input = importDocumentSchema.parse(await readJson(request));
  return Response.json(await importDocument({ viewer, input }), { status: 201 });
});
