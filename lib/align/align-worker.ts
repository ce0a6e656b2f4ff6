import { Worker } from "node:worker_threads";
import { startUnbundledThread } from "@/lib/unbundled-thread";
import { alignTexts, type AlignedSegment, type AlignedText, type AlignOptions } from "./align";

/** align-thread.ts's workerData. */
export type AlignRequest = { sourceText: string; targetText: string; options: AlignOptions };
/** What align-thread.ts posts: segments in batches, then the leadings, which complete the result. */
export type AlignThreadMessage = { segments: AlignedSegment[] } | { sourceLeading: string; targetLeading: string };

/**
 * Below this many characters (both sides together) aligning on the calling thread takes about as
 * long as starting the thread would (~25 ms; docs/decisions/010-alignment-off-thread.md).
 */
export const OFF_THREAD_MIN_CHARS = 20_000;

/**
 * alignTexts in a worker thread, so that the server's event loop keeps answering requests meanwhile;
 * the result is the same. Texts under OFF_THREAD_MIN_CHARS are aligned on the calling thread. One
 * thread per call, ended before the promise settles; an error in the thread rejects the promise.
 */
export async function alignTextsOffThread(sourceText: string, targetText: string, options: AlignOptions = {}): Promise<AlignedText> {
  if (sourceText.length + targetText.length < OFF_THREAD_MIN_CHARS) return alignTexts(sourceText, targetText, options);
  const worker = startAlignThread({ sourceText, targetText, options });
  try {
    return await collectResult(worker);
  } finally {
    await worker.terminate();
  }
}

function collectResult(worker: Worker): Promise<AlignedText> {
  const segments: AlignedSegment[] = [];
  return new Promise((resolve, reject) => {
    const fail = (reason: string, cause?: unknown) => reject(new Error(`Sentence alignment failed in its worker thread: ${reason}`, { cause }));
    worker.on("message", (message: AlignThreadMessage) => {
      if ("segments" in message) segments.push(...message.segments);
      else resolve({ sourceLeading: message.sourceLeading, targetLeading: message.targetLeading, segments });
    });
    worker.on("messageerror", (error) => fail(`a result could not be read (${error.message})`, error));
    worker.on("error", (error) => fail(error.message, error));
    // After a result or an error this is a no-op: a promise settles once.
    worker.on("exit", (code) => fail(`the thread ended (exit code ${code}) before sending its result`));
  });
}

function startAlignThread(request: AlignRequest): Worker {
  // In Next's server bundle the condition is a build-time constant: Turbopack compiles align-thread.ts
  // into a chunk of its own, points this call at it, and leaves the code below out.
  if (process.env.NEXT_RUNTIME === "nodejs") return new Worker(new URL("./align-thread.ts", import.meta.url), { workerData: request });
  // Unbundled (Vitest, tsx scripts): on Node 20 a worker ignores the parent's tsx loader hooks
  // (nodejs/node#47747, privatenumber/tsx#354), so the thread registers tsx before loading its entry.
  return startUnbundledThread(new URL("./align-thread.ts", import.meta.url), { workerData: request });
}
