import { z } from "zod";
import * as out from "@/lib/api/schema";
import { createApiTokenSchema } from "@/lib/api-tokens/schema";
import { mergeSegmentSchema } from "@/lib/alignment/schema";
import { importDocumentSchema, segmentFiltersSchema, segmentPageSchema, setSelfApprovalSchema } from "@/lib/documents/schema";
import { EXPORT_FORMATS, exportQuerySchema } from "@/lib/export/schema";
import { findingFiltersSchema, findingPageSchema } from "@/lib/findings/schema";
import { announcePresenceSchema } from "@/lib/live/schema";
import {
  approveSuggestionRequestSchema, batchApproveRequestSchema, closeIssueSchema, createSuggestionSchema, editSegmentSchema, flagIssueSchema,
  rejectSuggestionSchema, updateIssueSchema, updateSuggestionSchema,
} from "@/lib/review/schema";
import { createUserSchema, setActiveSchema, setRoleSchema } from "@/lib/users/schema";

// Every operation under /api/v1: the path (relative to the server URL /api/v1), and for each
// method the zod schemas its route handler parses with and the schemas of what it answers.
// A route handler added without a line here fails the contract test's coverage check.

const param = (name: string, description: string) => z.object({ [name]: z.string().meta({ description }) });
const documentId = param("documentId", "The document's id.");
const segmentId = param("segmentId", "The segment's id.");
const issueId = param("issueId", "The issue's id.");
const suggestionId = param("suggestionId", "The suggestion's id.");
const userId = param("userId", "The user's id.");
const tokenId = param("tokenId", "The API token's id.");

const EXPORT_MEDIA_TYPES = [
  "text/plain", "text/markdown", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/xliff+xml",
  "application/x-tmx+xml", "text/csv", "application/json", "text/html", "application/zip",
];
const file = z.string().meta({ format: "binary" });

export type OperationSpec = {
  summary: string;
  description?: string;
  tag: string;
  /** The permission the use case checks (lib/auth/permissions.ts); none for public operations. */
  permission?: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** Status → JSON schema of a success answer, or a raw OpenAPI response for files, streams and 204. */
  responses: Record<string, z.ZodType | { description: string; content?: Record<string, { schema: z.ZodType }> }>;
};

export const API_PATHS: Record<string, Partial<Record<"get" | "post" | "patch" | "delete", OperationSpec>>> = {
  "/openapi.json": {
    get: { tag: "API", summary: "This OpenAPI 3.1 description", responses: { "200": { description: "The description.", content: { "application/json": { schema: z.looseObject({}) } } } } },
  },
  "/documents": {
    get: { tag: "Documents", summary: "Live documents with their progress, newest first", permission: "segment.read", responses: { "200": z.array(out.documentSummarySchema) } },
    post: {
      tag: "Documents", summary: "Import a French original and its English adaptation",
      description: "Segments and aligns the two texts (up to 1 MB of JSON here; bigger files go through the import page) and queues the document's automatic QA run, like the import page.",
      permission: "document.import", body: importDocumentSchema.omit({ seedKey: true }), responses: { "201": out.importResultSchema },
    },
  },
  "/documents/{documentId}": {
    get: { tag: "Documents", summary: "One document with its segments in reading order", permission: "segment.read", params: documentId, responses: { "200": out.documentSchema } },
    patch: {
      tag: "Documents", summary: "Allow or forbid self-approval on the document", permission: "user.manage", params: documentId,
      body: setSelfApprovalSchema.omit({ documentId: true }), responses: { "200": out.selfApprovalSchema },
    },
    delete: { tag: "Documents", summary: "Delete the document (soft: rows and history stay)", permission: "document.delete", params: documentId, responses: { "200": out.deletedDocumentSchema } },
  },
  "/documents/{documentId}/segments": {
    get: {
      tag: "Documents", summary: "One page of the document's segment list, filtered like the workspace", permission: "segment.read", params: documentId,
      query: segmentFiltersSchema.extend(segmentPageSchema.shape), responses: { "200": out.segmentPageSchema },
    },
  },
  "/documents/{documentId}/counts": {
    get: {
      tag: "Documents", summary: "The document's segments per review status and its MQM score line (what the workspace header shows)", permission: "segment.read",
      params: documentId, responses: { "200": out.documentCountsSchema },
    },
  },
  "/documents/{documentId}/score": {
    get: {
      tag: "Documents", summary: "The document's MQM score by category and severity, and its issues (what the workspace's MQM panel shows)", permission: "segment.read",
      params: documentId, responses: { "200": out.documentScoreReportSchema },
    },
  },
  "/documents/{documentId}/findings": {
    get: {
      tag: "Findings", summary: "One page of the document's automatic QA findings, in reading order", permission: "segment.read", params: documentId,
      query: findingFiltersSchema.extend(findingPageSchema.shape), responses: { "200": out.findingPageSchema },
    },
  },
  "/documents/{documentId}/export": {
    get: {
      tag: "Export", summary: "Download the document in one format",
      description: `Formats: ${EXPORT_FORMATS.join(", ")}. Corrected text and exchange formats are refused (409) while major or critical issues are open, unless override=true (audited).`,
      permission: "export.run", params: documentId, query: exportQuerySchema,
      responses: { "200": { description: "The file, as an attachment.", content: Object.fromEntries(EXPORT_MEDIA_TYPES.map((type) => [type, { schema: type === "application/json" ? z.looseObject({}) : file }])) } },
    },
  },
  "/memory/export": {
    get: {
      tag: "Export", summary: "Download the translation memory (approved pairs of every live document) as TMX 1.4b",
      permission: "export.run",
      responses: { "200": { description: "The memory, as an attachment.", content: { "application/x-tmx+xml": { schema: file } } } },
    },
  },
  "/documents/{documentId}/events": {
    get: {
      tag: "Live", summary: "Server-sent events for the document: change, presence, resync", permission: "segment.read", params: documentId,
      responses: { "200": { description: "An event stream that stays open.", content: { "text/event-stream": { schema: z.string() } } } },
    },
  },
  "/documents/{documentId}/presence": {
    post: {
      tag: "Live", summary: "Say which segment this client is on (a heartbeat), or that it is leaving", permission: "segment.read", params: documentId,
      body: announcePresenceSchema.omit({ documentId: true }), responses: { "204": { description: "Noted." } },
    },
  },
  "/issues": {
    post: { tag: "Review", summary: "Flag an MQM issue on a segment or a span of it", permission: "issue.flag", body: flagIssueSchema, responses: { "201": out.issueChangeSchema } },
  },
  "/issues/{issueId}": {
    patch: { tag: "Review", summary: "Edit your open issue", permission: "issue.flag", params: issueId, body: updateIssueSchema.omit({ issueId: true }), responses: { "200": out.issueSchema } },
  },
  "/issues/{issueId}/close": {
    post: { tag: "Review", summary: "Resolve or dismiss an issue, with a reason", permission: "issue.review", params: issueId, body: closeIssueSchema.omit({ issueId: true }), responses: { "200": out.issueChangeSchema } },
  },
  "/segments/{segmentId}": {
    get: {
      tag: "Review", summary: "One segment as the workspace shows it",
      description: "Its issues, suggestions (with the textHash to approve them), open findings, English versions and the newest 100 history events, newest first.",
      permission: "segment.read", params: segmentId, responses: { "200": out.segmentDetailSchema },
    },
    patch: {
      tag: "Review", summary: "Edit the English directly (recorded as an approved change)", permission: "segment.edit", params: segmentId,
      body: editSegmentSchema.omit({ segmentId: true }), responses: { "200": out.directEditSchema },
    },
  },
  "/segments/{segmentId}/merge": {
    post: {
      tag: "Alignment", summary: "Merge the segment with the next one", permission: "alignment.edit", params: segmentId,
      body: mergeSegmentSchema.omit({ segmentId: true }), responses: { "200": out.alignmentEditSchema },
    },
  },
  "/segments/{segmentId}/reopen": {
    post: { tag: "Review", summary: "Reopen an approved segment", permission: "suggestion.review", params: segmentId, responses: { "200": out.reopenedSchema } },
  },
  "/suggestions": {
    post: { tag: "Review", summary: "Suggest corrected English for a segment", permission: "suggestion.create", body: createSuggestionSchema, responses: { "201": out.createdSuggestionSchema } },
  },
  "/suggestions/batch-approve": {
    post: {
      tag: "Review", summary: "Approve several suggestions whole, each as seen", permission: "suggestion.review", body: batchApproveRequestSchema,
      responses: { "200": out.batchApprovalSchema },
    },
  },
  "/suggestions/{suggestionId}": {
    patch: {
      tag: "Review", summary: "Edit your pending suggestion (baseVersion rebases it)", permission: "suggestion.create", params: suggestionId,
      body: updateSuggestionSchema.omit({ suggestionId: true }), responses: { "200": out.suggestionSchema },
    },
  },
  "/suggestions/{suggestionId}/approve": {
    post: {
      tag: "Review", summary: "Approve a suggestion: whole, some hunks, or with edits", permission: "suggestion.review", params: suggestionId,
      body: approveSuggestionRequestSchema.omit({ suggestionId: true }), responses: { "200": out.approvalSchema },
    },
  },
  "/suggestions/{suggestionId}/reject": {
    post: {
      tag: "Review", summary: "Reject a suggestion, naming an MQM category", permission: "suggestion.review", params: suggestionId,
      body: rejectSuggestionSchema.omit({ suggestionId: true }), responses: { "200": out.suggestionChangeSchema },
    },
  },
  "/suggestions/{suggestionId}/withdraw": {
    post: { tag: "Review", summary: "Withdraw your pending suggestion", permission: "suggestion.create", params: suggestionId, responses: { "200": out.suggestionChangeSchema } },
  },
  "/users": {
    get: { tag: "Users", summary: "Every account", permission: "user.manage", responses: { "200": out.userListSchema } },
    post: { tag: "Users", summary: "Create an account; the answer carries its password, once", permission: "user.manage", body: createUserSchema, responses: { "201": out.userWithPasswordSchema } },
  },
  "/users/{userId}": {
    patch: { tag: "Users", summary: "Change a user's role", permission: "user.manage", params: userId, body: setRoleSchema.omit({ userId: true }), responses: { "200": out.userSchema } },
  },
  "/users/{userId}/deactivate": {
    post: {
      tag: "Users", summary: "Deactivate an account: no sign-in, sessions and tokens stop working", permission: "user.manage", params: userId,
      body: setActiveSchema.pick({ reason: true }), responses: { "200": out.userSchema },
    },
  },
  "/users/{userId}/reactivate": {
    post: { tag: "Users", summary: "Let a deactivated user sign in again", permission: "user.manage", params: userId, responses: { "200": out.userSchema } },
  },
  "/users/{userId}/reset-password": {
    post: { tag: "Users", summary: "Set a new random password (answered once) and end the user's sessions", permission: "user.manage", params: userId, responses: { "200": out.userWithPasswordSchema } },
  },
  "/tokens": {
    get: { tag: "API tokens", summary: "Every API token (never the token itself)", permission: "user.manage", responses: { "200": z.array(out.apiTokenSchema) } },
    post: {
      tag: "API tokens", summary: "Create an API token for a script; the answer carries it, once",
      description: "The token acts as `userId` (you, by default) with at most `role`: never more than that user's current role.",
      permission: "user.manage", body: createApiTokenSchema, responses: { "201": out.createdApiTokenSchema },
    },
  },
  "/tokens/{tokenId}/revoke": {
    post: { tag: "API tokens", summary: "Revoke an API token at once", permission: "user.manage", params: tokenId, responses: { "200": out.revokedApiTokenSchema } },
  },
};
