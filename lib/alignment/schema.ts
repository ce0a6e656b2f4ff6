import { z } from "zod";
import { rowId } from "@/lib/ids";

const segmentId = rowId("Segment");
/** The segment version the reviewer saw; when given and stale, the edit is refused (CONFLICT). */
const version = z.number().int().min(1).optional();
const side = z.enum(["source", "target"], { error: "side must be source or target" });

export const mergeSegmentSchema = z.object({ segmentId, version });
export type MergeSegmentInput = z.input<typeof mergeSegmentSchema>;

export const splitSegmentSchema = z.object({
  segmentId,
  side,
  /** Index into the side's breaks: 0 splits after the first sentence. */
  breakIndex: z.number({ error: "breakIndex is required" }).int().min(0),
  version,
});
export type SplitSegmentInput = z.input<typeof splitSegmentSchema>;

export const MOVE_DIRECTIONS = ["to-previous", "to-next"] as const;

export const moveSentenceSchema = z.object({
  segmentId,
  side,
  /** "to-previous" moves the side's first sentence, "to-next" its last. */
  direction: z.enum(MOVE_DIRECTIONS, { error: "direction must be to-previous or to-next" }),
  version,
});
export type MoveSentenceInput = z.input<typeof moveSentenceSchema>;

export type AlignmentEditResult = {
  /** The segments after the change, in document order. */
  segments: { id: string; position: number; kind: string; version: number }[];
};
