import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { findFindings, getQaOverview } from "@/lib/findings/queries";
import { findingFiltersSchema } from "@/lib/findings/schema";
import { CheckTable } from "./_components/check-table";
import { FindingGroups } from "./_components/finding-groups";
import { StatusFilter } from "./_components/status-filter";

type Props = { params: Promise<{ documentId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: "Automatic findings" };

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function FindingsPage({ params, searchParams }: Props) {
  const [{ documentId }, query, viewer] = await Promise.all([params, searchParams, requireViewer()]);
  const parsed = findingFiltersSchema.safeParse({ checkId: one(query.check), status: one(query.status) ?? "open", segmentId: one(query.segment) });
  const filters = parsed.success ? parsed.data : { status: "open" as const };
  const [overview, page] = await Promise.all([
    getQaOverview({ viewer, documentId }),
    findFindings({ viewer, documentId, filters, cursor: Number(one(query.cursor)) || 0 }),
  ]).catch((error: unknown) => (isAppError(error) && error.code === "NOT_FOUND" ? notFound() : Promise.reject(error)));
  const baseQuery = new URLSearchParams(Object.entries({ check: filters.checkId, status: filters.status ?? "", segment: filters.segmentId }).filter((entry): entry is [string, string] => entry[1] !== undefined));
  return (
    <main>
      <h1>Automatic findings: {overview.title}</h1>
      <p className="subtle">
        Found by the QA checks, not by a person: confirm one to make it an issue, or dismiss it. <Link href={`/documents/${documentId}`}>Back to the document</Link> · <Link href={`/glossary?document=${documentId}`}>Glossary</Link>
      </p>
      <CheckTable documentId={documentId} checks={overview.checks} canEdit={can(viewer, "issue.review")} selectedCheckId={filters.checkId} />
      <StatusFilter documentId={documentId} filters={filters} />
      <FindingGroups documentId={documentId} page={page} checks={overview.checks} canConfirm={can(viewer, "issue.flag")} canDismiss={can(viewer, "issue.review")} baseQuery={baseQuery} />
    </main>
  );
}
