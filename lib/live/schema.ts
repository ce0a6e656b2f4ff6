import { z } from "zod";

export const announcePresenceSchema = z.object({
  documentId: z.uuid({ message: "documentId must be a document id (a UUID)." }),
  clientId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, "clientId must be 8 to 64 letters, digits, - or _."),
  segmentId: z.uuid({ message: "segmentId must be a segment id (a UUID) or null." }).nullable(),
  isLeaving: z.boolean().default(false),
});
export type AnnouncePresenceInput = z.input<typeof announcePresenceSchema>;

const uuid = z.uuid();

/** Parses a recto_document payload; null when it is not one (never trusted blindly). */
export const documentChangeSchema = z.object({
  documentId: uuid,
  segmentIds: z.array(uuid),
  action: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
});

export const userChangeSchema = z.object({ userId: z.string(), action: z.string() });

export const presenceBeatSchema = z.object({
  documentId: uuid,
  clientId: z.string(),
  userId: z.string(),
  name: z.string(),
  segmentId: uuid.nullable(),
  isLeaving: z.boolean(),
});
