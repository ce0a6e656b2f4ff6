import { z } from "zod";
import { rowId } from "@/lib/ids";

export const announcePresenceSchema = z.object({
  documentId: rowId("Document"),
  clientId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, "clientId must be 8 to 64 letters, digits, - or _."),
  segmentId: rowId("Segment").nullable(),
  isLeaving: z.boolean().default(false),
});
export type AnnouncePresenceInput = z.input<typeof announcePresenceSchema>;


// Payloads of our own NOTIFY channels, read with safeParse: ids are plain strings (keys of the
// subscriber map), not rowId, whose malformed-id NOT_FOUND throws and answers a request.

/** Parses a recto_document payload; null when it is not one (never trusted blindly). */
export const documentChangeSchema = z.object({
  documentId: z.string(),
  segmentIds: z.array(z.string()),
  action: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
});

export const userChangeSchema = z.object({ userId: z.string(), action: z.string() });

export const presenceBeatSchema = z.object({
  documentId: z.string(),
  clientId: z.string(),
  userId: z.string(),
  name: z.string(),
  segmentId: z.string().nullable(),
  isLeaving: z.boolean(),
});
