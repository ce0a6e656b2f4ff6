"use client";

import { useState } from "react";
import { ActionAlert } from "@/app/_components/ui/action-alert";
import type { ActionError } from "@/lib/errors";
import { closeIssueAction } from "../actions";
import { categoryLabel, severityLabel } from "./labels";
import type { DetailIssue, RunAction, SegmentDetail, ViewerAbilities } from "./types";

type Props = {
  detail: SegmentDetail;
  viewer: ViewerAbilities;
  litIssueId: string | null;
  run: RunAction;
  onLightIssue: (issueId: string | null) => void;
  onEdit: (issue: DetailIssue) => void;
};

export function SegmentIssues({ detail, viewer, litIssueId, run, onLightIssue, onEdit }: Props) {
  const open = detail.issues.filter((issue) => issue.status === "open").length;
  return (
    <section aria-labelledby="segment-issues-title">
      <h3 id="segment-issues-title">Issues ({open} open)</h3>
      {detail.issues.length === 0 ? <p className="subtle">No issues flagged. Select words in the English and press f.</p> : null}
      <ul className="issue-list">
        {detail.issues.map((issue, index) => (
          <li
            key={issue.id}
            className={`issue-item sev-${issue.severity}${issue.id === litIssueId ? " lit" : ""}${issue.status !== "open" ? " closed" : ""}`}
            onMouseEnter={() => onLightIssue(issue.id)}
            onMouseLeave={() => onLightIssue(null)}
            onFocus={() => onLightIssue(issue.id)}
            onBlur={() => onLightIssue(null)}
          >
            <IssueSummary issue={issue} detail={detail} />
            {issue.status === "open" ? (
              <div className="actions">
                {issue.author.id === viewer.userId ? (
                  <button type="button" className="button secondary small" aria-label={`Edit issue ${index + 1}, ${categoryLabel(issue.category)}`} onClick={() => onEdit(issue)}>Edit issue</button>
                ) : null}
                {viewer.canCloseIssues ? <CloseIssueForm issueId={issue.id} name={`issue ${index + 1}, ${categoryLabel(issue.category)}`} run={run} /> : null}
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function IssueSummary({ issue, detail }: { issue: DetailIssue; detail: SegmentDetail }) {
  const target = issue.targetStart !== null && issue.targetEnd !== null && issue.segmentVersion === detail.version
    ? detail.currentText.slice(issue.targetStart, issue.targetEnd)
    : null;
  const source = issue.sourceStart !== null && issue.sourceEnd !== null ? detail.sourceText.slice(issue.sourceStart, issue.sourceEnd) : null;
  return (
    <div>
      <p className="issue-title">
        <strong>{categoryLabel(issue.category)}</strong> · <span className={`badge sev-${issue.severity}`}>{severityLabel(issue.severity)}</span>
        {issue.status !== "open" ? <span className="badge"> {issue.status}</span> : null}
      </p>
      {target !== null ? <p>English: <q className="quoted">{target}</q></p> : null}
      {source !== null ? <p>French: <q className="quoted" lang="fr">{source}</q></p> : null}
      {issue.segmentVersion !== detail.version ? <p className="subtle">Flagged on version {issue.segmentVersion}.</p> : null}
      {issue.comment ? <p className="comment">{issue.comment}</p> : null}
      <p className="subtle">
        {issue.author.name}, {new Date(issue.createdAt).toLocaleString("en-GB")}
        {issue.resolution ? ` · ${issue.status} by ${issue.resolvedBy?.name ?? "an editor"}: ${issue.resolution}` : ""}
      </p>
    </div>
  );
}

/** `name` ("issue 2, Accuracy: Mistranslation") tells each issue's controls apart for assistive technology. */
function CloseIssueForm({ issueId, name, run }: { issueId: string; name: string; run: RunAction }) {
  const [reason, setReason] = useState("");
  const [error, setError] = useState<ActionError | null>(null);
  const close = async (status: "resolved" | "dismissed") => setError(await run(closeIssueAction, { issueId, status, reason }));
  return (
    <div className="close-issue">
      <label>
        Reason
        <input aria-label={`Reason to close ${name}`} value={reason} onChange={(event) => setReason(event.target.value)} placeholder="Why close it" />
      </label>
      <button type="button" className="button secondary small" aria-label={`Resolve ${name}`} disabled={reason.trim() === ""} onClick={() => close("resolved")}>Resolve</button>
      <button type="button" className="button secondary small" aria-label={`Dismiss ${name}`} disabled={reason.trim() === ""} onClick={() => close("dismissed")}>Dismiss</button>
      <ActionAlert error={error} />
    </div>
  );
}
