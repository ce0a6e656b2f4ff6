"use client";

import { useEffect, useState } from "react";
import { ActionAlert } from "@/app/_components/ui/action-alert";
import type { ActionError } from "@/lib/errors";
import { evidenceWords } from "@/lib/findings/evidence-words";
import type { SegmentFinding } from "@/lib/findings/queries";
import { confirmFindingAction, dismissFindingAction } from "../findings/actions";
import { categoryLabel, severityLabel } from "./labels";
import { drawHighlight, type SideSpan } from "./text-highlights";
import type { RunAction, SegmentDetail, ViewerAbilities } from "./types";

type Props = { detail: SegmentDetail; viewer: ViewerAbilities; run: RunAction };

function findingSpans(segmentId: string, finding: SegmentFinding, withEvidence: boolean): SideSpan[] {
  const spans = [
    ...(finding.sourceSpan ? [{ segmentId, side: "source" as const, ...finding.sourceSpan }] : []),
    ...(finding.targetSpan ? [{ segmentId, side: "target" as const, ...finding.targetSpan }] : []),
  ];
  if (!withEvidence || !finding.evidence) return spans;
  return spans.concat(finding.evidence.links.flatMap((link) => [
    ...(link.source ? [{ segmentId, side: "source" as const, ...link.source }] : []),
    ...(link.target ? [{ segmentId, side: "target" as const, ...link.target }] : []),
  ]));
}

/**
 * The open segment's automatic findings: what each check says, the words it points at (drawn in the
 * segment's French and English as CSS highlights), the aligned words behind it, confirm and dismiss.
 */
export function SegmentFindings({ detail, viewer, run }: Props) {
  const [lit, setLit] = useState<string | null>(null);
  // Redrawn after every render: the virtualized list may have replaced the row's text nodes.
  useEffect(() => {
    drawHighlight("recto-finding", detail.findings.flatMap((finding) => findingSpans(detail.id, finding, false)));
    const litFinding = detail.findings.find((finding) => finding.id === lit);
    drawHighlight("recto-finding-lit", litFinding ? findingSpans(detail.id, litFinding, true) : []);
  });
  useEffect(() => () => {
    drawHighlight("recto-finding", []);
    drawHighlight("recto-finding-lit", []);
  }, []);
  if (detail.findings.length === 0) return null;
  return (
    <section aria-labelledby="segment-findings-title">
      <h3 id="segment-findings-title">Automatic findings ({detail.findings.length} open)</h3>
      <ul className="issue-list">
        {detail.findings.map((finding, index) => (
          <li
            key={finding.id}
            aria-label={`${finding.checkTitle}, ${severityLabel(finding.severity).toLowerCase()}`}
            className={`issue-item finding-item sev-${finding.severity}${finding.id === lit ? " lit" : ""}`}
            onMouseEnter={() => setLit(finding.id)}
            onMouseLeave={() => setLit(null)}
            onFocus={() => setLit(finding.id)}
            onBlur={() => setLit(null)}
          >
            <FindingSummary finding={finding} detail={detail} />
            <FindingButtons findingId={finding.id} name={`finding ${index + 1}, ${finding.checkTitle}`} canDismiss={viewer.canCloseIssues} canConfirm={!finding.isStale} run={run} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function FindingSummary({ finding, detail }: { finding: SegmentFinding; detail: SegmentDetail }) {
  const source = finding.sourceSpan ? detail.sourceText.slice(finding.sourceSpan.start, finding.sourceSpan.end) : null;
  const target = finding.targetSpan ? detail.currentText.slice(finding.targetSpan.start, finding.targetSpan.end) : null;
  const pairs = finding.evidence ? evidenceWords(finding.evidence, detail.sourceText, detail.currentText) : [];
  return (
    <div>
      <p className="issue-title">
        <span className="badge automatic">Automatic</span> <strong>{finding.checkTitle}</strong> ·{" "}
        <span className={`badge sev-${finding.severity}`}>{severityLabel(finding.severity)}</span> · <span className="subtle">{categoryLabel(finding.category)}</span>
      </p>
      <p>{finding.message}</p>
      {target !== null ? <p>English: <q className="quoted">{target}</q></p> : null}
      {source !== null ? <p>French: <q className="quoted" lang="fr">{source}</q></p> : null}
      {finding.isStale ? <p className="subtle">The segment changed since this was found; the checks will run again.</p> : null}
      {pairs.length > 0 ? (
        <div className="evidence">
          <p className="subtle">Aligned words behind it:</p>
          <ul aria-label={`Evidence: aligned words for ${finding.checkTitle}`}>
            {pairs.map((pair, index) => (
              <li key={index}>
                {pair.source !== null ? <q className="quoted" lang="fr">{pair.source}</q> : <span className="subtle">no French</span>}
                {" ↔ "}
                {pair.target !== null ? <q className="quoted">{pair.target}</q> : <span className="subtle">no English</span>}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

/** `name` ("finding 2, Who did what to whom is reversed") tells each finding's controls apart for assistive technology. */
function FindingButtons({ findingId, name, canConfirm, canDismiss, run }: { findingId: string; name: string; canConfirm: boolean; canDismiss: boolean; run: RunAction }) {
  const [reason, setReason] = useState("");
  const [error, setError] = useState<ActionError | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const act = async (perform: () => Promise<ActionError | null>) => {
    setIsSaving(true);
    setError(await perform());
    setIsSaving(false);
  };
  return (
    <div className="actions close-issue">
      {canConfirm ? (
        <button type="button" className="button secondary small" aria-label={`Confirm as issue: ${name}`} disabled={isSaving} onClick={() => act(() => run(confirmFindingAction, { findingId }))}>
          Confirm as issue
        </button>
      ) : null}
      {canDismiss ? (
        <>
          <label>
            Reason
            <input aria-label={`Reason to dismiss ${name}`} value={reason} maxLength={500} onChange={(event) => setReason(event.target.value)} placeholder="Why dismiss it (optional)" />
          </label>
          <button type="button" className="button secondary small" aria-label={`Dismiss ${name}`} disabled={isSaving} onClick={() => act(() => run(dismissFindingAction, { findingId, reason }))}>
            Dismiss finding
          </button>
        </>
      ) : null}
      <ActionAlert error={error} />
    </div>
  );
}
