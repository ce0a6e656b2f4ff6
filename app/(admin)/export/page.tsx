import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/session";
import { findDocuments } from "@/lib/documents/queries";
import { findBlockingIssueCounts } from "@/lib/export/queries";
import { ExportForm } from "./_components/export-form";

export const metadata: Metadata = { title: "Export" };

export default async function ExportPage() {
  const viewer = await requireViewer();
  if (!can(viewer, "export.run")) {
    forbidden();
  }
  const [documents, blocking] = await Promise.all([findDocuments({ viewer }), findBlockingIssueCounts({ viewer })]);
  const choices = documents.map((document) => ({
    id: document.id,
    title: document.title,
    segmentCount: document.segmentCount,
    approvedCount: document.statusCounts.approved,
    blocking: blocking.get(document.id) ?? null,
  }));
  return (
    <main>
      <p><Link href="/">← Documents</Link></p>
      <h1>Export</h1>
      <p className="subtle">Corrected English, bilingual files for other tools, review reports and the archive package. Every export is recorded in the audit log.</p>
      {choices.length === 0 ? <p className="card">No documents to export yet.</p> : <ExportForm documents={choices} />}
      <h2>Import</h2>
      <p>
        <Link href="/import-bilingual">Import a bilingual file</Link> (XLIFF 1.2/2.0, TMX, CSV or TSV from another tool).
      </p>
    </main>
  );
}
