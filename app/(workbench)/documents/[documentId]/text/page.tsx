import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { InlineDiff } from "@/app/_components/ui/word-diff";
import { requireViewer } from "@/lib/auth/session";
import { findCorrections, getDocumentHeader } from "@/lib/documents/queries";
import { isAppError } from "@/lib/errors";

type Props = {
  params: Promise<{ documentId: string }>;
  searchParams: Promise<{ pending?: string }>;
};

export const metadata: Metadata = { title: "Corrected text" };

/** The whole English text, each approved correction (and, on request, pending suggestion) as an inline diff. */
export default async function CorrectedTextPage({ params, searchParams }: Props) {
  const [{ documentId }, { pending }, viewer] = await Promise.all([params, searchParams, requireViewer()]);
  const withPending = pending === "1";
  const [header, segments] = await Promise.all([getDocumentHeader({ viewer, documentId }), findCorrections({ viewer, documentId })]).catch(
    (error: unknown) => {
      if (isAppError(error) && error.code === "NOT_FOUND") notFound();
      throw error;
    },
  );
  const changed = segments.filter((segment) => segment.currentText !== segment.publishedText).length;
  const proposed = segments.filter((segment) => segment.suggestions.length > 0).length;
  return (
    <main className="reading">
      <p><Link href={`/documents/${header.id}`}>← Back to the workspace</Link></p>
      <h1>{header.title}</h1>
      <p className="subtle">
        English with every approved correction marked against the published text: {changed} of {segments.length} segments changed.{" "}
        {withPending ? (
          <Link href={`/documents/${header.id}/text`}>Hide pending suggestions</Link>
        ) : (
          <Link href={`/documents/${header.id}/text?pending=1`}>Also show {proposed} pending suggestions</Link>
        )}
      </p>
      <article className="corrected-text" lang="en" aria-label="Corrected English text">
        {segments.map((segment) => {
          const suggestion = withPending ? segment.suggestions[0] : undefined;
          const after = suggestion?.text ?? segment.currentText;
          const isChanged = after !== segment.publishedText;
          return (
            <span key={segment.id} id={`segment-${segment.position + 1}`} className={suggestion ? "pending-change" : undefined}>
              {isChanged ? (
                <InlineDiffSpan before={segment.publishedText} after={after} label={`Segment ${segment.position + 1}${suggestion ? `, suggested by ${suggestion.author.name}` : ""}`} />
              ) : (
                segment.currentText
              )}
              {segment.targetSeparator}
            </span>
          );
        })}
      </article>
    </main>
  );
}

function InlineDiffSpan({ before, after, label }: { before: string; after: string; label: string }) {
  return (
    <span className="change" title={label}>
      <InlineDiff before={before} after={after} as="span" />
    </span>
  );
}
