import "server-only";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { recordEvent } from "@/lib/db/audit";
import { type Tx } from "@/lib/db/client";
import { applyHunks, diffWords, toHunks } from "@/lib/diff/word-diff";
import { loadLiveSegment } from "@/lib/db/live";
import { inTransaction } from "@/lib/db/transaction";
import { AppError, isAppError } from "@/lib/errors";
import {
  assertChanged, isUniqueViolation, loadSuggestion, lockLiveSegment, segmentStatusAfter, segmentStatusIn,
  setSegmentStatus, staleVersionError, SUGGESTION_SELECT, transition,
} from "@/lib/review/guards";
import { enqueueQaAfterEdit, refreshSegmentFindings } from "@/lib/findings/mutations";
import type { MqmCategoryId } from "@/lib/review/mqm-score";
import {
  approveSuggestionSchema, batchApproveSchema, editSegmentSchema, rejectSuggestionSchema,
  type ApproveSuggestionInput, type BatchApproveInput, type EditSegmentInput, type RejectSuggestionInput,
} from "@/lib/review/schema";
import { suggestionTextHash } from "@/lib/review/suggestion-hash";
import { nextSuggestionStatus } from "@/lib/status/transitions";

type Options<Input> = { viewer: Viewer; input: Input };
type LoadedSuggestion = Awaited<ReturnType<typeof loadSuggestion>>;

/** Four eyes: nobody approves their own suggestion unless an admin allowed it for the document. */
function assertFourEyes(viewer: Viewer, suggestion: LoadedSuggestion): void {
  if (suggestion.authorId === viewer.userId && !suggestion.document.allowSelfApproval) {
    throw new AppError({
      code: "FORBIDDEN",
      message: "You wrote this suggestion, so another editor must approve it (four-eyes rule); an admin can allow self-approval for this document.",
    });
  }
}

/** The text that will be approved: the editor's edit, the accepted hunks, or the suggestion whole. */
function approvedTextOf(currentText: string, suggested: string, input: { acceptedHunks?: number[]; editedText?: string }): string {
  if (input.editedText !== undefined && input.acceptedHunks !== undefined) {
    throw new AppError({ code: "VALIDATION", message: "Give either the accepted hunks or an edited text, not both." });
  }
  if (input.editedText !== undefined) return input.editedText;
  if (input.acceptedHunks === undefined) return suggested;
  try {
    return applyHunks(currentText, suggested, input.acceptedHunks);
  } catch (error) {
    if (error instanceof RangeError) throw new AppError({ code: "VALIDATION", message: error.message });
    throw error;
  }
}

/**
 * Writes `text` as the segment's next version, only if the segment is still at `baseVersion`
 * (conditional UPDATE: of two concurrent writers exactly one wins). Returns the new version.
 */
async function writeNextVersion(tx: Tx, segmentId: string, baseVersion: number, text: string, what: string, proposedText: string): Promise<number> {
  const updated = await tx.$executeRaw`
    UPDATE segments SET current_text = ${text}, status = 'approved'::segment_status, version = version + 1, updated_at = now()
    WHERE id = ${segmentId}::uuid AND version = ${baseVersion}`;
  if (updated === 1) return baseVersion + 1;
  const now = await tx.segment.findUniqueOrThrow({ where: { id: segmentId }, select: { version: true, currentText: true } });
  throw staleVersionError({ what, baseVersion, currentVersion: now.version, currentText: now.currentText, proposedText });
}

/**
 * Approves a pending suggestion (whole, some hunks, or with the editor's edits): the segment gets
 * the text as its next version and status approved, and the linked open issues are resolved.
 * CONFLICT (with the word diff against the current text) when the suggestion's base is stale.
 */
export async function approveSuggestion(options: Options<ApproveSuggestionInput>) {
  const { viewer } = options;
  assertCan(viewer, "suggestion.review");
  const input = approveSuggestionSchema.parse(options.input);
  const suggestion = await loadSuggestion(input.suggestionId);
  const { segment } = suggestion;
  transition(() => nextSuggestionStatus(suggestion.status, "approve"));
  assertFourEyes(viewer, suggestion);
  assertSeenText(suggestion, input.seenTextHash);
  const { baseVersion, what } = approvalBase(suggestion.baseVersion, input);
  if (baseVersion !== segment.version) {
    throw staleVersionError({ what, baseVersion, currentVersion: segment.version, currentText: segment.currentText, proposedText: input.editedText ?? suggestion.text });
  }
  const text = approvedTextOf(segment.currentText, suggestion.text, input);
  assertChanged(segment.currentText, text);
  const status = transition(() => nextSuggestionStatus("pending", text === suggestion.text ? "approve" : "approve_with_edits"));
  // Text re-applied on a version an editor approved meanwhile lands like their direct edit would.
  const event = baseVersion !== suggestion.baseVersion && segment.status === "approved" ? "direct_edit" : "suggestion_approved";
  const segmentStatus = segmentStatusAfter(segment.status, event, { openIssueCount: 0, pendingSuggestionCount: 0 });
  try {
    const result = await inTransaction(async (tx) => {
      const version = await writeNextVersion(tx, segment.id, baseVersion, text, what, text);
      const reviewedAt = new Date();
      // baseVersion moves with a re-applied edit: the one approval per version is taken on the version it replaced.
      const claimed = await tx.suggestion.updateMany({
        where: { id: suggestion.id, status: "pending", text: suggestion.text },
        data: { status, approvedText: status === "approved" ? null : text, reviewerId: viewer.userId, reviewedAt, baseVersion },
      });
      if (claimed.count === 0) throw await claimRefusal(tx, suggestion);
      const resolvedIssueIds = await resolveLinkedIssues(tx, suggestion.id, viewer.userId, reviewedAt);
      await recordEvent(tx, {
        actorId: viewer.userId, action: "suggestion.approve", entityType: "suggestion", entityId: suggestion.id,
        documentId: suggestion.documentId, segmentId: segment.id,
        before: { text: segment.currentText, version: segment.version, segmentStatus: segment.status, status: suggestion.status },
        after: { text, version, segmentStatus, status, authorId: suggestion.authorId, resolvedIssueIds },
      });
      const approved = await tx.suggestion.findUniqueOrThrow({ where: { id: suggestion.id }, select: SUGGESTION_SELECT });
      return { suggestion: approved, segment: { id: segment.id, currentText: text, version, status: segmentStatus }, resolvedIssueIds };
    });
    await recheckSegment(segment.id);
    await enqueueQaAfterEdit(suggestion.documentId);
    return result;
  } catch (error) {
    // The partial unique index is the last line: one approval per segment version.
    if (isUniqueViolation(error)) {
      throw new AppError({ code: "CONFLICT", message: `Another change was approved on this segment at version ${baseVersion}; reload and review the new text.` });
    }
    throw error;
  }
}

/**
 * The segment version the approved text is made against: the suggestion's, or the one the editor
 * re-applies their edited text on. Only an edited text may move to a newer version: the
 * suggestion's own text was written against its version.
 */
function approvalBase(suggestionBase: number, input: { editedText?: string; baseVersion?: number }): { baseVersion: number; what: string } {
  if (input.baseVersion === undefined) return { baseVersion: suggestionBase, what: input.editedText === undefined ? "Suggestion" : "Your edited text" };
  if (input.editedText === undefined) throw new AppError({ code: "VALIDATION", message: "A base version goes with an edited text only; approve the suggestion on its own version." });
  return { baseVersion: input.baseVersion, what: "Your edited text" };
}

/** The author may edit a pending suggestion: the editor approves only the text they were shown. */
function assertSeenText(suggestion: { id: string; text: string; segment: { currentText: string; version: number } }, seenTextHash: string | undefined): void {
  if (seenTextHash === undefined || suggestionTextHash(suggestion.text) === seenTextHash) return;
  throw changedSuggestionError(suggestion, suggestion.segment);
}

function changedSuggestionError(suggestion: { id: string; text: string }, segment: { currentText: string; version: number }): AppError {
  const diff = diffWords(segment.currentText, suggestion.text);
  return new AppError({
    code: "CONFLICT",
    message: "The author changed this suggestion after you opened it; review the new text before approving.",
    details: { suggestionId: suggestion.id, text: suggestion.text, textHash: suggestionTextHash(suggestion.text), currentText: segment.currentText, currentVersion: segment.version, diff, hunks: toHunks(diff) },
  });
}

/** Why the pending suggestion could not be claimed: reviewed meanwhile, or edited by its author since it was loaded. */
async function claimRefusal(tx: Tx, loaded: { id: string; text: string }): Promise<AppError> {
  const now = await tx.suggestion.findUniqueOrThrow({ where: { id: loaded.id }, select: { status: true, text: true, segment: { select: { currentText: true, version: true } } } });
  if (now.status === "pending" && now.text !== loaded.text) return changedSuggestionError({ id: loaded.id, text: now.text }, now.segment);
  return new AppError({ code: "INVALID_STATE", message: `Suggestion ${loaded.id} was reviewed meanwhile.` });
}

async function resolveLinkedIssues(tx: Tx, suggestionId: string, reviewerId: string, at: Date): Promise<string[]> {
  const linked = await tx.issue.findMany({ where: { status: "open", suggestions: { some: { suggestionId } } }, select: { id: true } });
  const ids = linked.map((issue) => issue.id);
  if (ids.length > 0) {
    await tx.issue.updateMany({
      where: { id: { in: ids } },
      data: { status: "resolved", resolution: `Fixed by suggestion ${suggestionId}`, resolvedById: reviewerId, resolvedAt: at },
    });
  }
  return ids;
}

/** An editor rejects a pending suggestion with an MQM reason and a comment the author sees. */
export async function rejectSuggestion(options: Options<RejectSuggestionInput>) {
  const { viewer } = options;
  assertCan(viewer, "suggestion.review");
  const input = rejectSuggestionSchema.parse(options.input);
  const suggestion = await loadSuggestion(input.suggestionId);
  return closeSuggestion({
    viewer, suggestion, event: "reject",
    data: { rejectionReason: input.reason, reviewComment: input.comment, reviewerId: viewer.userId, reviewedAt: new Date() },
  });
}

/** Shared tail of withdraw and reject: status change, the segment settles, one history row. */
export async function closeSuggestion(options: {
  viewer: Viewer;
  suggestion: { id: string; segmentId: string; documentId: string };
  event: "withdraw" | "reject";
  data: { rejectionReason?: MqmCategoryId; reviewComment?: string; reviewerId?: string; reviewedAt?: Date };
}) {
  const { viewer, suggestion, event } = options;
  return inTransaction(async (tx) => {
    const locked = await lockLiveSegment(tx, suggestion.segmentId);
    const current = await tx.suggestion.findUniqueOrThrow({ where: { id: suggestion.id }, select: { status: true } });
    const next = transition(() => nextSuggestionStatus(current.status, event));
    const closed = await tx.suggestion.update({ where: { id: suggestion.id }, data: { ...options.data, status: next }, select: SUGGESTION_SELECT });
    const status = await segmentStatusIn(tx, suggestion.segmentId, locked.status, "suggestion_closed");
    await setSegmentStatus(tx, suggestion.segmentId, locked.status, status);
    await recordEvent(tx, {
      actorId: viewer.userId, action: `suggestion.${event}`, entityType: "suggestion", entityId: suggestion.id,
      documentId: suggestion.documentId, segmentId: suggestion.segmentId,
      before: { status: current.status, segmentStatus: locked.status },
      after: { status: next, rejectionReason: closed.rejectionReason, reviewComment: closed.reviewComment, segmentStatus: status },
    });
    return { suggestion: closed, segmentStatus: status };
  });
}

export type BatchApproveResult = { approved: string[]; failed: { suggestionId: string; code: string; message: string }[] };

/** Approves each selected suggestion whole, each in its own transaction; reports the ones refused. */
export async function batchApproveSuggestions(options: Options<BatchApproveInput>): Promise<BatchApproveResult> {
  const { viewer } = options;
  assertCan(viewer, "suggestion.review");
  const input = batchApproveSchema.parse(options.input);
  const result: BatchApproveResult = { approved: [], failed: [] };
  for (const suggestionId of new Set(input.suggestionIds)) {
    try {
      const seenTextHash = input.seenTextHashes?.[suggestionId];
      if (input.seenTextHashes && !seenTextHash) throw new AppError({ code: "VALIDATION", message: `No seen text given for suggestion ${suggestionId}; reload the queue.` });
      await approveSuggestion({ viewer, input: { suggestionId, seenTextHash } });
      result.approved.push(suggestionId);
    } catch (error) {
      if (!isAppError(error)) throw error;
      result.failed.push({ suggestionId, code: error.code, message: error.userMessage });
    }
  }
  return result;
}

/**
 * An editor's direct edit: recorded as a suggestion by the editor, approved by the editor, so it
 * shows in history like any approved change and takes the version's one approval.
 */
export async function editSegmentText(options: Options<EditSegmentInput>) {
  const { viewer } = options;
  assertCan(viewer, "segment.edit");
  const input = editSegmentSchema.parse(options.input);
  const segment = await loadLiveSegment(input.segmentId);
  if (segment.version !== input.baseVersion) {
    throw staleVersionError({ what: "Your edit", baseVersion: input.baseVersion, currentVersion: segment.version, currentText: segment.currentText, proposedText: input.text });
  }
  assertChanged(segment.currentText, input.text);
  const segmentStatus = segmentStatusAfter(segment.status, "direct_edit", { openIssueCount: 0, pendingSuggestionCount: 0 });
  const result = await inTransaction(async (tx) => {
    const version = await writeNextVersion(tx, segment.id, input.baseVersion, input.text, "Your edit", input.text);
    const suggestion = await tx.suggestion.create({
      data: {
        documentId: segment.documentId, segmentId: segment.id, authorId: viewer.userId, text: input.text, note: input.note,
        baseVersion: input.baseVersion, status: "approved", reviewerId: viewer.userId, reviewedAt: new Date(),
      },
      select: SUGGESTION_SELECT,
    });
    await recordEvent(tx, {
      actorId: viewer.userId, action: "segment.edit", entityType: "segment", entityId: segment.id,
      documentId: segment.documentId, segmentId: segment.id,
      before: { text: segment.currentText, version: segment.version, segmentStatus: segment.status },
      after: { text: input.text, version, segmentStatus, note: input.note, suggestionId: suggestion.id },
    });
    return { suggestion, segment: { id: segment.id, currentText: input.text, version, status: segmentStatus } };
  });
  await recheckSegment(segment.id);
  await enqueueQaAfterEdit(segment.documentId);
  return result;
}

/** After a change commits, the segment's automatic findings are re-checked; a QA failure never undoes the change. */
async function recheckSegment(segmentId: string): Promise<void> {
  try {
    await refreshSegmentFindings({ segmentId });
  } catch (error) {
    console.error(`recto: could not re-check segment ${segmentId}`, error);
  }
}
