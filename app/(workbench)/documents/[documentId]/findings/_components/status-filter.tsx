import Link from "next/link";
import type { FindingFilters } from "@/lib/findings/schema";
import styles from "./findings.module.css";

const STATUSES = [
  { value: "open", label: "Open" },
  { value: "confirmed", label: "Confirmed" },
  { value: "dismissed", label: "Dismissed" },
  { value: "", label: "All" },
] as const;

/** Status links that keep the check and segment filters; the current one is marked for assistive tech. */
export function StatusFilter({ documentId, filters }: { documentId: string; filters: FindingFilters }) {
  const href = (status: string) => {
    const query = new URLSearchParams({ status });
    if (filters.checkId) query.set("check", filters.checkId);
    if (filters.segmentId) query.set("segment", filters.segmentId);
    return `/documents/${documentId}/findings?${query}`;
  };
  return (
    <nav aria-label="Finding status" className={styles.filters}>
      {STATUSES.map(({ value, label }) => (
        <Link key={label} href={href(value)} aria-current={(filters.status ?? "") === value ? "page" : undefined}>{label}</Link>
      ))}
      {filters.checkId || filters.segmentId ? <Link href={`/documents/${documentId}/findings`}>Clear check and segment filters</Link> : null}
    </nav>
  );
}
