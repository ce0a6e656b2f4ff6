import Link from "next/link";
import { describeAuditAction } from "@/lib/audit/labels";
import type { AuditEventView } from "@/lib/audit/queries";

function compact(value: unknown): string {
  return value === null || value === undefined ? "—" : JSON.stringify(value, null, 1);
}

/** "status: pending → approved; version: 1 → 2": the scalar fields that changed, first three. */
function summarize(before: unknown, after: unknown): string {
  const asRecord = (value: unknown) => (value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {});
  const old = asRecord(before);
  const changes = Object.entries(asRecord(after))
    .filter(([key, value]) => (value === null || typeof value !== "object") && value !== old[key])
    .map(([key, value]) => `${key}: ${key in old ? `${String(old[key])} → ` : ""}${String(value)}`);
  const text = changes.slice(0, 3).join("; ");
  return text.length > 160 ? `${text.slice(0, 159)}…` : text;
}

export function AuditTable({ events }: { events: AuditEventView[] }) {
  return (
    <table className="list audit-table">
      <thead>
        <tr>
          <th scope="col">When (UTC)</th>
          <th scope="col">Who</th>
          <th scope="col">Action</th>
          <th scope="col">What</th>
          <th scope="col">Before → after</th>
        </tr>
      </thead>
      <tbody>
        {events.map((event) => (
          <tr key={event.id}>
            <td>{event.at.toISOString().slice(0, 19).replace("T", " ")}</td>
            <td>{event.actor?.name ?? "system"}</td>
            <td>{describeAuditAction(event.action)}</td>
            <td><Place event={event} /></td>
            <td>
              <span className="audit-summary">{summarize(event.before, event.after)}</span>
              <details>
                <summary>Before and after</summary>
                <div className="before-after">
                  <pre aria-label="Before">{compact(event.before)}</pre>
                  <pre aria-label="After">{compact(event.after)}</pre>
                </div>
              </details>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Where it happened, as links: "Segment 4 of My article", or the document, or the kind of thing changed. */
function Place({ event }: { event: AuditEventView }) {
  if (event.documentId && event.documentTitle !== null) {
    const href = `/documents/${event.documentId}`;
    if (event.segmentNumber !== null) {
      return <><Link href={`${href}#segment-${event.segmentNumber}`}>Segment {event.segmentNumber}</Link> of <Link href={href}>{event.documentTitle}</Link></>;
    }
    return <Link href={href}>{event.documentTitle}</Link>;
  }
  if (event.documentId) return <span className="subtle">a deleted document</span>;
  return <span>{event.entityType === "user" ? "a user account" : event.entityType.replaceAll("_", " ")}</span>;
}
