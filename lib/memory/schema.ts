import { z } from "zod";
import { limitedText } from "@/lib/review/schema";

/** Longest concordance query (characters): a long sentence. */
export const MAX_QUERY_CHARS = 500;
/** Most segments one propagation offers or changes. */
export const MAX_PROPAGATION_TARGETS = 100;

const id = (label: string) => z.string({ error: `${label} is required` }).min(1, `${label} is required`).max(100, `${label} is too long`);

export const concordanceSearchSchema = z.object({
  q: limitedText("Search", MAX_QUERY_CHARS).refine((text) => text.trim().length >= 2, "Type at least two characters to search"),
});
export type ConcordanceSearchInput = z.infer<typeof concordanceSearchSchema>;

export const segmentMemorySchema = z.object({ segmentId: id("Segment id") });
export type SegmentMemoryInput = z.infer<typeof segmentMemorySchema>;

export const propagateCorrectionSchema = z.object({
  /** The approved segment whose correction is copied. */
  fromSegmentId: id("Segment id"),
  /** Each target with the version the editor saw, so a segment changed meanwhile is not overwritten. */
  targets: z.array(z.object({ segmentId: id("Target segment id"), baseVersion: z.number().int().min(1) }))
    .min(1, "Choose at least one segment")
    .max(MAX_PROPAGATION_TARGETS, `At most ${MAX_PROPAGATION_TARGETS} segments at once`),
});
export type PropagateCorrectionInput = z.infer<typeof propagateCorrectionSchema>;
