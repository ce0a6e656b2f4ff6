import "server-only";
import { getPrisma } from "@/lib/db/client";
import { trainTranslationModelOffThread } from "@/lib/qa/checks-worker";
import type { TranslationModel } from "@/lib/word-align/translation-model";
import { IN_LIVE_DOCUMENT } from "@/lib/db/live";

/** Segments read to train on: training takes about a second of CPU per thousand pairs here, so it is capped. */
const TRAINING_PAIRS = 1500;
/** New segments since the last training that make the next refresh retrain. */
const RETRAIN_AFTER = 500;
/** Below this many stored segments a model learns nothing the lexicon does not know: skip the CPU. */
const MIN_SEGMENTS = 200;

type Cached = { model: TranslationModel; segmentCount: number };

let cached: Cached | null = null;
let training: Promise<void> | null = null;
/** When the segment count was last read: at most once a minute, not on every flag's refresh. */
let countedAt = Number.NEGATIVE_INFINITY;
const COUNT_EVERY_MS = 60_000;

/**
 * Trains IBM Model 1 on the stored aligned segments, both the published English and the current
 * one (so approved corrections count), newest first, in the process's QA thread (off the event
 * loop). Reads only; stores nothing.
 */
export async function trainStoredTranslationModel(): Promise<Cached> {
  const prisma = getPrisma();
  const [segmentCount, rows] = await Promise.all([
    prisma.segment.count(),
    prisma.segment.findMany({
      where: IN_LIVE_DOCUMENT,
      orderBy: { updatedAt: "desc" },
      take: TRAINING_PAIRS,
      select: { sourceText: true, publishedText: true, currentText: true },
    }),
  ]);
  const pairs = rows.flatMap((row) => {
    const published = { source: row.sourceText, target: row.publishedText };
    return row.currentText === row.publishedText ? [published] : [published, { source: row.sourceText, target: row.currentText }];
  });
  return { model: await trainTranslationModelOffThread(pairs, { iterations: 4 }), segmentCount };
}

/**
 * The process's translation model for the checks, or null before the first training finished.
 * Never waits for training: a stale or missing model starts one (document runs only, `mayTrain`),
 * and the checks run without the model (or with the previous one) meanwhile. A one-segment
 * refresh inside a reviewer's request never starts it.
 */
export async function getStoredTranslationModel(options: { mayTrain?: boolean } = {}): Promise<TranslationModel | null> {
  const model = cached?.model ?? null;
  if (training || !options.mayTrain || performance.now() - countedAt < COUNT_EVERY_MS) return model;
  countedAt = performance.now();
  const segmentCount = await getPrisma().segment.count();
  if (segmentCount < MIN_SEGMENTS || (cached && segmentCount - cached.segmentCount < RETRAIN_AFTER)) return model;
  training = trainStoredTranslationModel()
    .then((result) => {
      cached = result;
    })
    .catch((error: unknown) => {
      console.error("Training the word-alignment model failed; checks run without it.", error);
    })
    .finally(() => {
      training = null;
    });
  return model;
}

/** Test use: forget the cached model. */
export function resetStoredTranslationModel(): void {
  cached = null;
  countedAt = Number.NEGATIVE_INFINITY;
}
