import type { GlossaryRow } from "@/lib/findings/glossary/queries";
import { DeleteEntryButton } from "./delete-entry-button";
import styles from "./glossary.module.css";
import { GlossaryEntryForm } from "./glossary-entry-form";

/** Entries of one scope; editors get an edit form and a delete button on each row. */
export function GlossaryTable({ caption, rows, canEdit }: { caption: string; rows: GlossaryRow[]; canEdit: boolean }) {
  if (rows.length === 0) return <p className="subtle">No entries.</p>;
  return (
    <table className="list">
      <caption className={styles.visuallyHidden}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">French term</th>
          <th scope="col">Required English</th>
          <th scope="col">Kind</th>
          <th scope="col">Note</th>
          {canEdit ? <th scope="col">Actions</th> : null}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <td lang="fr">{row.sourceTerm}</td>
            <td>{row.targetTerms.join(", ")}</td>
            <td>
              {row.kind === "term" ? "Term" : "Role-reversal rule"}
              {row.pattern ? (
                <details>
                  <summary aria-label={`Pattern of the rule “${row.sourceTerm}”`}>Pattern</summary>
                  <pre className={styles.pattern}>{JSON.stringify(row.pattern, null, 1)}</pre>
                </details>
              ) : null}
            </td>
            <td>{row.note}</td>
            {canEdit ? (
              <td>
                <details>
                  <summary aria-label={`Edit the glossary entry “${row.sourceTerm}”`}>Edit</summary>
                  <GlossaryEntryForm mode="edit" entry={{ id: row.id, kind: row.kind, sourceTerm: row.sourceTerm, targetTerms: row.targetTerms, pattern: row.pattern, note: row.note, updatedAt: row.updatedAt.toISOString() }} />
                </details>
                <DeleteEntryButton entryId={row.id} sourceTerm={row.sourceTerm} />
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
