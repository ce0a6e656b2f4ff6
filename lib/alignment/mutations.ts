import "server-only";
import {
  mergeBeads,
  moveFirstSentenceToPrevious,
  moveLastSentenceToNext,
  splitBead,
  type Bead,
  type BeadEdit,
  type SpanIssue,
} from "@/lib/alignment/edit-beads";
import {
  mergeSegmentSchema,
  moveSentenceSchema,
  splitSegmentSchema,
  type AlignmentEditResult,
  type MergeSegmentInput,
  type MoveSentenceInput,
  type SplitSegmentInput,
} from "@/lib/alignment/schema";
import { enqueueQaAfterChange } from "@/lib/findings/mutations";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { recordEvent } from "@/lib/db/audit";
import { type Prisma, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { IN_LIVE_DOCUMENT } from "@/lib/db/live";
import { inTransaction } from "@/lib/db/transaction";
import { segmentStatusAfter } from "@/lib/review/guards";

const SEGMENT_SELECT = {
  id: true, documentId: true, position: true, sourceText: true, publishedText: true, currentText: true,
  sourceSeparator: true, targetSeparator: true, sourceBreaks: true, targetBreaks: true, kind: true, version: true, status: true,
} as const;
type SegmentRow = Prisma.SegmentGetPayload<{ select: typeof SEGMENT_SELECT }>;

const ISSUE_SELECT = { id: true, segmentId: true, status: true, sourceStart: true, sourceEnd: true, targetStart: true, targetEnd: true } as const;
type IssueRow = Prisma.IssueGetPayload<{ select: typeof ISSUE_SELECT }>;

const label = (segment: SegmentRow) => `Segment ${segment.position + 1}`;

/**
 * Loads the segment after locking its document row (alignment edits of one document run one at a
 * time, because they renumber positions) and its neighbours' rows. NOT_FOUND for an unknown id,
 * CONFLICT for a stale version.
 */
async function lockSegment(tx: Tx, segmentId: string, version: number | undefined): Promise<SegmentRow> {
  const notFound = () => new AppError({ code: "NOT_FOUND", message: `Segment ${segmentId} does not exist.` });
  if (!isUuid(segmentId)) throw notFound();
  const found = await tx.segment.findFirst({ where: { id: segmentId, ...IN_LIVE_DOCUMENT }, select: { documentId: true } });
  if (!found) throw notFound();
  await tx.$queryRaw`SELECT id FROM documents WHERE id = ${found.documentId}::uuid FOR UPDATE`;
  const placed = await tx.segment.findUnique({ where: { id: segmentId }, select: { position: true } });
  if (!placed) throw notFound();
  // Review use cases lock segment rows too: lock the segment and its neighbours, then read them fresh.
  await tx.$queryRaw`SELECT id FROM segments WHERE document_id = ${found.documentId}::uuid
    AND position BETWEEN ${placed.position - 1} AND ${placed.position + 1} FOR UPDATE`;
  const segment = await tx.segment.findUniqueOrThrow({ where: { id: segmentId }, select: SEGMENT_SELECT });
  if (version !== undefined && version !== segment.version) {
    throw new AppError({
      code: "CONFLICT",
      message: `${label(segment)} was at version ${version} when you loaded it and is now at version ${segment.version}; reload the page and try again.`,
    });
  }
  return segment;
}

async function neighbour(tx: Tx, segment: SegmentRow, step: 1 | -1): Promise<SegmentRow> {
  const row = await tx.segment.findUnique({
    where: { documentId_position: { documentId: segment.documentId, position: segment.position + step } },
    select: SEGMENT_SELECT,
  });
  if (!row) {
    throw new AppError({ code: "INVALID_STATE", message: `${label(segment)} is the ${step === 1 ? "last" : "first"} segment: there is no ${step === 1 ? "next" : "previous"} one.` });
  }
  return row;
}

/** Corrections and pending suggestions point into the current text: the reviewer settles them first. */
async function assertEditable(tx: Tx, segments: SegmentRow[]): Promise<void> {
  for (const segment of segments) {
    if (segment.currentText !== segment.publishedText) {
      throw new AppError({
        code: "INVALID_STATE",
        message: `${label(segment)} has a correction (its English differs from the published text); alignment can only change uncorrected segments.`,
      });
    }
  }
  const pending = await tx.suggestion.findFirst({ where: { segmentId: { in: segments.map((s) => s.id) }, status: "pending" }, select: { segmentId: true } });
  if (pending) {
    const segment = segments.find((s) => s.id === pending.segmentId)!;
    throw new AppError({ code: "INVALID_STATE", message: `${label(segment)} has a pending suggestion; approve or reject it before changing the alignment.` });
  }
}

function toBead(segment: SegmentRow): Bead {
  return {
    source: { text: segment.sourceText, separator: segment.sourceSeparator, breaks: segment.sourceBreaks },
    target: { text: segment.publishedText, separator: segment.targetSeparator, breaks: segment.targetBreaks },
  };
}

function span(start: number | null, end: number | null) {
  return start === null || end === null ? null : { start, end };
}

async function loadIssues(tx: Tx, segments: SegmentRow[]): Promise<{ rows: IssueRow[]; issues: SpanIssue[] }> {
  const rows = await tx.issue.findMany({ where: { segmentId: { in: segments.map((s) => s.id) } }, select: ISSUE_SELECT, orderBy: { createdAt: "asc" } });
  const issues = rows.map((row) => ({
    id: row.id,
    bead: segments.findIndex((s) => s.id === row.segmentId),
    isOpen: row.status === "open",
    source: span(row.sourceStart, row.sourceEnd),
    target: span(row.targetStart, row.targetEnd),
  }));
  return { rows, issues };
}

/** Moves positions after `after` by `delta` without tripping the unique (document_id, position) on the way. */
async function shiftPositions(tx: Tx, documentId: string, after: number, delta: number): Promise<void> {
  await tx.$executeRaw`UPDATE segments SET position = -position - 1 WHERE document_id = ${documentId}::uuid AND position > ${after}`;
  await tx.$executeRaw`UPDATE segments SET position = -position - 1 + ${delta} WHERE document_id = ${documentId}::uuid AND position < 0`;
}

function snapshot(segment: SegmentRow) {
  const { id, position, version, kind, sourceText, publishedText, sourceSeparator, targetSeparator, sourceBreaks, targetBreaks } = segment;
  return { id, position, version, kind, sourceText, targetText: publishedText, sourceSeparator, targetSeparator, sourceBreaks, targetBreaks };
}

/** Re-points each issue at its new segment and version, with its spans rebased on the new texts. */
async function writeIssues(tx: Tx, edit: BeadEdit, written: SegmentRow[]): Promise<void> {
  for (const issue of edit.issues) {
    const home = written[issue.bead];
    await tx.issue.update({
      where: { id: issue.id },
      data: {
        segmentId: home.id, segmentVersion: home.version,
        sourceStart: issue.source?.start ?? null, sourceEnd: issue.source?.end ?? null,
        targetStart: issue.target?.start ?? null, targetEnd: issue.target?.end ?? null,
      },
      select: { id: true },
    });
  }
}

type EditPlan = { viewer: Viewer; action: string; segmentId: string; involved: SegmentRow[]; issueRows: IssueRow[]; edit: BeadEdit };

/** Writes an edit: segments (created, updated, deleted), positions, issue spans, status and one history row. */
async function applyEdit(tx: Tx, plan: EditPlan): Promise<AlignmentEditResult> {
  const { involved, edit } = plan;
  const documentId = involved[0].documentId;
  const last = involved.at(-1)!.position;
  const delta = edit.beads.length - involved.length;
  if (delta > 0) await shiftPositions(tx, documentId, last, delta);
  const openCount = edit.beads.map((_, k) => edit.issues.filter((i) => i.bead === k && plan.issueRows.find((r) => r.id === i.id)?.status === "open").length);
  // Status changes only through the transitions table: every involved segment must allow realignment.
  for (const segment of involved) segmentStatusAfter(segment.status, "realigned", { openIssueCount: 0, pendingSuggestionCount: 0 });
  const written: SegmentRow[] = [];
  for (const [k, bead] of edit.beads.entries()) {
    const kept = involved[k];
    const data = {
      sourceText: bead.source.text, sourceSeparator: bead.source.separator, sourceBreaks: bead.source.breaks,
      publishedText: bead.target.text, currentText: bead.target.text, targetSeparator: bead.target.separator, targetBreaks: bead.target.breaks,
      kind: bead.kind,
      // A reviewer placed this boundary by hand.
      confidence: 1,
      status: segmentStatusAfter(kept?.status ?? involved[0].status, "realigned", { openIssueCount: openCount[k], pendingSuggestionCount: 0 }),
    };
    written.push(
      kept
        ? await tx.segment.update({ where: { id: kept.id }, data: { ...data, version: kept.version + 1 }, select: SEGMENT_SELECT })
        : await tx.segment.create({ data: { ...data, documentId, position: involved[0].position + k }, select: SEGMENT_SELECT }),
    );
  }
  await writeIssues(tx, edit, written);
  if (delta < 0) {
    const dropped = involved.slice(edit.beads.length).map((s) => s.id);
    // Closed suggestions stay in the history of the text they were about, now in the merged segment.
    await tx.suggestion.updateMany({ where: { segmentId: { in: dropped } }, data: { segmentId: written.at(-1)!.id } });
    await tx.segment.deleteMany({ where: { id: { in: dropped } } });
    await shiftPositions(tx, documentId, last, delta);
  }
  await recordEvent(tx, {
    actorId: plan.viewer.userId,
    action: plan.action,
    entityType: "segment",
    entityId: plan.segmentId,
    documentId,
    segmentId: plan.segmentId,
    before: { segments: involved.map(snapshot), issues: plan.issueRows },
    after: { segments: written.map(snapshot), issues: edit.issues },
  });
  return { segments: written.map(({ id, position, kind, version }) => ({ id, position, kind, version })) };
}

type Planner = (tx: Tx, segment: SegmentRow) => Promise<{ involved: SegmentRow[]; compute: (issues: SpanIssue[]) => BeadEdit }>;

async function runEdit(viewer: Viewer, action: string, segmentId: string, version: number | undefined, plan: Planner): Promise<AlignmentEditResult> {
  assertCan(viewer, "alignment.edit");
  let documentId = "";
  const result = await inTransaction(
    async (tx) => {
      const segment = await lockSegment(tx, segmentId, version);
      documentId = segment.documentId;
      const { involved, compute } = await plan(tx, segment);
      await assertEditable(tx, involved);
      const { rows, issues } = await loadIssues(tx, involved);
      return applyEdit(tx, { viewer, action, segmentId, involved, issueRows: rows, edit: compute(issues) });
    },
    { timeout: 60_000 },
  );
  // Segments were regrouped: re-check the document's findings in the background.
  await enqueueQaAfterChange(documentId);
  return result;
}

/** Merges a segment with the next one; issues and closed suggestions of the next follow its text. */
export async function mergeSegmentWithNext(options: { viewer: Viewer; input: MergeSegmentInput }): Promise<AlignmentEditResult> {
  const input = mergeSegmentSchema.parse(options.input);
  return runEdit(options.viewer, "alignment.merge", input.segmentId, input.version, async (tx, segment) => {
    const next = await neighbour(tx, segment, 1);
    return { involved: [segment, next], compute: (issues) => mergeBeads(toBead(segment), toBead(next), issues) };
  });
}

/** Splits a segment after sentence `breakIndex + 1` of one side; the other side stays in the first part. */
export async function splitSegment(options: { viewer: Viewer; input: SplitSegmentInput }): Promise<AlignmentEditResult> {
  const input = splitSegmentSchema.parse(options.input);
  return runEdit(options.viewer, "alignment.split", input.segmentId, input.version, async (_tx, segment) => ({
    involved: [segment],
    compute: (issues) => splitBead(toBead(segment), input.side, input.breakIndex, issues),
  }));
}

/** Moves a side's first sentence to the previous segment, or its last sentence to the next. */
export async function moveSentence(options: { viewer: Viewer; input: MoveSentenceInput }): Promise<AlignmentEditResult> {
  const input = moveSentenceSchema.parse(options.input);
  return runEdit(options.viewer, "alignment.move", input.segmentId, input.version, async (tx, segment) => {
    if (input.direction === "to-previous") {
      const previous = await neighbour(tx, segment, -1);
      return { involved: [previous, segment], compute: (issues) => moveFirstSentenceToPrevious(toBead(previous), toBead(segment), input.side, issues) };
    }
    const next = await neighbour(tx, segment, 1);
    return { involved: [segment, next], compute: (issues) => moveLastSentenceToNext(toBead(segment), toBead(next), input.side, issues) };
  });
}
