"use client";

import { useState } from "react";
import { InlineDiff } from "@/app/_components/ui/word-diff";
import { describeAuditAction } from "@/lib/audit/labels";
import type { SegmentDetail } from "./types";

const ACTION_LABELS: Record<string, string> = {
  "issue.flag": "flagged an issue",
  "issue.update": "edited an issue",
  "issue.resolve": "resolved an issue",
  "issue.dismiss": "dismissed an issue",
  "suggestion.create": "proposed a suggestion",
  "suggestion.update": "edited a suggestion",
  "suggestion.withdraw": "withdrew a suggestion",
  "suggestion.approve": "approved a suggestion",
  "suggestion.reject": "rejected a suggestion",
  "segment.edit": "edited the text",
  "segment.reopen": "reopened the segment",
};

/** Every English version of the segment, a diff between any two, and who did what when. */
export function SegmentHistory({ detail }: { detail: SegmentDetail }) {
  const versions = detail.versions;
  const [from, setFrom] = useState(0);
  const [to, setTo] = useState(versions.length - 1);
  const options = versions.map((version, index) => <option key={index} value={index}>{index + 1}. {version.label}</option>);
  return (
    <details className="history">
      <summary>History ({detail.history.length} events, {versions.length} versions)</summary>
      {versions.length > 1 ? (
        <>
          <div className="pickers">
            <label>From version<select value={from} onChange={(event) => setFrom(Number(event.target.value))}>{options}</select></label>
            <label>To version<select value={Math.min(to, versions.length - 1)} onChange={(event) => setTo(Number(event.target.value))}>{options}</select></label>
          </div>
          <InlineDiff before={versions[from].text} after={versions[Math.min(to, versions.length - 1)].text} label="Changes between the chosen versions" />
        </>
      ) : (
        <p className="subtle">The English is as published.</p>
      )}
      <ol className="events">
        {detail.history.map((event) => (
          <li key={event.id}>
            <time dateTime={new Date(event.at).toISOString()}>{new Date(event.at).toLocaleString("en-GB")}</time>{" "}
            {event.actor?.name ?? "Someone"} {ACTION_LABELS[event.action] ?? describeAuditAction(event.action)}
          </li>
        ))}
      </ol>
    </details>
  );
}
