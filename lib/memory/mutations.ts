import "server-only";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { AppError, isAppError } from "@/lib/errors";
import { utf8Stream } from "@/lib/exchange/chunks";
import { writeTmx } from "@/lib/exchange/tmx-writer";
import type { ExportSegment } from "@/lib/exchange/types";
import { applyCorrectionPatterns, findCorrectionPatterns } from "@/lib/memory/correction-patterns";
import { loadMemorySegment, streamMemoryUnits } from "@/lib/memory/queries";
import { propagateCorrectionSchema, type PropagateCorrectionInput } from "@/lib/memory/schema";
import { createSuggestion } from "@/lib/review/mutations";

export type PropagationResult = { segmentId: string; suggestionId: string | null; message: string | null };

/**
 * Copies an approved correction to other segments as pending suggestions (one per target, each
 * in its own transaction, history noting the origin). A target that changed since the editor saw
 * it, no longer contains the error, or is gone is skipped with the reason; the others go ahead.
 */
export async function propagateCorrection(options: { viewer: Viewer; input: PropagateCorrectionInput }): Promise<PropagationResult[]> {
  const { viewer } = options;
  assertCan(viewer, "suggestion.review");
  const input = propagateCorrectionSchema.parse(options.input);
  const from = await loadMemorySegment(input.fromSegmentId);
  const patterns = from.status === "approved" ? findCorrectionPatterns(from.publishedText, from.currentText) : [];
  if (patterns.length === 0) {
    throw new AppError({ code: "INVALID_STATE", message: `Segment ${from.id} has no approved correction to propagate; approve one first.` });
  }
  const origin = { kind: "propagation" as const, segmentId: from.id, documentId: from.documentId, position: from.position };
  const note = `Same correction as approved in “${from.document.title}”, segment ${from.position + 1}.`;
  const results: PropagationResult[] = [];
  for (const target of input.targets) {
    try {
      if (target.segmentId === from.id) throw new AppError({ code: "VALIDATION", message: "A correction is not propagated to its own segment." });
      const segment = await loadMemorySegment(target.segmentId);
      const text = applyCorrectionPatterns(segment.currentText, patterns);
      if (text === null) throw new AppError({ code: "INVALID_STATE", message: `Segment ${segment.position + 1} of “${segment.document.title}” no longer contains the corrected text.` });
      const { suggestion } = await createSuggestion({ viewer, input: { segmentId: segment.id, baseVersion: target.baseVersion, text, note, issueIds: [] }, origin });
      results.push({ segmentId: target.segmentId, suggestionId: suggestion.id, message: null });
    } catch (error) {
      if (!isAppError(error)) throw error;
      results.push({ segmentId: target.segmentId, suggestionId: null, message: error.message });
    }
  }
  return results;
}

/** The whole memory (approved pairs of every live document) as TMX 1.4b, streamed. */
export function exportMemoryTmx(options: { viewer: Viewer }) {
  assertCan(options.viewer, "export.run");
  async function* segments(): AsyncGenerator<ExportSegment> {
    let position = 0;
    for await (const unit of streamMemoryUnits({ viewer: options.viewer })) {
      position += 1;
      yield {
        position, sourceText: unit.sourceText, publishedText: unit.currentText, currentText: unit.currentText, targetSeparator: "", sourceSeparator: "",
        status: "approved", approval: unit.approval ? { approvedBy: unit.approval.approverName, approvedAt: unit.approval.approvedAt } : null,
      };
    }
  }
  const fileName = `recto-memory-${new Date().toISOString().slice(0, 10)}.tmx`;
  return { stream: utf8Stream(writeTmx(segments())), fileName, contentType: "application/x-tmx+xml; charset=utf-8" };
}
