import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/session";
import { getDocument } from "@/lib/documents/queries";
import { isAppError } from "@/lib/errors";

type Props = { params: Promise<{ documentId: string }> };

export const metadata: Metadata = { title: "Document" };

const LOW_CONFIDENCE = 0.5;

export default async function DocumentPage({ params }: Props) {
  const { documentId } = await params;
  const viewer = await requireViewer();
  const document = await getDocument({ viewer, documentId }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  return (
    <main>
      <h1>{document.title}</h1>
      <p className="subtle">
        {document.sourceLanguage.toUpperCase()} → {document.targetLanguage.toUpperCase()} · {document.segments.length} segments
      </p>
      {document.provenance ? <p className="provenance">{document.provenance}</p> : null}
      <div className="segments" role="table" aria-label="Aligned segments">
        <div className="segment-head" role="row">
          <div role="columnheader">#</div>
          <div role="columnheader" lang="fr">French (source)</div>
          <div role="columnheader">English (published)</div>
          <div role="columnheader">Alignment</div>
        </div>
        {document.segments.map((segment) => (
          <div className="segment-row" role="row" key={segment.id} id={`segment-${segment.position + 1}`}>
            <div role="cell" className="meta">{segment.position + 1}</div>
            <SegmentText text={segment.sourceText} lang="fr" missing="No French: added in the adaptation" />
            <SegmentText text={segment.currentText} lang="en" missing="No English: dropped in the adaptation" />
            <div role="cell" className="meta">
              <span className={`badge${segment.confidence < LOW_CONFIDENCE ? " low" : ""}`} title="Alignment kind and confidence">
                {segment.kind} · {Math.round(segment.confidence * 100)}%
              </span>{" "}
              <span className={`badge status-${segment.status}`}>{segment.status}</span>
            </div>
          </div>
        ))}
      </div>
    </main>
  );
}

function SegmentText({ text, lang, missing }: { text: string; lang: string; missing: string }) {
  if (text === "") return <div role="cell" className="text empty">{missing}</div>;
  // Rendered as text: React escapes it, so markup in a segment shows literally.
  return <div role="cell" className="text" lang={lang}>{text}</div>;
}
