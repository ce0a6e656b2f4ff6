import type { Viewer } from "@/lib/auth/permissions";
import { getDocumentScoreReport } from "@/lib/documents/queries";
import { ScoreHeadline } from "./document-counts";
import { ScoreDetails } from "./score-details";

/** MQM score with a bar chart by category and the document's issues; both parts follow live updates. */
export async function ScorePanel({ viewer, documentId }: { viewer: Viewer; documentId: string }) {
  const report = await getDocumentScoreReport({ viewer, documentId });
  const { score, penaltyPer1000Words, issueCount, openIssueCount } = report.score;
  return (
    <details className="card score">
      <summary>
        <ScoreHeadline initial={{ score, penaltyPer1000Words, issueCount, openIssueCount, readAt: report.readAt }} />
      </summary>
      <ScoreDetails documentId={documentId} initial={report} />
    </details>
  );
}
