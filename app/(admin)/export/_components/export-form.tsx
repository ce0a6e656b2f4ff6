"use client";

import { useState } from "react";
import { CORRECTED_TEXT_FORMATS, EXPORT_FORMAT_LABELS, EXPORT_FORMATS, type ExportFormat } from "@/lib/export/schema";

export type ExportChoice = {
  id: string;
  title: string;
  segmentCount: number;
  approvedCount: number;
  blocking: { major: number; critical: number } | null;
};

function exportUrl(documentId: string, format: ExportFormat, includePending: boolean, override: boolean): string {
  const query = new URLSearchParams({ format, includePending: String(includePending), override: String(override) });
  return `/api/v1/documents/${documentId}/export?${query}`;
}

export function ExportForm({ documents }: { documents: ExportChoice[] }) {
  const [documentId, setDocumentId] = useState(documents[0].id);
  const [format, setFormat] = useState<ExportFormat>("txt");
  const [includePending, setIncludePending] = useState(false);
  const [override, setOverride] = useState(false);
  const document = documents.find((candidate) => candidate.id === documentId) ?? documents[0];
  const isGated = CORRECTED_TEXT_FORMATS.has(format) && document.blocking !== null;
  const isBlocked = isGated && !override;
  const usesPending = format === "txt" || format === "md";
  return (
    <form className="form wide" onSubmit={(event) => event.preventDefault()}>
      <label className="document-choice">
        Document
        <select value={documentId} onChange={(event) => { setDocumentId(event.target.value); setOverride(false); }}>
          {documents.map((choice) => (
            <option key={choice.id} value={choice.id}>{choice.title} — {choice.approvedCount}/{choice.segmentCount} approved</option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>Format</legend>
        {EXPORT_FORMATS.map((id) => (
          <label key={id} className="choice">
            <input type="radio" name="format" value={id} checked={format === id} onChange={() => setFormat(id)} />
            {EXPORT_FORMAT_LABELS[id]}
          </label>
        ))}
      </fieldset>
      <label className="choice">
        <input type="checkbox" checked={includePending} disabled={!usesPending} onChange={(event) => setIncludePending(event.target.checked)} />
        Also apply pending suggestions (plain text and Markdown only; default: approved corrections only)
      </label>
      {isGated ? <GateWarning blocking={document.blocking!} override={override} onOverride={setOverride} /> : null}
      <p>
        {isBlocked ? (
          <button type="button" className="button" disabled>Download</button>
        ) : (
          <a className="button" href={exportUrl(document.id, format, usesPending && includePending, isGated && override)} download>Download</a>
        )}
      </p>
    </form>
  );
}

function GateWarning(props: { blocking: { major: number; critical: number }; override: boolean; onOverride: (value: boolean) => void }) {
  const { major, critical } = props.blocking;
  return (
    <div role="alert" className="card">
      <p className="error">
        {critical} critical and {major} major issue{critical + major === 1 ? " is" : "s are"} still open in this document. The corrected English may still carry them.
      </p>
      <label className="choice">
        <input type="checkbox" checked={props.override} onChange={(event) => props.onOverride(event.target.checked)} />
        Export anyway (the override is recorded in the audit log with your name)
      </label>
    </div>
  );
}
