import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/session";
import { findReviewQueue } from "@/lib/review/queries";
import { ReviewQueue } from "./_components/review-queue";

export const metadata: Metadata = { title: "Review queue" };

type Props = { searchParams: Promise<{ documentId?: string; cursor?: string }> };

export default async function ReviewQueuePage({ searchParams }: Props) {
  const viewer = await requireViewer();
  if (!can(viewer, "suggestion.review")) {
    return (
      <main>
        <h1>Review queue</h1>
        <p role="alert" className="error">Only editors and admins review suggestions. Your suggestions are waiting for them on each document.</p>
      </main>
    );
  }
  const { documentId, cursor } = await searchParams;
  const { items, nextCursor } = await findReviewQueue({ viewer, documentId, cursor });
  return (
    <main className="review-queue">
      <h1>Review queue</h1>
      <p className="subtle">
        Pending suggestions across documents, oldest first. Accept or reject each change, approve whole or with your edits, or reject
        with a reason the author sees.{documentId ? <> Showing one document — <Link href="/review">show all</Link>.</> : null}
      </p>
      <ReviewQueue items={items} />
      {nextCursor ? (
        <p><Link href={`/review?${new URLSearchParams({ ...(documentId ? { documentId } : {}), cursor: nextCursor })}`}>Next page</Link></p>
      ) : null}
    </main>
  );
}
