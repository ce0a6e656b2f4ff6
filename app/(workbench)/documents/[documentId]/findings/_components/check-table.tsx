import Link from "next/link";
import type { CheckSummary } from "@/lib/findings/queries";
import { CheckControls } from "./check-controls";
import styles from "./findings.module.css";

type CheckTableProps = { documentId: string; checks: CheckSummary[]; canEdit: boolean; selectedCheckId?: string };

/** Every check with its counts, folded away by default; editors turn checks on and off for this document here. */
export function CheckTable({ documentId, checks, canEdit, selectedCheckId }: CheckTableProps) {
  const offCount = checks.filter((check) => !check.isEnabled).length;
  return (
    <details className={styles.checks}>
      <summary>Checks: {checks.length - offCount} on, {offCount} off for this document{canEdit ? " (turn them on or off here)" : ""}</summary>
      <table className="list">
        <caption className={styles.visuallyHidden}>QA checks for this document</caption>
        <thead>
          <tr>
            <th scope="col">Check</th>
            <th scope="col">Open</th>
            <th scope="col">Confirmed</th>
            <th scope="col">Dismissed</th>
            <th scope="col">{canEdit ? "On for this document" : "Status"}</th>
          </tr>
        </thead>
        <tbody>
          {checks.map((check) => (
            <tr key={check.id}>
              <td>
                <Link href={`/documents/${documentId}/findings?check=${check.id}`} aria-current={check.id === selectedCheckId ? "true" : undefined}>{check.title}</Link>
                <div className="subtle">{check.id} · {check.category.replaceAll("_", " ")} · {check.severity}</div>
              </td>
              <td>{check.counts.open}</td>
              <td>{check.counts.confirmed}</td>
              <td>{check.counts.dismissed}</td>
              <td>
                {canEdit ? (
                  <CheckControls documentId={documentId} checkId={check.id} title={check.title} isEnabled={check.isEnabled} openCount={check.counts.open} />
                ) : check.isEnabled ? "On" : "Off"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
