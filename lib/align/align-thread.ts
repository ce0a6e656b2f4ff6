// The worker thread that alignTextsOffThread (align-worker.ts) starts: aligns once, posts the segments
// in batches and the leadings last, then ends. An exception here reaches the caller as a rejection.
import { parentPort, workerData } from "node:worker_threads";
import { alignTexts } from "./align";
import type { AlignRequest, AlignThreadMessage } from "./align-worker";

/** The main thread deserialises each message in one go; 2,000 segments take a few milliseconds. */
const SEGMENTS_PER_MESSAGE = 2000;

const { sourceText, targetText, options } = workerData as AlignRequest;
const aligned = alignTexts(sourceText, targetText, options);
const post = (message: AlignThreadMessage) => parentPort!.postMessage(message);
for (let start = 0; start < aligned.segments.length; start += SEGMENTS_PER_MESSAGE) {
  post({ segments: aligned.segments.slice(start, start + SEGMENTS_PER_MESSAGE) });
}
post({ sourceLeading: aligned.sourceLeading, targetLeading: aligned.targetLeading });
