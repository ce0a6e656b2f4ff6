import { z } from "zod";
import { QA_CHECKS } from "@/lib/qa/run-checks";
import { rowId } from "@/lib/ids";
import { plainText } from "@/lib/text-schema";

export const FINDING_STATUSES = ["open", "confirmed", "dismissed"] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];

/** Largest page of findings one request returns, and the findings page's page size. */
export const MAX_FINDING_PAGE = 500;
export const FINDING_PAGE_SIZE = 100;

const checkId = z.string().refine((id) => QA_CHECKS.some((check) => check.id === id), { error: (issue) => `Unknown QA check "${String(issue.input)}"` });
const emptyToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

export const confirmFindingSchema = z.object({ findingId: rowId("Finding") });
export type ConfirmFindingInput = z.input<typeof confirmFindingSchema>;

export const dismissFindingSchema = z.object({
  findingId: rowId("Finding"),
  reason: plainText("Reason").max(500, "Reason is over 500 characters").default(""),
});
export type DismissFindingInput = z.input<typeof dismissFindingSchema>;

/** All open findings of one check in a document, or only those on one offending text (fingerprint). */
export const dismissFindingsSchema = z.object({
  documentId: rowId("Document"),
  checkId,
  fingerprint: z.preprocess(emptyToUndefined, z.string().min(1).max(1000).optional()),
  reason: plainText("Reason").max(500, "Reason is over 500 characters").default(""),
});
export type DismissFindingsInput = z.input<typeof dismissFindingsSchema>;

export const setCheckEnabledSchema = z.object({ documentId: rowId("Document"), checkId, enabled: z.boolean() });
export type SetCheckEnabledInput = z.input<typeof setCheckEnabledSchema>;

/** Findings-page filters as they appear in the URL (`?check=role-reversal&status=open`); empty means any. */
export const findingFiltersSchema = z.object({
  checkId: z.preprocess(emptyToUndefined, checkId.optional()),
  status: z.preprocess(emptyToUndefined, z.enum(FINDING_STATUSES).optional()),
  segmentId: z.preprocess(emptyToUndefined, rowId("Segment").optional()),
});
export type FindingFilters = z.infer<typeof findingFiltersSchema>;

export const findingPageSchema = z.object({
  /** Row index in the filtered list where the page starts (0-based). */
  cursor: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(MAX_FINDING_PAGE).default(FINDING_PAGE_SIZE),
});

/** Data of a qa-document job. */
/**
 * A qa-document job: "all" runs every check (import, glossary and check changes, alignment fixes);
 * "document-wide" only the checks that need the whole document, after one segment's text changed
 * and that segment was re-checked on its own (approval, direct edit).
 */
export const qaDocumentJobSchema = z.object({ documentId: rowId("Document"), scope: z.enum(["all", "document-wide"]).default("all") });
export type QaDocumentJob = z.infer<typeof qaDocumentJobSchema>;

const spanSchema = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) });

/** A finding's stored evidence (lib/qa/types Evidence); anything else in the column reads as none. */
export const evidenceSchema = z.object({
  links: z.array(z.object({ source: spanSchema.nullable(), target: spanSchema.nullable(), score: z.number() })),
});
