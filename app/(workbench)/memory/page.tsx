import type { Metadata } from "next";
import Link from "next/link";
import { InlineDiff } from "@/app/_components/ui/word-diff";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/session";
import { describeError } from "@/lib/describe-error";
import { searchConcordance } from "@/lib/memory/queries";
import type { MemoryHit } from "@/lib/memory/types";

type Props = { searchParams: Promise<{ q?: string | string[] }> };

export const metadata: Metadata = { title: "Translation memory" };

async function search(viewer: Awaited<ReturnType<typeof requireViewer>>, q: string): Promise<{ hits: MemoryHit[]; error: string | null }> {
  try {
    return { hits: await searchConcordance({ viewer, input: { q } }), error: null };
  } catch (error) {
    return { hits: [], error: describeError(error).message };
  }
}

/** Concordance: every document's segments, French or English, approved corrections first. */
export default async function MemoryPage({ searchParams }: Props) {
  const [query, viewer] = await Promise.all([searchParams, requireViewer()]);
  const q = typeof query.q === "string" ? query.q : "";
  const { hits, error } = q ? await search(viewer, q) : { hits: [], error: null };
  return (
    <main>
      <h1>Translation memory</h1>
      <p className="subtle">
        Search every document in French or English: whole words (stemmed) or close spellings. Approved corrections come first.
        {can(viewer, "export.run") ? <> <a href="/api/v1/memory/export">Download the memory as TMX</a> (approved pairs of every document).</> : null}
      </p>
      <form method="get" role="search" aria-label="Concordance">
        <label>Search the memory <input type="search" name="q" defaultValue={q} maxLength={500} /></label>
        <button type="submit" className="button">Search</button>
      </form>
      {error ? <p role="alert" className="error">{error}</p> : null}
      {q && !error ? <p aria-live="polite">{hits.length === 0 ? "No segment matches." : `${hits.length} segment${hits.length === 1 ? "" : "s"}${hits.length >= 50 ? " (the best 50)" : ""}.`}</p> : null}
      {hits.length > 0 ? (
        <table className="list">
          <caption className="visually-hidden">Concordance results</caption>
          <thead><tr><th scope="col">Match</th><th scope="col">French</th><th scope="col">English</th><th scope="col">Document</th><th scope="col">Approved</th></tr></thead>
          <tbody>
            {hits.map((hit) => (
              <tr key={hit.segmentId}>
                <td>{hit.score}%</td>
                <td lang="fr">{hit.sourceText}</td>
                <td>{hit.currentText === hit.publishedText ? hit.currentText : <InlineDiff before={hit.publishedText} after={hit.currentText} label="Correction" />}</td>
                <td><Link href={`/documents/${hit.documentId}`}>{hit.documentTitle}</Link>, segment {hit.position + 1}</td>
                <td>{hit.approval ? <>{hit.approval.approverName}, <time dateTime={hit.approval.approvedAt.toISOString()}>{hit.approval.approvedAt.toLocaleDateString("en-GB")}</time></> : <span className="subtle">{hit.status}</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </main>
  );
}
