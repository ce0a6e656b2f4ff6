import { z } from "zod";

const dateParam = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Dates are YYYY-MM-DD")
  .transform((value) => new Date(`${value}T00:00:00Z`));

/** The audit log page's URL: every filter optional; `to` includes the whole day. */
export const auditLogQuerySchema = z.object({
  actorId: z.string().max(100).optional().transform((value) => value || undefined),
  action: z.string().max(100).optional().transform((value) => value || undefined),
  documentId: z.string().max(100).optional().transform((value) => value || undefined),
  from: z.union([dateParam, z.literal("")]).optional().transform((value) => value || undefined),
  to: z.union([dateParam, z.literal("")]).optional().transform((value) => (value ? new Date(value.getTime() + 86_399_999) : undefined)),
  cursor: z.string().regex(/^\d+$/, "Cursor is an event id").optional(),
});
export type AuditLogQuery = z.infer<typeof auditLogQuerySchema>;
