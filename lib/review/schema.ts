import { z } from "zod";
import { rowId } from "@/lib/ids";
import { MQM_CATEGORY_IDS, MQM_SEVERITY_IDS } from "@/lib/review/mqm-score";
import { plainText } from "@/lib/text-schema";

/** Longest suggested or edited segment text (characters); the longest demo paragraph is ~600. */
export const MAX_SEGMENT_TEXT_CHARS = 20_000;
/** Longest comment, note or reason (characters). */
export const MAX_COMMENT_CHARS = 5_000;
/** Most suggestions approved in one batch. */
export const MAX_BATCH_SIZE = 200;

/**
 * A string capped at `max` characters. Over the cap is a TOO_LARGE (413) issue, which lib/describe-error.ts
 * recognises by `params.code`. Never trimmed: segment text is kept byte for byte.
 */
export function limitedText(label: string, max: number) {
  return plainText(label)
    .refine((text) => text.length <= max, {
      message: `${label} is over ${max.toLocaleString("en")} characters`,
      params: { code: "TOO_LARGE" },
      abort: true,
    });
}

const version = z.number({ error: "Version must be a number" }).int().min(1);
const offset = z.number({ error: "Offsets must be numbers" }).int().min(0);
const comment = limitedText("Comment", MAX_COMMENT_CHARS);

export const mqmCategorySchema = z.enum(MQM_CATEGORY_IDS, { error: `Category must be one of ${MQM_CATEGORY_IDS.join(", ")}` });
export const severitySchema = z.enum(MQM_SEVERITY_IDS, { error: `Severity must be one of ${MQM_SEVERITY_IDS.join(", ")}` });

export const flagIssueSchema = z.object({
  segmentId: rowId("Segment"),
  segmentVersion: version,
  targetStart: offset.optional(),
  targetEnd: offset.optional(),
  sourceStart: offset.optional(),
  sourceEnd: offset.optional(),
  category: mqmCategorySchema,
  severity: severitySchema,
  comment: comment.default(""),
});
export type FlagIssueInput = z.input<typeof flagIssueSchema>;

export const updateIssueSchema = z.object({
  issueId: rowId("Issue"),
  category: mqmCategorySchema.optional(),
  severity: severitySchema.optional(),
  comment: comment.optional(),
});
export type UpdateIssueInput = z.input<typeof updateIssueSchema>;

export const closeIssueSchema = z.object({
  issueId: rowId("Issue"),
  status: z.enum(["resolved", "dismissed"], { error: "Status must be resolved or dismissed" }),
  reason: limitedText("Reason", MAX_COMMENT_CHARS).refine((text) => text.trim().length > 0, "Give a reason"),
});
export type CloseIssueInput = z.input<typeof closeIssueSchema>;

export const createSuggestionSchema = z.object({
  segmentId: rowId("Segment"),
  baseVersion: version,
  text: limitedText("Suggested text", MAX_SEGMENT_TEXT_CHARS),
  note: limitedText("Note", MAX_COMMENT_CHARS).default(""),
  issueIds: z.array(rowId("Issue")).max(100, "Link at most 100 issues").default([]),
});
export type CreateSuggestionInput = z.input<typeof createSuggestionSchema>;

export const updateSuggestionSchema = z.object({
  suggestionId: rowId("Suggestion"),
  text: limitedText("Suggested text", MAX_SEGMENT_TEXT_CHARS).optional(),
  note: limitedText("Note", MAX_COMMENT_CHARS).optional(),
  /** The segment version the author edited against; a stale suggestion is rebased onto it. */
  baseVersion: version.optional(),
});
export type UpdateSuggestionInput = z.input<typeof updateSuggestionSchema>;

export const withdrawSuggestionSchema = z.object({ suggestionId: rowId("Suggestion") });
export type WithdrawSuggestionInput = z.input<typeof withdrawSuggestionSchema>;

const textHash = z.string({ error: "seenTextHash is required: the suggestion text you were shown" }).regex(/^[0-9a-f]{64}$/, "seenTextHash must be the suggestion's textHash");

export const approveSuggestionSchema = z.object({
  suggestionId: rowId("Suggestion"),
  /** The textHash of the suggestion as the editor saw it; CONFLICT when the author changed it since. */
  seenTextHash: textHash.optional(),
  /** Indexes of toHunks(diffWords(currentText, text)) to accept; the others are left out. */
  acceptedHunks: z.array(z.number().int().min(0)).max(10_000).optional(),
  /** The editor's own version of the text: "approved with edits", the author keeps the credit. */
  editedText: limitedText("Edited text", MAX_SEGMENT_TEXT_CHARS).optional(),
  /**
   * With editedText only: the segment version the editor's text is made against, when it is newer
   * than the suggestion's (they re-apply their text after a CONFLICT showed them the new one).
   */
  baseVersion: version.optional(),
});
export type ApproveSuggestionInput = z.input<typeof approveSuggestionSchema>;
/** What the API and the UI send: they always say which text the editor saw. */
export const approveSuggestionRequestSchema = approveSuggestionSchema.extend({ seenTextHash: textHash });

export const rejectSuggestionSchema = z.object({
  suggestionId: rowId("Suggestion"),
  reason: mqmCategorySchema,
  comment: comment.default(""),
});
export type RejectSuggestionInput = z.input<typeof rejectSuggestionSchema>;

export const batchApproveSchema = z.object({
  /** Plain strings: a malformed or unknown id fails on its own (NOT_FOUND in `failed`), not the batch. */
  suggestionIds: z.array(z.string().max(100, "Suggestion id is too long")).min(1, "Select at least one suggestion").max(MAX_BATCH_SIZE, `Approve at most ${MAX_BATCH_SIZE} at once`),
  /** Suggestion id → the textHash the editor saw; a suggestion whose text moved is refused, not approved. */
  seenTextHashes: z.record(z.string(), textHash).optional(),
});
export type BatchApproveInput = z.input<typeof batchApproveSchema>;
/** What the API and the UI send: the text the editor saw of each selected suggestion. */
export const batchApproveRequestSchema = batchApproveSchema.extend({ seenTextHashes: z.record(z.string(), textHash) });

export const editSegmentSchema = z.object({
  segmentId: rowId("Segment"),
  baseVersion: version,
  text: limitedText("Text", MAX_SEGMENT_TEXT_CHARS),
  note: limitedText("Note", MAX_COMMENT_CHARS).default(""),
});
export type EditSegmentInput = z.input<typeof editSegmentSchema>;

export const reopenSegmentSchema = z.object({ segmentId: rowId("Segment") });
export type ReopenSegmentInput = z.input<typeof reopenSegmentSchema>;

export const markSegmentReviewedSchema = z.object({ segmentId: rowId("Segment"), segmentVersion: version });
export type MarkSegmentReviewedInput = z.input<typeof markSegmentReviewedSchema>;

const optionalId = z.string().max(100).optional().transform((value) => value || undefined);

/** The review queue page's URL: every filter optional, empty means any. */
export const reviewQueueQuerySchema = z.object({
  documentId: optionalId,
  authorId: optionalId,
  category: z.preprocess((value) => value || undefined, mqmCategorySchema.optional()),
  severity: z.preprocess((value) => value || undefined, severitySchema.optional()),
  cursor: optionalId,
});
export type ReviewQueueQuery = z.infer<typeof reviewQueueQuerySchema>;
