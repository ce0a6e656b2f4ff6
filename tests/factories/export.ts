import { readFileSync } from "node:fs";
import path from "node:path";
import { mintViewer, type Role, type Viewer } from "@/lib/auth/permissions";
import { getPrisma } from "@/lib/db/client";
import { DEMO_DOCUMENT_KEY, seedDemo } from "@/lib/demo/seed";
import { importDocument } from "@/lib/documents/mutations";
import type { MqmCategoryId, MqmSeverityId } from "@/lib/review/mqm-score";
import type { IssueStatus, SegmentStatus } from "@/lib/status/transitions";

export const DEMO_PUBLISHED_SPAN = "in the attack on Israel.";
export const DEMO_CORRECTED_SPAN = "in Israel's offensive against Gaza.";

type SegmentSpec = { source: string; target: string; status?: SegmentStatus; separator?: string };

/** A document with one segment per spec (separator "\n\n" by default, none after the last). */
export async function createExportDocument(options: { createdById: string; title?: string; segments: SegmentSpec[] }) {
  const prisma = getPrisma();
  const document = await prisma.document.create({
    data: { title: options.title ?? `Export test ${Math.random().toString(36).slice(2, 8)}`, createdById: options.createdById },
    select: { id: true, title: true },
  });
  const last = options.segments.length - 1;
  const segments = await prisma.segment.createManyAndReturn({
    data: options.segments.map((spec, position) => ({
      documentId: document.id,
      position,
      sourceText: spec.source,
      publishedText: spec.target,
      currentText: spec.target,
      sourceSeparator: position === last ? "" : "\n\n",
      targetSeparator: spec.separator ?? (position === last ? "" : "\n\n"),
      kind: spec.source === "" ? "0-1" : spec.target === "" ? "1-0" : "1-1",
      confidence: 1,
      status: spec.status ?? "unreviewed",
    })),
    select: { id: true, position: true },
  });
  return { ...document, segmentIds: segments.sort((a, b) => a.position - b.position).map((segment) => segment.id) };
}

/** The state an editor's approval leaves: new current text, status approved, version + 1, an approved suggestion and its history row. */
export async function approveCorrection(options: { segmentId: string; text: string; editorId: string; authorId: string; note?: string; issueIds?: string[]; at?: Date }) {
  const prisma = getPrisma();
  const at = options.at ?? new Date("2023-11-05T14:30:00Z");
  const segment = await prisma.segment.findUniqueOrThrow({ where: { id: options.segmentId }, select: { documentId: true, version: true, currentText: true } });
  const suggestion = await prisma.suggestion.create({
    data: {
      documentId: segment.documentId, segmentId: options.segmentId, authorId: options.authorId, text: options.text, note: options.note ?? "",
      baseVersion: segment.version, status: "approved", reviewerId: options.editorId, reviewedAt: at,
      issues: { create: (options.issueIds ?? []).map((issueId) => ({ issueId })) },
    },
    select: { id: true },
  });
  await prisma.segment.update({ where: { id: options.segmentId }, data: { currentText: options.text, status: "approved", version: segment.version + 1 } });
  if (options.issueIds?.length) {
    await prisma.issue.updateMany({ where: { id: { in: options.issueIds } }, data: { status: "resolved", resolvedById: options.editorId, resolvedAt: at, resolution: "Corrected" } });
  }
  await prisma.historyEvent.create({
    data: {
      actorId: options.editorId, action: "suggestion.approve", documentId: segment.documentId, segmentId: options.segmentId, at,
      entityType: "suggestion", entityId: suggestion.id, before: { currentText: segment.currentText }, after: { currentText: options.text },
    },
  });
  return suggestion;
}

export async function createIssue(options: {
  segmentId: string; authorId: string; category: MqmCategoryId; severity: MqmSeverityId; status?: IssueStatus; comment?: string;
  targetStart?: number; targetEnd?: number;
}) {
  const prisma = getPrisma();
  const segment = await prisma.segment.findUniqueOrThrow({ where: { id: options.segmentId }, select: { documentId: true, version: true } });
  return prisma.issue.create({
    data: {
      documentId: segment.documentId, segmentId: options.segmentId, authorId: options.authorId, segmentVersion: segment.version,
      category: options.category, severity: options.severity, status: options.status ?? "open", comment: options.comment ?? "",
      targetStart: options.targetStart ?? null, targetEnd: options.targetEnd ?? null,
    },
    select: { id: true },
  });
}

export async function createPendingSuggestion(options: { segmentId: string; authorId: string; text: string }) {
  const prisma = getPrisma();
  const segment = await prisma.segment.findUniqueOrThrow({ where: { id: options.segmentId }, select: { documentId: true, version: true } });
  await prisma.segment.update({ where: { id: options.segmentId }, data: { status: "corrected" } });
  return prisma.suggestion.create({
    data: { documentId: segment.documentId, segmentId: options.segmentId, authorId: options.authorId, text: options.text, baseVersion: segment.version },
    select: { id: true },
  });
}

async function demoViewer(email: string): Promise<Viewer> {
  const user = await getPrisma().user.findUniqueOrThrow({ where: { email }, select: { id: true, role: true, name: true } });
  return mintViewer({ id: user.id, role: user.role as Role, name: user.name });
}

const DEMO_DIR = path.resolve(import.meta.dirname, "../../prisma/demo");

/** The seeded demo document while it is untouched; later calls in the same database import a fresh copy. */
async function freshDemoDocument(admin: Viewer): Promise<{ id: string; title: string }> {
  const prisma = getPrisma();
  const seeded = await prisma.document.findUniqueOrThrow({ where: { seedKey: DEMO_DOCUMENT_KEY }, select: { id: true, title: true } });
  const used = await prisma.segment.count({ where: { documentId: seeded.id, status: { not: "unreviewed" } } });
  if (used === 0) return seeded;
  const read = (language: string) => readFileSync(path.join(DEMO_DIR, `mokhiber-resignation.${language}.txt`), "utf8");
  const copy = await importDocument({ viewer: admin, input: { title: seeded.title, sourceText: read("fr"), targetText: read("en") } });
  return { id: copy.documentId, title: seeded.title };
}

/**
 * The demo article with the "attack on Israel" correction approved by the demo editor: a major
 * mistranslation flagged by the translator on the span, resolved by the approved suggestion.
 */
export async function seedApprovedDemo() {
  await seedDemo();
  const prisma = getPrisma();
  const [admin, editor, translator] = await Promise.all(["admin", "editor", "translator"].map((role) => demoViewer(`${role}@recto.local`)));
  const document = await freshDemoDocument(admin);
  const first = await prisma.segment.findFirstOrThrow({ where: { documentId: document.id, position: 0 }, select: { id: true, publishedText: true } });
  const start = first.publishedText.indexOf("the attack on Israel");
  const issue = await createIssue({
    segmentId: first.id, authorId: translator.userId, category: "accuracy_mistranslation", severity: "major",
    comment: "Inverts who attacks whom", targetStart: start, targetEnd: start + "the attack on Israel".length,
  });
  const corrected = first.publishedText.replace(DEMO_PUBLISHED_SPAN, DEMO_CORRECTED_SPAN);
  await approveCorrection({ segmentId: first.id, text: corrected, editorId: editor.userId, authorId: translator.userId, note: "The French says Israel's offensive on Gaza", issueIds: [issue.id] });
  return { document, firstSegmentId: first.id, admin, editor, translator, issueId: issue.id };
}

/** Reads a whole export stream (tests only: exports themselves never do this). */
export async function readAll(stream: AsyncIterable<Buffer | string>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks);
}
