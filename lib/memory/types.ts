/** Who approved a segment's current English, and when (the latest approval or direct edit). */
export type MemoryApproval = { approverName: string; approvedAt: Date };

/** One segment of the memory, as the concordance and the match panel show it. */
export type MemoryHit = {
  segmentId: string;
  documentId: string;
  documentTitle: string;
  /** 0-based. */
  position: number;
  sourceText: string;
  publishedText: string;
  currentText: string;
  status: string;
  /** Fuzzy match, 0–100 (pg_trgm trigram similarity). */
  score: number;
  approval: MemoryApproval | null;
};

/** A segment where an approved correction's error occurs too, and the text it would get. */
export type PropagationCandidate = {
  segmentId: string;
  documentId: string;
  documentTitle: string;
  position: number;
  version: number;
  currentText: string;
  proposedText: string;
};
