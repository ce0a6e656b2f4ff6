import "server-only";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { getPrisma } from "@/lib/db/client";
import { findGlossaryMatches } from "@/lib/qa/glossary-matches";
import { loadLiveSegment } from "@/lib/db/live";
import { loadQaGlossary } from "./queries";

/** The glossary terms (global and the document's) in one segment, with the texts their spans point into. */
export async function findSegmentGlossaryMatches(options: { viewer: Viewer; segmentId: string }) {
  assertCan(options.viewer, "segment.read");
  const segment = await loadLiveSegment(options.segmentId);
  const { glossary } = await loadQaGlossary(getPrisma(), segment.documentId);
  return {
    sourceText: segment.sourceText,
    targetText: segment.currentText,
    matches: findGlossaryMatches(segment.sourceText, segment.currentText, glossary),
  };
}
