import Link from "next/link";
import type { HistoryEventView } from "@/lib/review/queries";

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

export function AuditTable({ events }: { events: HistoryEventView[] }) {
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
            <td><code>{event.action}</code></td>
            <td>
              {event.entityType} <code className="subtle">{event.entityId.slice(0, 8)}</code>
              {event.documentId ? <> · <Link href={`/documents/${event.documentId}`}>document</Link></> : null}
            </td>
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
