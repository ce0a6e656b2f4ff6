"use client";

import { Fragment, memo } from "react";
import { LOW_CONFIDENCE } from "@/lib/documents/schema";
import type { IssueSpan, SegmentRow } from "@/lib/documents/workspace-types";
import { findWords, splitHighlights, splitWords, type Highlight } from "@/lib/documents/workspace-spans";
import { FindingCountBadge } from "../findings/_components/finding-count-badge";
import { LiveRowMarks } from "./live-marks";
import { categoryLabel, plural, severityLabel, STATUS_LABELS, worstSeverity } from "./labels";

export type Span = { start: number; end: number; text: string };
/** Words chosen in a segment, with the segment version and English they were chosen in. */
export type PendingSpans = { segmentId: string; version: number; englishText: string; target?: Span; source?: Span };

type Props = {
  documentId: string;
  row: SegmentRow;
  isActive: boolean;
  litIssueId: string | null;
  pending: PendingSpans | null;
  onLightIssue: (issueId: string | null) => void;
};

export const PENDING_ID = "pending-selection";

export const SegmentRowView = memo(function SegmentRowView({ documentId, row, isActive, litIssueId, pending, onLightIssue }: Props) {
  const number = row.position + 1;
  const targetSpans = row.issues
    .filter((issue) => issue.segmentVersion === row.version && issue.targetStart !== null && issue.targetEnd !== null)
    .map((issue) => ({ id: issue.id, start: issue.targetStart!, end: issue.targetEnd! }));
  const sourceSpans = row.issues
    .filter((issue) => issue.sourceStart !== null && issue.sourceEnd !== null)
    .map((issue) => ({ id: issue.id, start: issue.sourceStart!, end: issue.sourceEnd! }));
  if (pending?.target) targetSpans.push({ id: PENDING_ID, ...pending.target });
  if (pending?.source) sourceSpans.push({ id: PENDING_ID, ...pending.source });
  const cellProps = { segmentId: row.id, version: row.version, issues: row.issues, litIssueId, isActive, onLightIssue };
  return (
    <>
      <div role="rowheader" className="meta number">
        <span className="visually-hidden">Segment </span>
        {number}
      </div>
      <TextCell {...cellProps} side="source" lang="fr" text={row.sourceText} spans={sourceSpans} missing="No French: added in the adaptation" />
      <TextCell {...cellProps} side="target" lang="en" text={row.currentText} spans={targetSpans} missing="No English: dropped in the adaptation" />
      <div role="cell" className="meta badges">
        <AlignmentBadge kind={row.kind} confidence={row.confidence} />
        <span className={`badge status-${row.status}`}>{STATUS_LABELS[row.status]}</span>
        {row.isChanged ? <span className="badge changed" title="The English differs from the published text">Corrected</span> : null}
        {row.issues.length > 0 ? <span className="badge issues">{plural(row.issues.length, "open issue")}</span> : null}
        {row.pendingSuggestionCount > 0 ? <span className="badge suggestions">{plural(row.pendingSuggestionCount, "suggestion")}</span> : null}
        <FindingCountBadge documentId={documentId} segmentId={row.id} count={row.openFindingCount} />
        <LiveRowMarks segmentId={row.id} />
      </div>
    </>
  );
});

function AlignmentBadge({ kind, confidence }: { kind: string; confidence: number }) {
  const isLow = confidence < LOW_CONFIDENCE;
  const percent = Math.round(confidence * 100);
  return (
    <span className={`badge${isLow ? " low" : ""}`} title={`Alignment ${kind}, confidence ${percent}%`}>
      {isLow ? "⚠ Low confidence · " : ""}
      {kind} · {percent}%
    </span>
  );
}

type CellProps = {
  segmentId: string;
  version: number;
  side: "source" | "target";
  lang: string;
  text: string;
  spans: Highlight[];
  missing: string;
  issues: IssueSpan[];
  litIssueId: string | null;
  isActive: boolean;
  onLightIssue: (issueId: string | null) => void;
};

function TextCell({ segmentId, version, side, lang, text, spans, missing, issues, litIssueId, isActive, onLightIssue }: CellProps) {
  if (text === "") return <div role="cell" className="text empty">{missing}</div>;
  const byId = new Map(issues.map((issue) => [issue.id, issue]));
  const words = findWords(text);
  const pieces = splitHighlights(text, spans);
  const starts = pieces.map((_, i) => pieces.slice(0, i).reduce((sum, piece) => sum + piece.text.length, 0));
  // Rendered as text: React escapes it, so markup in a segment shows literally. Only the text
  // itself is inside the data-side element, so selection offsets are offsets into the text. Every
  // row renders its words as elements, so opening a row mid-drag changes attributes, never text nodes.
  return (
    <div role="cell" className="text">
      <span data-side={side} data-segment-id={segmentId} data-version={version} lang={lang}>
        {pieces.map((piece, i) => {
          const content = <Words text={text} words={words} start={starts[i]} end={starts[i] + piece.text.length} isActive={isActive} />;
          if (piece.ids.length === 0) return <Fragment key={i}>{content}</Fragment>;
          if (piece.ids.includes(PENDING_ID)) return <mark key={i} className="pending">{content}</mark>;
          const found = piece.ids.map((id) => byId.get(id)).filter((issue) => issue !== undefined);
          const label = found.map((issue) => `${categoryLabel(issue.category)}, ${severityLabel(issue.severity).toLowerCase()}`).join("; ");
          const isLit = litIssueId !== null && piece.ids.includes(litIssueId);
          return (
            <mark
              key={i}
              className={`issue sev-${worstSeverity(found.map((issue) => issue.severity))}${isLit ? " lit" : ""}`}
              title={label}
              onFocus={() => onLightIssue(piece.ids[0])}
              onBlur={() => onLightIssue(null)}
              onMouseEnter={() => onLightIssue(piece.ids[0])}
              onMouseLeave={() => onLightIssue(null)}
            >
              {content}
            </mark>
          );
        })}
      </span>
    </div>
  );
}

type WordsProps = { text: string; words: { start: number; end: number }[]; start: number; end: number; isActive: boolean };

/**
 * The words of one piece as elements. In the open segment the first word is a tab stop and arrows
 * move the one focusable word on (use-word-keys): the other words stay unfocusable, because a press
 * on a focusable word started no text selection when dragging forwards in Chromium.
 */
function Words({ text, words, start, end, isActive }: WordsProps) {
  return splitWords(text, words, start, end).map((run) =>
    run.word === null ? (
      run.text
    ) : (
      <span
        key={run.start}
        className="word"
        data-word={run.word}
        data-start={words[run.word].start}
        data-end={words[run.word].end}
        data-first={run.start === words[run.word].start ? "" : undefined}
        tabIndex={isActive && run.word === 0 && run.start === words[0].start ? 0 : undefined}
      >
        {run.text}
      </span>
    ),
  );
}
