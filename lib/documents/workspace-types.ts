import type { MqmCategoryId, MqmSeverityId, MqmScore } from "@/lib/review/mqm-score";
import type { SegmentStatus } from "@/lib/status/transitions";

/** An open issue as the segment list needs it: where to highlight, and how bad. */
export type IssueSpan = {
  id: string;
  category: MqmCategoryId;
  severity: MqmSeverityId;
  /** The segment version the offsets point into; spans of older versions are not highlighted. */
  segmentVersion: number;
  targetStart: number | null;
  targetEnd: number | null;
  sourceStart: number | null;
  sourceEnd: number | null;
};

/** One row of the workspace list. */
export type SegmentRow = {
  id: string;
  /** 0-based; the UI shows position + 1. */
  position: number;
  sourceText: string;
  currentText: string;
  /** True once the English differs from the published English. */
  isChanged: boolean;
  kind: string;
  confidence: number;
  status: SegmentStatus;
  version: number;
  pendingSuggestionCount: number;
  /** Open automatic QA findings (lib/findings) on this segment. */
  openFindingCount: number;
  issues: IssueSpan[];
};

/** What the workspace header shows: segments per status and the MQM score line (refetched on live updates). */
export type DocumentCounts = {
  segmentCount: number;
  statusCounts: Record<SegmentStatus, number>;
  score: Pick<MqmScore, "score" | "penaltyPer1000Words" | "issueCount"> & { openIssueCount: number };
  /** Server time (ms since the epoch) when the read began: of two answers, the later read is the newer. */
  readAt: number;
};

/** One line of the MQM panel's issue list. */
export type DocumentIssue = {
  id: string;
  category: MqmCategoryId;
  severity: MqmSeverityId;
  status: "open" | "resolved" | "dismissed";
  comment: string;
  segment: { id: string; position: number };
  author: { name: string };
};

/** What the MQM panel shows (refetched on live updates): the score by category and severity, and the issues. */
export type DocumentScoreReport = {
  score: MqmScore & { openIssueCount: number };
  issues: DocumentIssue[];
  /** As in DocumentCounts. */
  readAt: number;
};
