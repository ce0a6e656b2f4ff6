"use client";

import { sentenceCount } from "@/lib/alignment/edit-beads";
import { LOW_CONFIDENCE } from "@/lib/documents/schema";
import { AlignmentMenu } from "../alignment/_components/alignment-menu";
import { reopenSegmentAction } from "../actions";
import { GlossaryMatches } from "./glossary-matches";
import { STATUS_LABELS } from "./labels";
import { MarkReviewedButton } from "./mark-reviewed-button";
import { MemoryMatches } from "./memory-matches";
import { PropagateFix } from "./propagate-fix";
import { SegmentComments } from "./segment-comments";
import { SegmentHistory } from "./segment-history";
import { SegmentFindings } from "./segment-findings";
import { SegmentIssues } from "./segment-issues";
import { SegmentSuggestions } from "./segment-suggestions";
import type { PendingSpans } from "./segment-row";
import { SuggestForm } from "./suggest-form";
import type { DetailIssue, RunAction, SegmentDetail, ViewerAbilities } from "./types";
import type { WordLink } from "./use-word-counterpart";
import { WordLinkLine } from "./word-link-line";

type Props = {
  detail: SegmentDetail | null;
  isLoading: boolean;
  spans: PendingSpans | null;
  /** The hovered or focused word of the open segment and its counterparts. */
  wordLink: WordLink | null;
  viewer: ViewerAbilities;
  litIssueId: string | null;
  run: RunAction;
  /** Reloads the open segment's details. */
  onReload: () => void;
  onFlag: () => void;
  /** Set when a flag of this segment was refused because the segment moved: the issue waits for a new selection. */
  hasKeptIssue: boolean;
  onDiscardKept: () => void;
  onEditIssue: (issue: DetailIssue) => void;
  onLightIssue: (issueId: string | null) => void;
  /** After an alignment fix: segments were renumbered, so the list reloads. */
  onAlignmentChanged: () => void;
  /** Changes when someone else comments on a segment: the open one's discussion reloads. */
  commentsVersion: number;
};

export function SegmentPanel({ detail, isLoading, spans, wordLink, viewer, litIssueId, run, onReload, onFlag, hasKeptIssue, onDiscardKept, onEditIssue, onLightIssue, onAlignmentChanged, commentsVersion }: Props) {
  if (!detail) {
    return (
      <aside className="panel" aria-label="Segment details" aria-busy={isLoading}>
        <p className="subtle">{isLoading ? "Loading the segment…" : "Choose a segment (click it, or press j and k)."}</p>
      </aside>
    );
  }
  const selection = spans?.segmentId === detail.id ? spans : null;
  return (
    <aside className="panel" aria-label={`Segment ${detail.position + 1} details`} aria-busy={isLoading}>
      <h2>Segment {detail.position + 1}</h2>
      <p className="subtle">
        {STATUS_LABELS[detail.status]} · version {detail.version} · alignment {detail.kind}, {Math.round(detail.confidence * 100)}%
        {detail.confidence < LOW_CONFIDENCE ? " (low: check the pairing)" : ""}
      </p>
      <div className="flag-bar">
        <p aria-live="polite">
          {selection?.target ? <>Selected English: <q className="quoted">{selection.target.text}</q></> : <span className="subtle">Select words in the English to flag a span (drag, or Shift+arrows on a focused word).</span>}
          {selection?.source ? <> · French: <q className="quoted" lang="fr">{selection.source.text}</q></> : null}
        </p>
        <button type="button" className="button" onClick={onFlag} aria-keyshortcuts="f">
          {selection?.target || selection?.source ? "Flag selection" : "Flag segment"}
        </button>
        <MarkReviewedButton detail={detail} run={run} />
        {detail.status === "approved" && viewer.canReview ? (
          <button type="button" className="button secondary" onClick={() => run(reopenSegmentAction, { segmentId: detail.id })}>Reopen</button>
        ) : null}
      </div>
      {hasKeptIssue ? (
        <p className="kept-issue">
          Your issue is kept: select the words again in the new English, then press Flag selection.{" "}
          <button type="button" className="link-button" onClick={onDiscardKept}>Discard the kept issue</button>
        </p>
      ) : null}
      <WordLinkLine link={wordLink} />
      {/* Sibling keys start with the part's name: two parts keyed alike ("<id>-1") make React mount copies of one. */}
      {viewer.canEditAlignment ? (
        <AlignmentMenu
          key={`alignment-${detail.id}-${detail.version}`}
          segmentId={detail.id}
          version={detail.version}
          position={detail.position}
          sourceSentenceCount={sentenceCount({ text: detail.sourceText, breaks: detail.sourceBreaks })}
          targetSentenceCount={sentenceCount({ text: detail.publishedText, breaks: detail.targetBreaks })}
          isFirst={detail.position === 0}
          isLast={detail.isLast}
          onChanged={onAlignmentChanged}
        />
      ) : null}
      <SegmentIssues detail={detail} viewer={viewer} litIssueId={litIssueId} run={run} onLightIssue={onLightIssue} onEdit={onEditIssue} />
      <SegmentFindings key={`findings-${detail.id}`} detail={detail} viewer={viewer} run={run} />
      <GlossaryMatches key={`glossary-${detail.id}-${detail.version}`} segmentId={detail.id} />
      <MemoryMatches key={`memory-${detail.id}`} segmentId={detail.id} />
      <SegmentSuggestions detail={detail} viewer={viewer} run={run} />
      {detail.status === "approved" && viewer.canReview ? <PropagateFix key={`propagate-${detail.id}-${detail.version}`} segmentId={detail.id} /> : null}
      <SuggestForm key={`suggest-${detail.id}-${detail.version}-${detail.suggestions.length}`} detail={detail} canEditDirectly={viewer.canEditDirectly} run={run} onReload={onReload} />
      <SegmentComments segmentId={detail.id} liveVersion={commentsVersion} />
      <SegmentHistory key={`history-${detail.id}-${detail.versions.length}`} detail={detail} />
    </aside>
  );
}
