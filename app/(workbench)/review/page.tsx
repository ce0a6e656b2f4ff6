import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/session";
import { findReviewQueue, findReviewQueueChoices } from "@/lib/review/queries";
import { reviewQueueQuerySchema } from "@/lib/review/schema";
import { QueueFilters } from "./_components/queue-filters";
import { ReviewQueue } from "./_components/review-queue";

export const metadata: Metadata = { title: "Review queue" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ReviewQueuePage({ searchParams }: Props) {
  const viewer = await requireViewer();
  if (!can(viewer, "suggestion.review")) forbidden();
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  const parsed = reviewQueueQuerySchema.safeParse(raw);
  const { cursor, ...filters } = parsed.success ? parsed.data : { cursor: undefined };
  const [{ items, nextCursor }, choices] = await Promise.all([findReviewQueue({ viewer, filters, cursor }), findReviewQueueChoices({ viewer })]);
  const isFiltered = Object.values(filters).some(Boolean);
  const next = new URLSearchParams(Object.entries({ ...filters, cursor: nextCursor ?? undefined }).filter((entry): entry is [string, string] => Boolean(entry[1])));
  return (
    <main className="review-queue">
      <h1>Review queue</h1>
      <p className="subtle">
        Pending suggestions across documents, oldest first. Accept or reject each change, approve whole or with your edits, or reject
        with a reason the author sees.{isFiltered ? <> Showing the suggestions that match the filters — <Link href="/review">show all</Link>.</> : null}
      </p>
      <QueueFilters key={new URLSearchParams(raw as Record<string, string>).toString()} values={raw as Record<string, string | undefined>} documents={choices.documents} authors={choices.authors} />
      {parsed.success ? null : <p role="alert" className="error">Some filters in the address were not understood and are ignored: {parsed.error.issues.map((issue) => issue.message).join("; ")}</p>}
      {items.length === 0 && isFiltered ? <p className="card">No pending suggestion matches these filters.</p> : <ReviewQueue items={items} />}
      {nextCursor ? <p><Link href={`/review?${next}`}>Next page</Link></p> : null}
    </main>
  );
}
