import type { Metadata } from "next";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/session";
import { findDocuments } from "@/lib/documents/queries";
import { findGlossary } from "@/lib/findings/glossary/queries";
import { GlossaryEntryForm } from "./_components/glossary-entry-form";
import styles from "./_components/glossary.module.css";
import { GlossaryTable } from "./_components/glossary-table";

type Props = { searchParams: Promise<{ document?: string | string[] }> };

export const metadata: Metadata = { title: "Glossary" };

export default async function GlossaryPage({ searchParams }: Props) {
  const [query, viewer] = await Promise.all([searchParams, requireViewer()]);
  const documentId = typeof query.document === "string" ? query.document : undefined;
  const [rows, documents] = await Promise.all([findGlossary({ viewer, documentId }), findDocuments({ viewer })]);
  const canEdit = can(viewer, "glossary.edit");
  const titled = documents.filter((document) => rows.some((row) => row.documentId === document.id));
  return (
    <main>
      <h1>Glossary</h1>
      <p className="subtle">Required English renderings of French terms, and role-reversal rules, checked automatically. {canEdit ? "" : "Editors and admins can change them."}</p>
      {canEdit ? <section className={styles.section} aria-label="Add an entry"><GlossaryEntryForm mode="create" documents={documents.map(({ id, title }) => ({ id, title }))} defaultDocumentId={documentId ?? ""} /></section> : null}
      <section className={styles.section} aria-labelledby="global-entries">
        <h2 id="global-entries">Every document (global)</h2>
        <GlossaryTable caption="Global glossary entries" rows={rows.filter((row) => row.documentId === null)} canEdit={canEdit} />
      </section>
      {titled.map((document) => (
        <section key={document.id} className={styles.section} aria-labelledby={`entries-${document.id}`}>
          <h2 id={`entries-${document.id}`}>Only in “{document.title}”</h2>
          <GlossaryTable caption={`Glossary entries of ${document.title}`} rows={rows.filter((row) => row.documentId === document.id)} canEdit={canEdit} />
        </section>
      ))}
    </main>
  );
}
