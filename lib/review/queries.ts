import "server-only";
import { assertCan, can, type Viewer } from "@/lib/auth/permissions";
import { getPrisma } from "@/lib/db/client";
import { EVENT_SELECT, toEventView, type HistoryEventView } from "@/lib/audit/queries";
import { assertFound, isUuid } from "@/lib/ids";
import { ISSUE_SELECT, SUGGESTION_SELECT } from "@/lib/review/guards";
import type { MqmCategoryId, MqmSeverityId } from "@/lib/review/mqm-score";
import { suggestionTextHash } from "@/lib/review/suggestion-hash";
import { IN_LIVE_DOCUMENT, LIVE_DOCUMENT } from "@/lib/db/live";

/** Rows per page of the review queue. */
export const PAGE_SIZE = 50;

const PERSON = { select: { id: true, name: true } } as const;

/** One segment with its issues, suggestions (author and reviewer names) and history, oldest first. */
export async function getSegmentReview(options: { viewer: Viewer; segmentId: string }) {
  const { viewer, segmentId } = options;
  assertCan(viewer, "segment.read");
  const segment = isUuid(segmentId)
    ? await getPrisma().segment.findFirst({
        where: { id: segmentId, ...IN_LIVE_DOCUMENT },
        select: {
          id: true, documentId: true, position: true, sourceText: true, publishedText: true, currentText: true,
          kind: true, confidence: true, status: true, version: true,
          document: { select: { id: true, title: true, allowSelfApproval: true } },
          issues: { orderBy: { createdAt: "asc" }, select: { ...ISSUE_SELECT, author: PERSON, resolvedBy: PERSON } },
          suggestions: {
            orderBy: { createdAt: "asc" },
            select: { ...SUGGESTION_SELECT, author: PERSON, reviewer: PERSON, issues: { select: { issueId: true } } },
          },
        },
      })
    : null;
  const found = assertFound(segment, "Segment", segmentId);
  const history = await findSegmentHistory({ viewer, segmentId });
  const suggestions = found.suggestions.map(({ issues, ...suggestion }) => ({
    ...suggestion, textHash: suggestionTextHash(suggestion.text), issueIds: issues.map((link) => link.issueId),
  }));
  return { ...found, suggestions, history };
}

/** Every history event of one segment, oldest first (survives merges: segment ids are plain columns). */
export async function findSegmentHistory(options: { viewer: Viewer; segmentId: string }): Promise<HistoryEventView[]> {
  assertCan(options.viewer, "segment.read");
  if (!isUuid(options.segmentId)) return [];
  const events = await getPrisma().historyEvent.findMany({
    where: { segmentId: options.segmentId },
    orderBy: { id: "asc" },
    select: EVENT_SELECT,
  });
  return events.map(toEventView);
}

/** Category and severity match a linked issue ("Fixes these issues"): both on the same issue. */
export type ReviewQueueFilters = { documentId?: string; authorId?: string; category?: MqmCategoryId; severity?: MqmSeverityId };

/** The queue filter's choices: documents and authors that have pending suggestions. */
export async function findReviewQueueChoices(options: { viewer: Viewer }) {
  assertCan(options.viewer, "suggestion.review");
  const where = { status: "pending", ...IN_LIVE_DOCUMENT } as const;
  const [documents, authors] = await Promise.all([
    getPrisma().document.findMany({ where: { ...LIVE_DOCUMENT, suggestions: { some: { status: "pending" } } }, orderBy: { title: "asc" }, select: { id: true, title: true } }),
    getPrisma().user.findMany({ where: { suggestions: { some: where } }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return { documents, authors };
}

export type ReviewQueueItem = Awaited<ReturnType<typeof findReviewQueue>>["items"][number];

/**
 * Pending suggestions on live documents, oldest first, with the segment's published and current
 * text, the linked issues, whether the base is stale and whether this viewer may approve it.
 * `cursor` is the last suggestion id of the previous page.
 */
export async function findReviewQueue(options: { viewer: Viewer; documentId?: string; cursor?: string; filters?: ReviewQueueFilters }) {
  const { viewer, cursor } = options;
  const { documentId = options.documentId, authorId, category, severity } = options.filters ?? {};
  assertCan(viewer, "suggestion.review");
  if ((documentId && !isUuid(documentId)) || (cursor && !isUuid(cursor))) return { items: [], nextCursor: null };
  const issueFilter = category || severity ? { issues: { some: { issue: { ...(category ? { category } : {}), ...(severity ? { severity } : {}) } } } } : {};
  const rows = await getPrisma().suggestion.findMany({
    where: {
      status: "pending", ...IN_LIVE_DOCUMENT, ...(documentId ? { documentId } : {}), ...(authorId ? { authorId } : {}), ...issueFilter,
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: PAGE_SIZE + 1,
    ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    select: {
      ...SUGGESTION_SELECT,
      author: PERSON,
      document: { select: { id: true, title: true, allowSelfApproval: true } },
      segment: { select: { id: true, position: true, sourceText: true, publishedText: true, currentText: true, version: true, status: true } },
      issues: { select: { issue: { select: { ...ISSUE_SELECT, author: PERSON } } } },
    },
  });
  const page = rows.slice(0, PAGE_SIZE);
  const items = page.map(({ issues, ...suggestion }) => ({
    ...suggestion,
    issues: issues.map((link) => link.issue),
    textHash: suggestionTextHash(suggestion.text),
    isStale: suggestion.baseVersion !== suggestion.segment.version,
    canApprove: can(viewer, "suggestion.review") && (suggestion.authorId !== viewer.userId || suggestion.document.allowSelfApproval),
  }));
  return { items, nextCursor: rows.length > PAGE_SIZE ? page.at(-1)!.id : null };
}
