import { assertIncreasingPosition, bufferChunks } from "@/lib/exchange/chunks";
import type { ExportSegment, Source } from "@/lib/exchange/types";

export type CorrectedTextOptions = {
  /** Bytes before the first segment of the published English. */
  targetLeading: string;
  /** Also apply each segment's pending suggestion (default: approved corrections only). */
  includePending?: boolean;
};

/** The text a segment contributes to the corrected English. */
export function correctedSegmentText(segment: ExportSegment, includePending = false): string {
  if (includePending && segment.pendingText != null) return segment.pendingText;
  return segment.currentText;
}

async function* pieces(segments: Source<ExportSegment>, options: CorrectedTextOptions): AsyncGenerator<string> {
  yield options.targetLeading;
  let previous: number | undefined;
  for await (const segment of segments) {
    assertIncreasingPosition(previous, segment.position);
    previous = segment.position;
    yield correctedSegmentText(segment, options.includePending);
    yield segment.targetSeparator;
  }
}

/**
 * Streams the corrected English: leading bytes, then each segment's text and separator.
 * Untouched segments and all separators come out byte-identical to the published text, so the
 * same stream serves plain text and Markdown.
 */
export function writeCorrectedText(segments: Source<ExportSegment>, options: CorrectedTextOptions): AsyncGenerator<string> {
  return bufferChunks(pieces(segments, options));
}
