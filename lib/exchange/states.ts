import { SEGMENT_STATUSES, type SegmentStatus } from "@/lib/status/transitions";

/** Recto status → XLIFF 1.2 `state`; the exact status also travels as `recto:status`. */
export const XLIFF_12_STATES: Record<SegmentStatus, string> = {
  unreviewed: "translated",
  flagged: "needs-review-translation",
  corrected: "needs-review-translation",
  approved: "signed-off",
  // 1.2 has no "checked, unchanged" state; recto:status keeps the exact one.
  reviewed: "translated",
};

/** Recto status → XLIFF 2.0 `state`; the exact status also travels as `subState="recto:…"`. */
export const XLIFF_20_STATES: Record<SegmentStatus, string> = {
  unreviewed: "translated",
  flagged: "translated",
  corrected: "translated",
  approved: "final",
  reviewed: "reviewed",
};

export const RECTO_NAMESPACE = "urn:recto:export:1";
export const SUB_STATE_PREFIX = "recto:";

/** Best reading of a foreign state in either XLIFF version. */
const FOREIGN_STATES: Record<string, SegmentStatus> = {
  new: "unreviewed",
  initial: "unreviewed",
  translated: "unreviewed",
  "needs-translation": "unreviewed",
  "needs-adaptation": "flagged",
  "needs-l10n": "flagged",
  "needs-review-adaptation": "flagged",
  "needs-review-l10n": "flagged",
  "needs-review-translation": "flagged",
  reviewed: "approved",
  "signed-off": "approved",
  final: "approved",
};

export function isSegmentStatus(value: string | null | undefined): value is SegmentStatus {
  return (SEGMENT_STATUSES as readonly string[]).includes(value ?? "");
}

/** Recto's own marker wins; otherwise the XLIFF state is mapped; unknown states give null. */
export function toSegmentStatus(state: string | null, rectoStatus: string | null): SegmentStatus | null {
  if (isSegmentStatus(rectoStatus)) return rectoStatus;
  return state === null ? null : (FOREIGN_STATES[state] ?? null);
}

const NOTE_PREFIX = /^\[MQM ([a-z_]+)\/([a-z]+)\/([a-z]+)\] /;

/** Issues become notes whose text starts with `[MQM category/severity/status] `, readable in any tool. */
export function formatIssueNote(issue: { category: string; severity: string; status: string; comment: string }): string {
  return `[MQM ${issue.category}/${issue.severity}/${issue.status}] ${issue.comment}`;
}

export function parseIssueNote(text: string): { text: string; category?: string; severity?: string; issueStatus?: string } {
  const match = NOTE_PREFIX.exec(text);
  if (!match) return { text };
  return { text: text.slice(match[0].length), category: match[1], severity: match[2], issueStatus: match[3] };
}

const PRIORITIES: Record<string, number> = { critical: 1, major: 2, minor: 5, neutral: 9 };

/** XLIFF note priority (1 = most important) from an MQM severity. */
export function notePriority(severity: string): number {
  return PRIORITIES[severity] ?? 5;
}
