import { requireApiViewer } from "@/lib/auth/session";
import { readObject, route } from "@/lib/http";
import { getDocument } from "@/lib/documents/queries";
import { deleteDocument, setSelfApproval } from "@/lib/documents/lifecycle";
import { setSelfApprovalSchema } from "@/lib/documents/schema";

type Context = { params: Promise<{ documentId: string }> };

/** One document with its segments. */
export const GET = route(async (request, { params }: Context) => {
  const viewer = await requireApiViewer(request);
  return Response.json(await getDocument({ viewer, documentId: (await params).documentId }));
});

/** Admins switch the four-eyes rule for this document: { allowSelfApproval }. */
export const PATCH = route(async (request, { params }: Context) => {
  const viewer = await requireApiViewer(request);
  const input = setSelfApprovalSchema.parse({ ...(await readObject(request)), documentId: (await params).documentId });
  return Response.json(await setSelfApproval({ viewer, input }));
});

/** Soft-deletes the document (editors and admins); its rows and history stay. */
export const DELETE = route(async (request, { params }: Context) => {
  const viewer = await requireApiViewer(request);
  return Response.json(await deleteDocument({ viewer, input: { documentId: (await params).documentId } }));
});
