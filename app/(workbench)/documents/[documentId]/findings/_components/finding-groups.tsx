import Link from "next/link";
import type { CheckSummary, FindingPage } from "@/lib/findings/queries";
import { FINDING_PAGE_SIZE } from "@/lib/findings/schema";
import { FindingCard } from "./finding-card";
import styles from "./findings.module.css";

const SEVERITY_RANK = { neutral: 0, minor: 1, major: 2, critical: 3 } as const;

type FindingGroupsProps = {
  documentId: string;
  page: FindingPage;
  checks: CheckSummary[];
  canConfirm: boolean;
  canDismiss: boolean;
  /** The current URL's search params without the cursor, for the pager. */
  baseQuery: URLSearchParams;
};

/** One page of findings, grouped by check in the checks' order, with previous/next links. */
export function FindingGroups({ documentId, page, checks, canConfirm, canDismiss, baseQuery }: FindingGroupsProps) {
  if (page.rows.length === 0) return <p className="card">No findings match.</p>;
  // Most severe checks first (role reversal before punctuation); ties keep the checks' order.
  const groups = checks
    .map((check) => ({ check, rows: page.rows.filter((row) => row.checkId === check.id) }))
    .filter((group) => group.rows.length > 0)
    .sort((a, b) => SEVERITY_RANK[b.check.severity] - SEVERITY_RANK[a.check.severity]);
  const link = (cursor: number) => `/documents/${documentId}/findings?${new URLSearchParams([...baseQuery, ["cursor", String(cursor)]])}`;
  const last = page.cursor + page.rows.length;
  return (
    <>
      {groups.map(({ check, rows }) => (
        <section key={check.id} className={styles.group} aria-labelledby={`check-${check.id}`}>
          <h2 id={`check-${check.id}`}>{check.title}</h2>
          {rows.map((row) => (
            <FindingCard key={row.id} finding={row} documentId={documentId} checkTitle={check.title} canConfirm={canConfirm} canDismiss={canDismiss} />
          ))}
        </section>
      ))}
      <nav aria-label="Findings pages" className={styles.filters}>
        <span className="subtle">Findings {page.cursor + 1}–{last} of {page.total}</span>
        {page.cursor > 0 ? <Link href={link(Math.max(0, page.cursor - FINDING_PAGE_SIZE))}>Previous page</Link> : null}
        {last < page.total ? <Link href={link(last)}>Next page</Link> : null}
      </nav>
    </>
  );
}
