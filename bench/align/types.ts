/**
 * A gold bead: indices of sentences on each side (either may be empty for 1-0 / 0-1). `isUnscored`
 * marks a unit known to be parallel as a whole but whose inner sentence alignment is unknown.
 */
export type GoldBead = { source: number[]; target: number[]; isUnscored?: boolean };
/**
 * Sentences grouped by paragraph on each side, the gold alignment over their running indices, and the
 * full texts (which segmentText must split into exactly these sentences).
 */
export type ParallelDocument = {
  name: string;
  source: string[][];
  target: string[][];
  gold: GoldBead[];
  sourceText: string;
  targetText: string;
};
