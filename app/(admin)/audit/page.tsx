import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/session";
import { findDocuments } from "@/lib/documents/queries";
import { findAuditActions, findAuditLog } from "@/lib/audit/queries";
import { auditLogQuerySchema } from "@/lib/audit/schema";
import { findUsers } from "@/lib/users/queries";
import { AuditFilters } from "./_components/audit-filters";
import { AuditTable } from "./_components/audit-table";

export const metadata: Metadata = { title: "Audit log" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditPage({ searchParams }: Props) {
  const viewer = await requireViewer();
  if (!can(viewer, "audit.read")) {
    forbidden();
  }
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  const parsed = auditLogQuerySchema.safeParse(raw);
  const { cursor, ...filters } = parsed.success ? parsed.data : { cursor: undefined };
  const [log, users, actions, documents] = await Promise.all([
    findAuditLog({ viewer, filters, cursor }),
    findUsers({ viewer }),
    findAuditActions({ viewer }),
    findDocuments({ viewer }),
  ]);
  const next = new URLSearchParams({ ...(raw as Record<string, string>), ...(log.nextCursor ? { cursor: log.nextCursor } : {}) });
  return (
    <main>
      <h1>Audit log</h1>
      <p className="subtle">Every change, newest first: who, when, what, before and after. Rows are append-only.</p>
      <AuditFilters key={new URLSearchParams(raw as Record<string, string>).toString()} values={raw as Record<string, string | undefined>} users={users} actions={actions} documents={documents} />
      {parsed.success ? null : <p role="alert" className="error">{parsed.error.issues.map((issue) => issue.message).join("; ")}</p>}
      {log.events.length === 0 ? <p className="card">No events match these filters.</p> : <AuditTable events={log.events} />}
      {log.nextCursor ? <p><Link href={`/audit?${next}`}>Older events</Link></p> : null}
    </main>
  );
}
