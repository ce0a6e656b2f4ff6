import { getPrisma } from "@/lib/db/client";

type Side = { sentences: string[] };
const SEGMENTS: { source: Side; target: Side }[] = [
  { source: { sentences: ["Craig Mokhiber a démissionné fin octobre."] }, target: { sentences: ["Craig Mokhiber resigned at the end of October."] } },
  {
    source: { sentences: ["Il dénonce « un génocide » à Gaza.", "M. Türk n’a pas répondu."] },
    target: { sentences: ["He denounces “a genocide” in Gaza."] },
  },
  {
    source: { sentences: ["Chaque semaine, des manifestants se rebellent contre l’offensive, et 1 400 personnes ont été arrêtées."] },
    target: { sentences: ["Every week, protesters rebel against the offensive.", "At least 1,400 people have been arrested."] },
  },
  { source: { sentences: [] }, target: { sentences: ["*This article was adapted from its original in French"] } },
];

function join(sentences: string[], isLast: boolean) {
  let text = "";
  const breaks: number[] = [];
  sentences.forEach((sentence, k) => {
    if (k > 0) breaks.push(text.length);
    text += sentence + (k < sentences.length - 1 ? " " : "");
  });
  return { text, breaks, separator: sentences.length === 0 || isLast ? "" : "\n\n" };
}

/** A four-segment document (1-1, 2-1, 1-2, 0-1) written through Prisma, as the aligner would store it. */
export async function createAlignedDocument(createdById: string) {
  const prisma = getPrisma();
  const document = await prisma.document.create({ data: { title: `Alignment ${Date.now()}`, createdById, sourceLeading: "\n" }, select: { id: true } });
  const segments = [];
  for (const [position, segment] of SEGMENTS.entries()) {
    const isLast = position === SEGMENTS.length - 1;
    const source = join(segment.source.sentences, isLast || position === SEGMENTS.length - 2);
    const target = join(segment.target.sentences, isLast);
    segments.push(
      await prisma.segment.create({
        data: {
          documentId: document.id, position, kind: `${segment.source.sentences.length}-${segment.target.sentences.length}`, confidence: 0.8,
          sourceText: source.text, sourceSeparator: source.separator, sourceBreaks: source.breaks,
          publishedText: target.text, currentText: target.text, targetSeparator: target.separator, targetBreaks: target.breaks,
        },
        select: { id: true, sourceText: true, publishedText: true },
      }),
    );
  }
  return { documentId: document.id, segments };
}

/** Both sides of the document as stored: leading text plus every segment's text and separator. */
export async function documentTexts(documentId: string) {
  const document = await getPrisma().document.findUniqueOrThrow({
    where: { id: documentId },
    select: { sourceLeading: true, targetLeading: true, segments: { orderBy: { position: "asc" } } },
  });
  const segments = document.segments;
  return {
    source: document.sourceLeading + segments.map((s) => s.sourceText + s.sourceSeparator).join(""),
    target: document.targetLeading + segments.map((s) => s.publishedText + s.targetSeparator).join(""),
    segments,
  };
}

export async function flagIssue(options: { documentId: string; segmentId: string; authorId: string; text: string; quote: string; side?: "source" | "target" }) {
  const start = options.text.indexOf(options.quote);
  if (start < 0) throw new Error(`“${options.quote}” is not in the segment`);
  const span = options.side === "source" ? { sourceStart: start, sourceEnd: start + options.quote.length } : { targetStart: start, targetEnd: start + options.quote.length };
  return getPrisma().issue.create({
    data: { documentId: options.documentId, segmentId: options.segmentId, authorId: options.authorId, segmentVersion: 1, category: "accuracy_mistranslation", severity: "major", ...span },
    select: { id: true },
  });
}
