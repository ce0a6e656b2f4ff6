import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/session";
import { findSegments, getDocumentHeader } from "@/lib/documents/queries";
import { filtersToSearchParams, SEGMENT_PAGE_SIZE, segmentFiltersSchema } from "@/lib/documents/schema";
import { isAppError } from "@/lib/errors";
import { FiltersBar } from "./_components/filters-bar";
import { LiveReviewProgress, StatusLine } from "./_components/document-counts";
import { ScorePanel } from "./_components/score-panel";
import { Workspace } from "./_components/workspace";
import { DeleteDocumentButton } from "./delete/_components/delete-document-button";

type Props = {
  params: Promise<{ documentId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const metadata: Metadata = { title: "Document" };

export default async function DocumentPage({ params, searchParams }: Props) {
  const [{ documentId }, rawSearch, viewer] = await Promise.all([params, searchParams, requireViewer()]);
  const first = Object.fromEntries(Object.entries(rawSearch).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  const parsed = segmentFiltersSchema.safeParse(first);
  const filters = parsed.success ? parsed.data : segmentFiltersSchema.parse({});
  const [header, page] = await Promise.all([
    getDocumentHeader({ viewer, documentId }),
    findSegments({ viewer, documentId, filters, cursor: 0, limit: SEGMENT_PAGE_SIZE }),
  ]).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const query = filtersToSearchParams(filters).toString();
  const statusPart = { segmentCount: header.segmentCount, statusCounts: header.statusCounts, readAt: header.readAt };
  return (
    <main className="workspace-main">
      <div className="document-head">
        <div>
          <h1>{header.title}</h1>
          <StatusLine initial={statusPart} languages={`${header.sourceLanguage.toUpperCase()} → ${header.targetLanguage.toUpperCase()}`} />
        </div>
        <LiveReviewProgress initial={statusPart} />
        <nav aria-label="Document views" className="views">
          <Link href={`/documents/${header.id}/text`}>Corrected text with changes</Link>
          <Link href={`/documents/${header.id}/findings`}>Automatic QA findings</Link>
          <span className="subtle">Press <kbd>?</kbd> for shortcuts</span>
          {can(viewer, "document.delete") ? <DeleteDocumentButton documentId={header.id} title={header.title} /> : null}
        </nav>
      </div>
      {header.provenance ? <p className="provenance">{header.provenance}</p> : null}
      {parsed.success ? null : <p role="alert" className="error">Some filters in the address were not understood and are ignored.</p>}
      <Suspense fallback={<p className="card subtle">Computing the MQM score…</p>}>
        <ScorePanel viewer={viewer} documentId={header.id} />
      </Suspense>
      <FiltersBar key={`filters:${query}`} filters={filters} total={page.total} />
      <Workspace
        key={`list:${query}`}
        documentId={header.id}
        query={query}
        initialPage={{ total: page.total, rows: page.rows }}
        viewer={{
          userId: viewer.userId,
          canReview: can(viewer, "suggestion.review"),
          canCloseIssues: can(viewer, "issue.review"),
          canEditDirectly: can(viewer, "segment.edit"),
          canEditAlignment: can(viewer, "alignment.edit"),
          allowSelfApproval: header.allowSelfApproval,
        }}
      />
    </main>
  );
}
