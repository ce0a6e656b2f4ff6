import { z } from "zod";
import { ROLES } from "@/lib/auth/permissions";
import { MQM_CATEGORY_IDS, MQM_SEVERITY_IDS } from "@/lib/review/mqm-score";
import { mqmCategorySchema, severitySchema } from "@/lib/review/schema";
import { SEGMENT_STATUSES } from "@/lib/status/transitions";

// What the HTTP API answers, as zod: lib/api/openapi.ts renders these into the OpenAPI document
// and tests/integration/api/contract.test.ts checks every response against that document.
// Objects are closed (additionalProperties: false), so a field a use case adds without a line
// here fails the contract test instead of reaching clients undocumented.

const id = z.string().meta({ description: "An id (UUID for documents, segments, issues and suggestions)." });
const timestamp = z.iso.datetime({ offset: true });
const nullableTime = timestamp.nullable();
const role = z.enum(ROLES).meta({ id: "Role" });
const segmentStatus = z.enum(SEGMENT_STATUSES).meta({ id: "SegmentStatus" });
const issueStatus = z.enum(["open", "resolved", "dismissed"]).meta({ id: "IssueStatus" });
const suggestionStatus = z.enum(["pending", "approved", "approved_with_edits", "rejected", "withdrawn"]).meta({ id: "SuggestionStatus" });
const category = mqmCategorySchema.meta({ id: "MqmCategory" });
const severity = severitySchema.meta({ id: "MqmSeverity" });
const person = z.object({ id, name: z.string() }).meta({ id: "Person" });
const span = z.object({ start: z.number().int(), end: z.number().int() });

export const errorSchema = z
  .object({
    error: z.object({
      code: z.string().meta({ description: "UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, INVALID_STATE, VALIDATION, TOO_LARGE, UNAVAILABLE or INTERNAL." }),
      message: z.string().meta({ description: "What happened and what to do, for a person." }),
      fields: z.record(z.string(), z.array(z.string())).optional().meta({ description: "VALIDATION: the messages of each input field." }),
      details: z.unknown().optional().meta({ description: "CONFLICT: what changed since the client read it (decision 005)." }),
    }),
  })
  .meta({ id: "Error" });

const statusCounts = z.object(Object.fromEntries(SEGMENT_STATUSES.map((status) => [status, z.number().int()])) as Record<(typeof SEGMENT_STATUSES)[number], z.ZodNumber>);
const documentFields = { id, title: z.string(), sourceLanguage: z.string(), targetLanguage: z.string(), provenance: z.string(), createdAt: timestamp };

export const documentSummarySchema = z.object({ ...documentFields, segmentCount: z.number().int(), statusCounts }).meta({ id: "DocumentSummary" });
const readAt = z.number().int().meta({ description: "Server time (ms since the epoch) when the read began; of two answers the later read is the newer." });
export const documentCountsSchema = z
  .object({
    segmentCount: z.number().int(),
    statusCounts,
    score: z.object({
      score: z.number().nullable().meta({ description: "MQM score; null when no words were evaluated." }),
      penaltyPer1000Words: z.number().nullable(),
      issueCount: z.number().int().meta({ description: "Issues that count towards the score." }),
      openIssueCount: z.number().int(),
    }),
    readAt,
  })
  .meta({ id: "DocumentCounts" });
const keyed = <T extends z.ZodType>(keys: readonly string[], value: T) => z.object(Object.fromEntries(keys.map((key) => [key, value])) as Record<string, T>);
const breakdownCell = z.object({ count: z.number().int(), penalty: z.number() });
export const documentScoreReportSchema = z
  .object({
    score: z.object({
      evaluatedWords: z.number().int().meta({ description: "French words of the document." }),
      penaltyTotal: z.number(),
      score: z.number().nullable().meta({ description: "MQM score; null when no words were evaluated." }),
      penaltyPer1000Words: z.number().nullable(),
      issueCount: z.number().int().meta({ description: "Issues that count towards the score." }),
      openIssueCount: z.number().int(),
      byCategory: keyed(MQM_CATEGORY_IDS, breakdownCell),
      bySeverity: keyed(MQM_SEVERITY_IDS, breakdownCell),
      byCategoryAndSeverity: keyed(MQM_CATEGORY_IDS, keyed(MQM_SEVERITY_IDS, z.number().int())),
    }),
    issues: z.array(
      z.object({ id, category, severity, status: issueStatus, comment: z.string(), segment: z.object({ id, position: z.number().int() }), author: z.object({ name: z.string() }) }),
    ).meta({ description: "Up to 200: open ones first, then the newest." }),
    readAt,
  })
  .meta({ id: "DocumentScoreReport" });
export const importResultSchema = z.object({ documentId: id, segmentCount: z.number().int() }).meta({ id: "ImportResult" });

const segmentFields = {
  id, position: z.number().int().meta({ description: "0-based reading position." }), sourceText: z.string(), currentText: z.string(),
  kind: z.string().meta({ description: 'Alignment bead shape: "1-1", "2-1", "1-0"…' }), confidence: z.number(), status: segmentStatus, version: z.number().int(),
};
export const documentSchema = z
  .object({ ...documentFields, segments: z.array(z.object({ ...segmentFields, publishedText: z.string() })) })
  .meta({ id: "Document" });
export const selfApprovalSchema = z.object({ documentId: id, allowSelfApproval: z.boolean() });
export const deletedDocumentSchema = z.object({ documentId: id, deletedAt: timestamp });

const issueSpan = z.object({
  id, category, severity, segmentVersion: z.number().int(),
  targetStart: z.number().int().nullable(), targetEnd: z.number().int().nullable(), sourceStart: z.number().int().nullable(), sourceEnd: z.number().int().nullable(),
});
export const segmentPageSchema = z
  .object({
    rows: z.array(z.object({ ...segmentFields, isChanged: z.boolean(), pendingSuggestionCount: z.number().int(), openFindingCount: z.number().int(), issues: z.array(issueSpan) })),
    total: z.number().int(),
    cursor: z.number().int(),
  })
  .meta({ id: "SegmentPage" });

export const findingPageSchema = z
  .object({
    rows: z.array(
      z.object({
        id, segmentId: id, position: z.number().int(), checkId: z.string(), category, severity, message: z.string(), fingerprint: z.string(),
        status: z.enum(["open", "confirmed", "dismissed"]), sourceStart: z.number().int().nullable(), sourceEnd: z.number().int().nullable(),
        targetStart: z.number().int().nullable(), targetEnd: z.number().int().nullable(), sourceText: z.string(),
        targetText: z.string().meta({ description: "The segment's current English." }),
        isStale: z.boolean().meta({ description: "The segment changed since the check ran: the offsets no longer point into these texts." }),
      }),
    ),
    total: z.number().int(),
    cursor: z.number().int(),
  })
  .meta({ id: "FindingPage" });

export const issueSchema = z
  .object({
    ...issueSpan.shape, documentId: id, segmentId: id, authorId: z.string(), comment: z.string(), status: issueStatus, resolution: z.string().nullable(),
    resolvedById: z.string().nullable(), resolvedAt: nullableTime, createdAt: timestamp, updatedAt: timestamp,
  })
  .meta({ id: "Issue" });
export const issueChangeSchema = z.object({ issue: issueSchema, segmentStatus });

const suggestionFields = {
  id, documentId: id, segmentId: id, authorId: z.string(), text: z.string(), note: z.string(), baseVersion: z.number().int(), status: suggestionStatus,
  approvedText: z.string().nullable(), reviewerId: z.string().nullable(), reviewedAt: nullableTime, rejectionReason: category.nullable(),
  reviewComment: z.string().nullable(), createdAt: timestamp, updatedAt: timestamp,
};
export const suggestionSchema = z.object(suggestionFields).meta({ id: "Suggestion" });
export const createdSuggestionSchema = z.object({ suggestion: z.object({ ...suggestionFields, issueIds: z.array(id) }), segmentStatus });
export const suggestionChangeSchema = z.object({ suggestion: suggestionSchema, segmentStatus });
const changedSegment = z.object({ id, currentText: z.string(), version: z.number().int(), status: segmentStatus });
export const approvalSchema = z.object({ suggestion: suggestionSchema, segment: changedSegment, resolvedIssueIds: z.array(id) });
export const directEditSchema = z.object({ suggestion: suggestionSchema, segment: changedSegment });
export const batchApprovalSchema = z.object({
  approved: z.array(id),
  failed: z.array(z.object({ suggestionId: id, code: z.string(), message: z.string() })),
});
export const reopenedSchema = z.object({ segmentId: id, status: segmentStatus, version: z.number().int() });
export const alignmentEditSchema = z.object({ segments: z.array(z.object({ id, position: z.number().int(), kind: z.string(), version: z.number().int() })) });

export const segmentDetailSchema = z
  .object({
    ...segmentFields, documentId: id, publishedText: z.string(), sourceBreaks: z.array(z.number().int()), targetBreaks: z.array(z.number().int()),
    issues: z.array(
      z.object({
        ...issueSpan.shape, comment: z.string(), status: issueStatus, resolution: z.string().nullable(), createdAt: timestamp, author: person, resolvedBy: person.nullable(),
      }),
    ),
    suggestions: z.array(
      z.object({
        id, text: z.string(), note: z.string(), baseVersion: z.number().int(), status: suggestionStatus, approvedText: z.string().nullable(),
        rejectionReason: category.nullable(), reviewComment: z.string().nullable(), createdAt: timestamp, reviewedAt: nullableTime,
        author: person, reviewer: person.nullable(), issues: z.array(z.object({ issueId: id })),
        textHash: z.string().meta({ description: "Send it back as seenTextHash when approving: the text you were shown." }),
      }),
    ),
    isLast: z.boolean(),
    history: z
      .array(z.object({ id: z.string(), at: timestamp, action: z.string(), actor: z.object({ name: z.string() }).nullable() }))
      .meta({ description: "Newest first, at most 100 events (the workspace's history panel)." }),
    versions: z.array(z.object({ label: z.string(), text: z.string() })),
    findings: z.array(
      z.object({
        id, checkId: z.string(), checkTitle: z.string(), category, severity, message: z.string(), fingerprint: z.string(),
        sourceSpan: span.nullable(), targetSpan: span.nullable(), evidence: z.looseObject({ links: z.array(z.looseObject({})) }).nullable(), isStale: z.boolean(),
      }),
    ),
    alignment: z.looseObject({ source: z.array(z.looseObject({})), target: z.array(z.looseObject({})), links: z.array(z.looseObject({})) }),
  })
  .meta({ id: "SegmentDetail" });

const userFields = { id, email: z.string(), name: z.string(), role, banned: z.boolean() };
export const userSchema = z.object(userFields).meta({ id: "User" });
export const userListSchema = z.array(z.object({ ...userFields, createdAt: timestamp }));
export const userWithPasswordSchema = z.object({ user: userSchema, password: z.string().meta({ description: "Shown this once; only its hash is stored." }) });

const tokenFields = { id, name: z.string(), role, prefix: z.string(), createdAt: timestamp, user: z.object({ id, name: z.string(), email: z.string() }) };
export const apiTokenSchema = z.object({ ...tokenFields, lastUsedAt: nullableTime, revokedAt: nullableTime }).meta({ id: "ApiToken" });
export const createdApiTokenSchema = z.object({ ...tokenFields, token: z.string().meta({ description: "The bearer token, shown this once; only its hash is stored." }) });
export const revokedApiTokenSchema = z.object({ ...tokenFields, revokedAt: timestamp });
