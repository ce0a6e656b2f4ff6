import "server-only";
import { diffWords, toHunks, type DiffPart, type Hunk } from "@/lib/diff/word-diff";
import { Prisma } from "@/generated/prisma/client";
import { getPrisma, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { assertFound, isUuid } from "@/lib/ids";
import { IN_LIVE_DOCUMENT, LIVE_SEGMENT_SELECT } from "@/lib/db/live";
import {
  dependsOnFacts,
  isTransitionError,
  nextSegmentStatus,
  type SegmentEvent,
  type SegmentFacts,
  type SegmentStatus,
} from "@/lib/status/transitions";

// Shared load/guard steps of the review use cases (lib/review/mutations.ts, approval.ts).

/** Runs a pure transition; its TransitionError becomes INVALID_STATE (409) with the same message. */
export function transition<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (isTransitionError(error)) throw new AppError({ code: "INVALID_STATE", message: error.message });
    throw error;
  }
}

/**
 * Segment status after `event`. A stale suggestion closing on an approved segment leaves it
 * approved: the transitions table has no such edge because nothing else changes.
 */
export function segmentStatusAfter(current: SegmentStatus, event: SegmentEvent, facts: SegmentFacts): SegmentStatus {
  if (current === "approved" && event === "suggestion_closed") return "approved";
  return transition(() => nextSegmentStatus(current, event, facts));
}

const FACTS_NOT_NEEDED: SegmentFacts = { openIssueCount: 0, pendingSuggestionCount: 0 };

/** segmentStatusAfter for an event whose outcome never depends on the segment's facts in `current` (dependsOnFacts). */
export function segmentStatusWithoutFacts(current: SegmentStatus, event: SegmentEvent): SegmentStatus {
  if (dependsOnFacts(current, event)) throw new Error(`${event} on a ${current} segment depends on its open issues and suggestions: use segmentStatusIn.`);
  return segmentStatusAfter(current, event, FACTS_NOT_NEEDED);
}

/** segmentStatusAfter inside a transaction: the segment's facts are counted only when the transition needs them. */
export async function segmentStatusIn(tx: Tx, segmentId: string, current: SegmentStatus, event: SegmentEvent): Promise<SegmentStatus> {
  const facts = dependsOnFacts(current, event) ? await loadFacts(tx, segmentId) : FACTS_NOT_NEEDED;
  return segmentStatusAfter(current, event, facts);
}

/** Open issues and pending suggestions on the segment, as the transaction sees them (one query). */
async function loadFacts(tx: Tx, segmentId: string): Promise<SegmentFacts> {
  const [row] = await tx.$queryRaw<{ open_issues: number; pending_suggestions: number }[]>`
    SELECT
      (SELECT count(*)::int FROM issues WHERE segment_id = ${segmentId}::uuid AND status = 'open') AS open_issues,
      (SELECT count(*)::int FROM suggestions WHERE segment_id = ${segmentId}::uuid AND status = 'pending') AS pending_suggestions`;
  return { openIssueCount: row.open_issues, pendingSuggestionCount: row.pending_suggestions };
}

export type LiveSegment = { id: string; documentId: string; sourceText: string; currentText: string; status: SegmentStatus; version: number };

/**
 * Serialises status changes on one segment: concurrent writers queue on its row. Returns the
 * segment of a live (not deleted) document, locked for this transaction, or NOT_FOUND naming the id.
 */
export function lockLiveSegment(tx: Tx, segmentId: string): Promise<LiveSegment> {
  return selectLiveSegment(tx, segmentId, Prisma.sql`FOR UPDATE OF s`);
}

/** The segment of a live document as it is now, without a lock (writeWithHistory checks it is unchanged), or NOT_FOUND. */
export function readLiveSegment(segmentId: string): Promise<LiveSegment> {
  return selectLiveSegment(getPrisma(), segmentId, Prisma.empty);
}

async function selectLiveSegment(db: Pick<Tx, "$queryRaw">, segmentId: string, lock: Prisma.Sql): Promise<LiveSegment> {
  const rows = isUuid(segmentId)
    ? await db.$queryRaw<{ document_id: string; source_text: string; current_text: string; status: SegmentStatus; version: number }[]>`
        SELECT s.document_id, s.source_text, s.current_text, s.status::text AS status, s.version
        FROM segments s JOIN documents d ON d.id = s.document_id AND d.deleted_at IS NULL
        WHERE s.id = ${segmentId}::uuid
        ${lock}`
    : [];
  const row = assertFound(rows[0], "Segment", segmentId);
  return { id: segmentId, documentId: row.document_id, sourceText: row.source_text, currentText: row.current_text, status: row.status, version: row.version };
}

export type StaleDetails = { baseVersion: number; currentVersion: number; currentText: string; diff: DiffPart[]; hunks: Hunk[] };

/**
 * CONFLICT for work based on an old segment version; `details` carry the word diff from the
 * current text to the proposed text, so the reviewer can see what would change now.
 */
export function staleVersionError(options: { what: string; baseVersion: number; currentVersion: number; currentText: string; proposedText?: string }): AppError {
  const { what, baseVersion, currentVersion, currentText } = options;
  const diff = options.proposedText === undefined ? [] : diffWords(currentText, options.proposedText);
  const details: StaleDetails = { baseVersion, currentVersion, currentText, diff, hunks: toHunks(diff) };
  return new AppError({
    code: "CONFLICT",
    message: `${what} was based on version ${baseVersion}; the segment is now at version ${currentVersion} — review the new text`,
    details,
  });
}

/** Same text twice is no change; spelled out so nobody approves a no-op. */
export function assertChanged(before: string, after: string): void {
  if (before === after) throw new AppError({ code: "VALIDATION", message: "The text is the same as the segment's current text; change something first." });
}

export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown })?.code === "P2002";
}

export const ISSUE_SELECT = {
  id: true, documentId: true, segmentId: true, authorId: true, segmentVersion: true,
  targetStart: true, targetEnd: true, sourceStart: true, sourceEnd: true,
  category: true, severity: true, comment: true, status: true, resolution: true,
  resolvedById: true, resolvedAt: true, createdAt: true, updatedAt: true,
} as const;

export const SUGGESTION_SELECT = {
  id: true, documentId: true, segmentId: true, authorId: true, text: true, note: true, baseVersion: true,
  status: true, approvedText: true, reviewerId: true, reviewedAt: true, rejectionReason: true,
  reviewComment: true, createdAt: true, updatedAt: true,
} as const;


/** A suggestion on a live document, with its segment and the document's self-approval setting. */
export async function loadSuggestion(suggestionId: string) {
  const suggestion = isUuid(suggestionId)
    ? await getPrisma().suggestion.findFirst({
        where: { id: suggestionId, ...IN_LIVE_DOCUMENT },
        select: { ...SUGGESTION_SELECT, segment: { select: LIVE_SEGMENT_SELECT }, document: { select: { allowSelfApproval: true } } },
      })
    : null;
  return assertFound(suggestion, "Suggestion", suggestionId);
}

export async function loadIssue(issueId: string) {
  const issue = isUuid(issueId)
    ? await getPrisma().issue.findFirst({ where: { id: issueId, ...IN_LIVE_DOCUMENT }, select: ISSUE_SELECT })
    : null;
  return assertFound(issue, "Issue", issueId);
}

/** Authors edit and withdraw their own work; nobody else's. */
export function assertAuthor(viewerId: string, authorId: string, what: string): void {
  if (viewerId !== authorId) throw new AppError({ code: "FORBIDDEN", message: `Only the author of this ${what} can change or withdraw it.` });
}

/** Writes the new status when it changed (a plain UPDATE: on every first flag or suggestion, see decision 008). */
export async function setSegmentStatus(tx: Tx, segmentId: string, from: SegmentStatus, to: SegmentStatus): Promise<void> {
  if (from !== to) await tx.$executeRaw`UPDATE segments SET status = ${to}::segment_status, updated_at = now() WHERE id = ${segmentId}::uuid`;
}
