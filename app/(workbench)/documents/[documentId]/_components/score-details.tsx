"use client";

import Link from "next/link";
import { useEffect, useRef } from "react";
import { createLiveRefetch, isLaterRead, useLiveValue } from "@/app/_components/live-value";
import type { DocumentScoreReport } from "@/lib/documents/workspace-types";
import { MQM_CATEGORIES, MQM_SEVERITIES } from "@/lib/review/mqm-score";
import { categoryLabel, severityLabel } from "./labels";

// Server-rendered with the page; someone else's change (use-live-document.ts) refetches it from the
// score route while the panel is open, so the chart and the issue list follow without a reload. A
// closed panel fetches nothing (the header's counts route already carries the score line) and
// catches up when it is opened.
const reports = createLiveRefetch<DocumentScoreReport>();
let isPanelOpen = false;
const reportUrl = (documentId: string) => `/api/v1/documents/${documentId}/score`;

/** Refetches the MQM panel if it is open; changes arriving while a fetch runs cause one more, not one each. */
export function refreshScoreReport(documentId: string): Promise<void> {
  return isPanelOpen ? reports.refresh(reportUrl(documentId)) : Promise.resolve();
}

const keep = (report: DocumentScoreReport) => report;

/** The MQM panel's body: the formula, a bar chart by category (text equivalents in a table), and the document's issues. */
export function ScoreDetails({ documentId, initial }: { documentId: string; initial: DocumentScoreReport }) {
  const { score, issues } = useLiveValue(reports, initial, keep, isLaterRead);
  const body = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    const panel = body.current?.closest("details");
    if (!panel) return;
    const onToggle = () => {
      isPanelOpen = panel.open;
      if (isPanelOpen) void reports.refresh(reportUrl(documentId));
    };
    isPanelOpen = panel.open;
    panel.addEventListener("toggle", onToggle);
    return () => {
      panel.removeEventListener("toggle", onToggle);
      isPanelOpen = false;
    };
  }, [documentId]);
  const rows = MQM_CATEGORIES.filter((category) => score.byCategory[category.id].count > 0);
  const maxPenalty = Math.max(1, ...rows.map((category) => score.byCategory[category.id].penalty));
  return (
    <>
      <p className="subtle" ref={body}>
        (1 − {score.penaltyTotal} penalty points ÷ {score.evaluatedWords.toLocaleString("en")} French words) × 100. Minor 1, major 5, critical 25;
        source issues, creative reinterpretations and dismissed issues do not count.
      </p>
      {rows.length > 0 ? (
        <table className="list chart">
          <caption className="visually-hidden">Issues and penalty points by category and severity</caption>
          <thead>
            <tr>
              <th scope="col">Category</th>
              {MQM_SEVERITIES.map((severity) => <th scope="col" key={severity.id}>{severity.label}</th>)}
              <th scope="col">Penalty</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((category) => (
              <tr key={category.id}>
                <th scope="row">{categoryLabel(category.id)}</th>
                {MQM_SEVERITIES.map((severity) => <td key={severity.id}>{score.byCategoryAndSeverity[category.id][severity.id]}</td>)}
                <td>
                  <span className="bar" aria-hidden="true" style={{ width: `${(100 * score.byCategory[category.id].penalty) / maxPenalty}%` }} />
                  {score.byCategory[category.id].penalty}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <h2 className="small-heading">Issues in this document ({issues.length})</h2>
      <ul className="document-issues">
        {issues.map((issue) => (
          <li key={issue.id} className={issue.status === "open" ? "" : "closed"}>
            <Link href={`#segment-${issue.segment.position + 1}`}>Segment {issue.segment.position + 1}</Link>: {categoryLabel(issue.category)},{" "}
            {severityLabel(issue.severity).toLowerCase()} ({issue.status}) — {issue.comment || "no comment"} <span className="subtle">· {issue.author.name}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
