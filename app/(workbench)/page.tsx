import Link from "next/link";
import { requireViewer } from "@/lib/auth/session";
import { findDocuments, type DocumentSummary } from "@/lib/documents/queries";

export default async function HomePage() {
  const viewer = await requireViewer();
  const documents = await findDocuments({ viewer });
  return (
    <main>
      <h1>Documents</h1>
      <p className="subtle">French originals aligned with their published English adaptations.</p>
      {documents.length === 0 ? (
        <p className="card">No documents yet.</p>
      ) : (
        <table className="list">
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Languages</th>
              <th scope="col">Segments</th>
              <th scope="col">Progress</th>
              <th scope="col">Imported</th>
            </tr>
          </thead>
          <tbody>
            {documents.map((document) => (
              <tr key={document.id}>
                <td>
                  <Link href={`/documents/${document.id}`}>{document.title}</Link>
                </td>
                <td>{document.sourceLanguage.toUpperCase()} → {document.targetLanguage.toUpperCase()}</td>
                <td>{document.segmentCount}</td>
                <td><Progress document={document} /></td>
                <td>{document.createdAt.toISOString().slice(0, 10)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}

function Progress({ document }: { document: DocumentSummary }) {
  const { approved, corrected, flagged } = document.statusCounts;
  const total = Math.max(document.segmentCount, 1);
  const percent = (n: number) => `${(100 * n) / total}%`;
  const label = `${approved} of ${document.segmentCount} segments approved, ${corrected} with a suggestion pending, ${flagged} flagged`;
  return (
    <div>
      <div className="progress" role="img" aria-label={label}>
        <span className="approved" style={{ width: percent(approved) }} />
        <span className="corrected" style={{ width: percent(corrected) }} />
        <span className="flagged" style={{ width: percent(flagged) }} />
      </div>
      <span className="subtle">{Math.round((100 * approved) / total)}% approved</span>
    </div>
  );
}
