import type { ChangeLogEntry } from "@/lib/export/change-log";
import type { ExportApproval, ExportSegment } from "@/lib/exchange/types";
import type { MqmCategoryId, MqmSeverityId } from "@/lib/review/mqm-score";
import type { IssueStatus, SegmentStatus, SuggestionStatus } from "@/lib/status/transitions";

/** A segment as read from the database for export, with its issues, suggestions and edit events. */
export type SegmentRow = {
  position: number;
  sourceText: string;
  publishedText: string;
  currentText: string;
  sourceSeparator: string;
  targetSeparator: string;
  status: SegmentStatus;
  issues: ReadonlyArray<{ category: MqmCategoryId; severity: MqmSeverityId; status: IssueStatus; comment: string; authorName: string }>;
  /** Pending and approved suggestions, any order. */
  suggestions: readonly SuggestionRow[];
  /** Direct edits ("segment.edit" history events), any order. */
  edits: readonly EditRow[];
};

export type SuggestionRow = {
  id: string;
  status: SuggestionStatus;
  text: string;
  approvedText: string | null;
  note: string;
  authorName: string;
  reviewerName: string | null;
  createdAt: Date;
  reviewedAt: Date | null;
  resolvedIssues: readonly string[];
};

export type EditRow = { actorName: string; at: Date; after: unknown };

const isApproved = (status: SuggestionStatus) => status === "approved" || status === "approved_with_edits";

type Change = Omit<ChangeLogEntry, "segmentPosition" | "before" | "after"> & { after: string | null };

type EditAfter = { currentText?: unknown; text?: unknown; reason?: unknown; note?: unknown; suggestionId?: unknown };
const stringOrNull = (value: unknown) => (typeof value === "string" && value !== "" ? value : null);

/**
 * Approved suggestions and direct edits of one segment, oldest first. A direct edit is also stored
 * as a suggestion the editor approved (decision 005); it is listed once, as the edit, with its note.
 */
function changes(row: SegmentRow): Change[] {
  const editSuggestionIds = new Set(row.edits.map((edit) => ((edit.after ?? {}) as EditAfter).suggestionId));
  const approvals = row.suggestions
    .filter((suggestion) => isApproved(suggestion.status) && suggestion.reviewedAt && !editSuggestionIds.has(suggestion.id))
    .map((suggestion): Change => ({
      kind: suggestion.status === "approved_with_edits" ? "approved_with_edits" : "approved",
      after: suggestion.approvedText ?? suggestion.text,
      suggestedBy: suggestion.authorName,
      approvedBy: suggestion.reviewerName ?? "unknown",
      approvedAt: suggestion.reviewedAt!,
      reason: suggestion.note || null,
      resolvedIssues: [...suggestion.resolvedIssues],
    }));
  const edits = row.edits.map((edit): Change => {
    const after = (edit.after ?? {}) as EditAfter;
    const text = typeof after.currentText === "string" ? after.currentText : typeof after.text === "string" ? after.text : null;
    const reason = stringOrNull(after.note) ?? stringOrNull(after.reason);
    return { kind: "direct_edit", after: text, suggestedBy: null, approvedBy: edit.actorName, approvedAt: edit.at, reason, resolvedIssues: [] };
  });
  return [...approvals, ...edits].sort((a, b) => a.approvedAt.getTime() - b.approvedAt.getTime());
}

/**
 * Every change to the segment's English, oldest first; each `before` is the previous `after`,
 * starting from the published text. An edit event without its text takes the current text when it is last.
 */
export function toChangeLogEntries(row: SegmentRow): ChangeLogEntry[] {
  const list = changes(row);
  let before = row.publishedText;
  return list.map((change, index) => {
    const after = change.after ?? (index === list.length - 1 ? row.currentText : before);
    const entry = { ...change, segmentPosition: row.position, before, after };
    before = after;
    return entry;
  });
}

/** Who made the segment's current text: the latest approval or direct edit, if any. */
export function latestApproval(row: SegmentRow): ExportApproval | null {
  const last = changes(row).at(-1);
  return last ? { approvedBy: last.approvedBy, approvedAt: last.approvedAt } : null;
}

/** The text of the newest pending suggestion, or null. */
export function latestPendingText(row: SegmentRow): string | null {
  let latest: SuggestionRow | null = null;
  for (const suggestion of row.suggestions) {
    if (suggestion.status === "pending" && (!latest || suggestion.createdAt > latest.createdAt)) latest = suggestion;
  }
  return latest?.text ?? null;
}

export function toExportSegment(row: SegmentRow): ExportSegment {
  return {
    position: row.position,
    sourceText: row.sourceText,
    publishedText: row.publishedText,
    currentText: row.currentText,
    sourceSeparator: row.sourceSeparator,
    targetSeparator: row.targetSeparator,
    status: row.status,
    pendingText: latestPendingText(row),
    issues: row.issues,
    approval: latestApproval(row),
  };
}

/**
 * The text an issue's span points into: spans refer to the segment version the issue was
 * flagged on, which is the published text (version 1) or the current text (same version).
 */
export function issueSpanText(text: { publishedText: string; currentText: string; version: number }, issue: { segmentVersion: number; start: number | null; end: number | null }): string {
  if (issue.start === null || issue.end === null) return "";
  if (issue.segmentVersion === text.version) return text.currentText.slice(issue.start, issue.end);
  if (issue.segmentVersion === 1) return text.publishedText.slice(issue.start, issue.end);
  return "";
}
