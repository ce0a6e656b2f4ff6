import type { MqmCategoryId, MqmSeverityId } from "@/lib/review/mqm-score";
import type { IssueStatus, SegmentStatus } from "@/lib/status/transitions";

/** Writers accept DB cursors (async) and arrays alike. */
export type Source<T> = Iterable<T> | AsyncIterable<T>;

export type ExportIssue = {
  category: MqmCategoryId;
  severity: MqmSeverityId;
  status: IssueStatus;
  comment: string;
  authorName: string;
};

/** Who approved the segment's current text, for revision marks and TM metadata. */
export type ExportApproval = { approvedBy: string; approvedAt: Date };

export type ExportSegment = {
  position: number;
  sourceText: string;
  publishedText: string;
  /** Published text with every approved correction applied. */
  currentText: string;
  /** Bytes between this segment and the next in the published English (paragraph breaks live here). */
  targetSeparator: string;
  sourceSeparator: string;
  status: SegmentStatus;
  pendingText?: string | null;
  issues?: readonly ExportIssue[];
  approval?: ExportApproval | null;
};

export type UnitNote = {
  text: string;
  author?: string;
  category?: string;
  severity?: string;
  issueStatus?: string;
};

/** One aligned unit read from a bilingual file; `state` is the file's own vocabulary. */
export type BilingualUnit = {
  id: string;
  source: string;
  target: string | null;
  state: string | null;
  status: SegmentStatus | null;
  notes: UnitNote[];
};

export type BilingualFile = {
  sourceLanguage: string | null;
  targetLanguage: string | null;
  units: BilingualUnit[];
};

/** A reader fed a file's text chunk by chunk; finished units collect in `file.units` (a caller may drain them). */
export type BilingualStreamReader = { file: BilingualFile; write(chunk: string): void; close(): void };
