import "server-only";
import { randomUUID } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { historyInsert, recordEvent } from "@/lib/db/audit";
import { type Tx } from "@/lib/db/client";
import { inTransaction, writeWithHistory } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors";
import { assertFound, isUuid } from "@/lib/ids";
import {
  assertAuthor, assertChanged, ISSUE_SELECT, loadIssue,
  loadSuggestion, lockLiveSegment, readLiveSegment, segmentStatusIn, segmentStatusWithoutFacts, setSegmentStatus, staleVersionError,
  SUGGESTION_SELECT, transition, type LiveSegment,
} from "@/lib/review/guards";
import {
  closeIssueSchema, createSuggestionSchema, flagIssueSchema, reopenSegmentSchema, updateIssueSchema,
  updateSuggestionSchema, withdrawSuggestionSchema, type CloseIssueInput, type CreateSuggestionInput,
  type FlagIssueInput, type ReopenSegmentInput, type UpdateIssueInput, type UpdateSuggestionInput,
  type WithdrawSuggestionInput,
} from "@/lib/review/schema";
import { nextIssueStatus, nextSuggestionStatus, type SegmentStatus } from "@/lib/status/transitions";

import { closeSuggestion } from "@/lib/review/approval";

export { approveSuggestion, batchApproveSuggestions, editSegmentText, rejectSuggestion } from "@/lib/review/approval";

type Options<Input> = { viewer: Viewer; input: Input };

/** Where a suggestion Recto made for the viewer came from (lib/memory propagation), kept in its history event. */
export type SuggestionOrigin = { kind: "propagation"; segmentId: string; documentId: string; position: number };

function assertSpan(start: number | undefined, end: number | undefined, text: string, side: string) {
  if ((start === undefined) !== (end === undefined)) throw new AppError({ code: "VALIDATION", message: `Give both ends of the ${side} span, or neither.` });
  if (start !== undefined && end !== undefined && (start > end || end > text.length)) {
    throw new AppError({ code: "VALIDATION", message: `The ${side} span ${start}–${end} is outside the ${side} text (${text.length} characters).` });
  }
}

/** Reads before a flag on a segment that keeps changing between its read and its write gives up. */
const FLAG_ATTEMPTS = 5;

/**
 * Flags an MQM issue on a span of the segment version the flagger saw; the segment becomes flagged.
 * The busiest write of the workspace, so two round trips (decision 027): one read of the segment,
 * then one statement that writes the issue, the status and the history only if the segment is still
 * as read, under its row lock. A segment that changed in between is read again.
 */
export async function flagIssue(options: Options<FlagIssueInput>) {
  const { viewer } = options;
  assertCan(viewer, "issue.flag");
  const input = flagIssueSchema.parse(options.input);
  for (let attempt = 1; attempt <= FLAG_ATTEMPTS; attempt += 1) {
    const segment = await readLiveSegment(input.segmentId);
    if (segment.version !== input.segmentVersion) {
      throw staleVersionError({ what: "The flagged span", baseVersion: input.segmentVersion, currentVersion: segment.version, currentText: segment.currentText });
    }
    assertSpan(input.targetStart, input.targetEnd, segment.currentText, "English");
    assertSpan(input.sourceStart, input.sourceEnd, segment.sourceText, "French");
    const status = segmentStatusWithoutFacts(segment.status, "issue_flagged");
    const issue = await writeIssue(segment, status, { ...input, id: randomUUID(), documentId: segment.documentId, authorId: viewer.userId });
    if (issue) return { issue, segmentStatus: status };
  }
  throw new AppError({ code: "CONFLICT", message: `Segment ${input.segmentId} kept changing while the issue was being flagged; flag it again.` });
}

/** The author changes category, severity or comment of their open issue. */
export async function updateIssue(options: Options<UpdateIssueInput>) {
  const { viewer } = options;
  assertCan(viewer, "issue.flag");
  const input = updateIssueSchema.parse(options.input);
  const issue = await loadIssue(input.issueId);
  assertAuthor(viewer.userId, issue.authorId, "issue");
  transition(() => nextIssueStatus(issue.status, "edit"));
  const { issueId, ...changes } = input;
  return inTransaction(async (tx) => {
    const updated = await tx.issue.updateMany({ where: { id: issueId, status: "open" }, data: changes });
    if (updated.count === 0) throw new AppError({ code: "INVALID_STATE", message: `Issue ${issueId} was closed meanwhile; only open issues can change.` });
    const after = await tx.issue.findUniqueOrThrow({ where: { id: issueId }, select: ISSUE_SELECT });
    await recordEvent(tx, {
      actorId: viewer.userId, action: "issue.update", entityType: "issue", entityId: issueId,
      documentId: issue.documentId, segmentId: issue.segmentId,
      before: { category: issue.category, severity: issue.severity, comment: issue.comment },
      after: { category: after.category, severity: after.severity, comment: after.comment },
    });
    return after;
  });
}

/** An editor resolves or dismisses an open issue with a reason; dismissed issues stay, as a status. */
export async function closeIssue(options: Options<CloseIssueInput>) {
  const { viewer } = options;
  assertCan(viewer, "issue.review");
  const input = closeIssueSchema.parse(options.input);
  const issue = await loadIssue(input.issueId);
  return inTransaction(async (tx) => {
    const locked = await lockLiveSegment(tx, issue.segmentId);
    const current = await tx.issue.findUniqueOrThrow({ where: { id: issue.id }, select: { status: true } });
    const next = transition(() => nextIssueStatus(current.status, input.status === "resolved" ? "resolve" : "dismiss"));
    const closed = await tx.issue.update({
      where: { id: issue.id },
      data: { status: next, resolution: input.reason, resolvedById: viewer.userId, resolvedAt: new Date() },
      select: ISSUE_SELECT,
    });
    const status = await segmentStatusIn(tx, issue.segmentId, locked.status, "issue_closed");
    await setSegmentStatus(tx, issue.segmentId, locked.status, status);
    await recordEvent(tx, {
      actorId: viewer.userId, action: `issue.${input.status === "resolved" ? "resolve" : "dismiss"}`, entityType: "issue", entityId: issue.id,
      documentId: issue.documentId, segmentId: issue.segmentId,
      before: { status: current.status, segmentStatus: locked.status },
      after: { status: next, resolution: input.reason, segmentStatus: status },
    });
    return { issue: closed, segmentStatus: status };
  });
}

async function assertLinkableIssues(tx: Tx, segmentId: string, issueIds: string[]) {
  if (issueIds.length === 0) return;
  const found = await tx.issue.findMany({ where: { id: { in: issueIds.filter(isUuid) }, segmentId }, select: { id: true } });
  const known = new Set(found.map((issue) => issue.id));
  for (const issueId of issueIds) if (!known.has(issueId)) assertFound(null, "Issue", `${issueId} on segment ${segmentId}`);
}

/** Proposes corrected English based on the segment version the author saw; the segment becomes corrected. */
export async function createSuggestion(options: Options<CreateSuggestionInput> & { origin?: SuggestionOrigin }) {
  const { viewer } = options;
  assertCan(viewer, "suggestion.create");
  const input = createSuggestionSchema.parse(options.input);
  const issueIds = [...new Set(input.issueIds)];
  return inTransaction(async (tx) => {
    const segment = await lockLiveSegment(tx, input.segmentId);
    if (segment.version !== input.baseVersion) {
      throw staleVersionError({ what: "Suggestion", baseVersion: input.baseVersion, currentVersion: segment.version, currentText: segment.currentText, proposedText: input.text });
    }
    assertChanged(segment.currentText, input.text);
    await assertLinkableIssues(tx, segment.id, issueIds);
    const status = await segmentStatusIn(tx, segment.id, segment.status, "suggestion_created");
    const suggestion = await insertSuggestion(tx, {
      documentId: segment.documentId, segmentId: segment.id, authorId: viewer.userId, text: input.text, note: input.note,
      baseVersion: input.baseVersion, issueIds,
    });
    await setSegmentStatus(tx, segment.id, segment.status, status);
    await recordEvent(tx, {
      actorId: viewer.userId, action: "suggestion.create", entityType: "suggestion", entityId: suggestion.id,
      documentId: segment.documentId, segmentId: segment.id,
      before: { text: segment.currentText, version: segment.version, segmentStatus: segment.status },
      after: { text: suggestion.text, note: suggestion.note, issueIds, segmentStatus: status, ...(options.origin ? { origin: options.origin } : {}) },
    });
    return { suggestion: { ...suggestion, issueIds }, segmentStatus: status };
  });
}

/**
 * The author changes the text or note of their pending suggestion. With `baseVersion` (the segment
 * version they edited against, which must still be current) a suggestion made on an older version
 * is rebased onto it, so an editor can approve it; otherwise it could only be withdrawn.
 */
export async function updateSuggestion(options: Options<UpdateSuggestionInput>) {
  const { viewer } = options;
  assertCan(viewer, "suggestion.create");
  const input = updateSuggestionSchema.parse(options.input);
  const suggestion = await loadSuggestion(input.suggestionId);
  assertAuthor(viewer.userId, suggestion.authorId, "suggestion");
  transition(() => nextSuggestionStatus(suggestion.status, "edit"));
  if (input.text !== undefined) assertChanged(suggestion.segment.currentText, input.text);
  return inTransaction(async (tx) => {
    if (input.baseVersion !== undefined) {
      const segment = await lockLiveSegment(tx, suggestion.segmentId);
      if (segment.version !== input.baseVersion) {
        throw staleVersionError({ what: "Your edit", baseVersion: input.baseVersion, currentVersion: segment.version, currentText: segment.currentText, proposedText: input.text ?? suggestion.text });
      }
      assertChanged(segment.currentText, input.text ?? suggestion.text);
    }
    const data = {
      ...(input.text !== undefined ? { text: input.text } : {}),
      ...(input.note !== undefined ? { note: input.note } : {}),
      ...(input.baseVersion !== undefined ? { baseVersion: input.baseVersion } : {}),
    };
    const updated = await tx.suggestion.updateMany({ where: { id: suggestion.id, status: "pending" }, data });
    if (updated.count === 0) throw new AppError({ code: "INVALID_STATE", message: `Suggestion ${suggestion.id} was reviewed meanwhile; only pending suggestions can change.` });
    const after = await tx.suggestion.findUniqueOrThrow({ where: { id: suggestion.id }, select: SUGGESTION_SELECT });
    await recordEvent(tx, {
      actorId: viewer.userId, action: "suggestion.update", entityType: "suggestion", entityId: suggestion.id,
      documentId: suggestion.documentId, segmentId: suggestion.segmentId,
      before: { text: suggestion.text, note: suggestion.note, baseVersion: suggestion.baseVersion },
      after: { text: after.text, note: after.note, baseVersion: after.baseVersion },
    });
    return after;
  });
}

/** The author withdraws their pending suggestion (kept, with status withdrawn). */
export async function withdrawSuggestion(options: Options<WithdrawSuggestionInput>) {
  const { viewer } = options;
  assertCan(viewer, "suggestion.create");
  const input = withdrawSuggestionSchema.parse(options.input);
  const suggestion = await loadSuggestion(input.suggestionId);
  assertAuthor(viewer.userId, suggestion.authorId, "suggestion");
  return closeSuggestion({ viewer, suggestion, event: "withdraw", data: {} });
}

/** An editor reopens an approved segment; it settles on corrected, flagged or unreviewed. */
export async function reopenSegment(options: Options<ReopenSegmentInput>) {
  const { viewer } = options;
  assertCan(viewer, "segment.edit");
  const input = reopenSegmentSchema.parse(options.input);
  return inTransaction(async (tx) => {
    const segment = await lockLiveSegment(tx, input.segmentId);
    const status = await segmentStatusIn(tx, segment.id, segment.status, "reopened");
    await setSegmentStatus(tx, segment.id, segment.status, status);
    await recordEvent(tx, {
      actorId: viewer.userId, action: "segment.reopen", entityType: "segment", entityId: segment.id,
      documentId: segment.documentId, segmentId: segment.id,
      before: { status: segment.status }, after: { status },
    });
    return { segmentId: segment.id, status, version: segment.version };
  });
}

// Row writers of the two busiest requests, flag and suggest: one plain INSERT each instead of a
// Prisma model call, which costs about as much again as the statement (decision 008). They return
// exactly ISSUE_SELECT's and SUGGESTION_SELECT's shapes (an integration test compares them).

type IssueRow = Prisma.IssueGetPayload<{ select: typeof ISSUE_SELECT }>;
type SuggestionRow = Prisma.SuggestionGetPayload<{ select: typeof SUGGESTION_SELECT }>;

const ISSUE_RETURNING = Prisma.raw(`id, document_id AS "documentId", segment_id AS "segmentId", author_id AS "authorId",
  segment_version AS "segmentVersion", target_start AS "targetStart", target_end AS "targetEnd", source_start AS "sourceStart",
  source_end AS "sourceEnd", category::text AS category, severity::text AS severity, comment, status::text AS status, resolution,
  resolved_by_id AS "resolvedById", resolved_at AS "resolvedAt", created_at AS "createdAt", updated_at AS "updatedAt"`);

const SUGGESTION_RETURNING = Prisma.raw(`id, document_id AS "documentId", segment_id AS "segmentId", author_id AS "authorId", text, note,
  base_version AS "baseVersion", status::text AS status, approved_text AS "approvedText", reviewer_id AS "reviewerId",
  reviewed_at AS "reviewedAt", rejection_reason::text AS "rejectionReason", review_comment AS "reviewComment",
  created_at AS "createdAt", updated_at AS "updatedAt"`);

type NewIssue = Omit<FlagIssueInput, "comment"> & { id: string; comment: string; documentId: string; authorId: string };

/**
 * Writes `issue`, the segment's new status and the history row in one statement, if the segment is
 * still as `seen` (same version and status, document not deleted): the row lock taken by the
 * statement's first step orders it with every other change of the segment. Null when it was not.
 */
async function writeIssue(seen: LiveSegment, status: SegmentStatus, issue: NewIssue): Promise<IssueRow | null> {
  const history = {
    actorId: issue.authorId, action: "issue.flag", entityType: "issue", entityId: issue.id, documentId: seen.documentId, segmentId: seen.id,
    before: { segmentStatus: seen.status },
    after: {
      category: issue.category, severity: issue.severity, comment: issue.comment, targetStart: issue.targetStart ?? null, targetEnd: issue.targetEnd ?? null,
      sourceStart: issue.sourceStart ?? null, sourceEnd: issue.sourceEnd ?? null, segmentStatus: status,
    },
  };
  const [row] = await writeWithHistory<IssueRow>(Prisma.sql`
    WITH segment AS (
      SELECT s.id FROM segments s JOIN documents d ON d.id = s.document_id AND d.deleted_at IS NULL
      WHERE s.id = ${seen.id}::uuid AND s.version = ${seen.version} AND s.status = ${seen.status}::segment_status
      FOR UPDATE OF s
    ), moved AS (
      UPDATE segments SET status = ${status}::segment_status, updated_at = now()
      WHERE id IN (SELECT id FROM segment) AND ${status !== seen.status}::boolean
    ), issue AS (
      INSERT INTO issues (id, document_id, segment_id, author_id, segment_version, target_start, target_end, source_start, source_end, category, severity, comment)
      SELECT ${issue.id}::uuid, ${seen.documentId}::uuid, id, ${issue.authorId}, ${seen.version}, ${issue.targetStart ?? null}::int,
             ${issue.targetEnd ?? null}::int, ${issue.sourceStart ?? null}::int, ${issue.sourceEnd ?? null}::int, ${issue.category}::mqm_category,
             ${issue.severity}::severity, ${issue.comment}
      FROM segment
      RETURNING ${ISSUE_RETURNING}
    ), history AS (${historyInsert(history, Prisma.sql`FROM issue`)})
    SELECT * FROM issue`, [history]);
  return row ?? null;
}

type NewSuggestion = { documentId: string; segmentId: string; authorId: string; text: string; note: string; baseVersion: number; issueIds: string[] };

async function insertSuggestion(tx: Tx, suggestion: NewSuggestion): Promise<SuggestionRow> {
  const [row] = await tx.$queryRaw<SuggestionRow[]>`
    INSERT INTO suggestions (document_id, segment_id, author_id, text, note, base_version)
    VALUES (${suggestion.documentId}::uuid, ${suggestion.segmentId}::uuid, ${suggestion.authorId}, ${suggestion.text}, ${suggestion.note}, ${suggestion.baseVersion})
    RETURNING ${SUGGESTION_RETURNING}`;
  if (suggestion.issueIds.length > 0) {
    await tx.$executeRaw`INSERT INTO suggestion_issues (suggestion_id, issue_id) SELECT ${row.id}::uuid, unnest(${suggestion.issueIds}::uuid[])`;
  }
  return row;
}
