import { readFileSync } from "node:fs";
import { Worker } from "node:worker_threads";
import { startUnbundledThread } from "@/lib/unbundled-thread";
import { describeReadFailure, type BilingualReadRequest, type BilingualThreadMessage, type ReadFailure } from "@/lib/documents/bilingual-read";
import { decodeText } from "@/lib/documents/decode-text";
import { AppError } from "@/lib/errors";
import { readBilingualUnits, type UnitBatch } from "@/lib/exchange/bilingual-stream";

/** Below this size the file is read on the calling thread: starting a thread costs about as much (decision 010). */
export const OFF_THREAD_MIN_BYTES = 256 * 1024;

function toError(failure: ReadFailure, request: BilingualReadRequest): Error {
  if (failure.code === null) return new Error(`Reading ${request.fileName} failed in its worker thread: ${failure.message}`);
  const hint = failure.code === "TOO_LARGE" && /translation units/.test(failure.message) ? "; split it into smaller files (RECTO_MAX_IMPORT_UNITS sets the limit)" : "";
  const details = failure.line === undefined ? undefined : { line: failure.line, column: failure.column };
  return new AppError({ code: failure.code, message: `${request.fileName}: ${failure.message}${hint}`, details });
}

/**
 * Reads a bilingual file and calls `onBatch` for each batch of units, in file order, awaiting it
 * before the next batch is read: the file's units are never all in memory. Files of
 * OFF_THREAD_MIN_BYTES or more are decoded and parsed in a worker thread, so the server's event
 * loop keeps answering meanwhile. A file that cannot be read rejects with a VALIDATION or
 * TOO_LARGE AppError naming the file (and the line and column for XML).
 */
export async function readBilingualOffThread(request: BilingualReadRequest, onBatch: (batch: UnitBatch) => Promise<void>): Promise<void> {
  const size = request.bytes?.length ?? Number.POSITIVE_INFINITY;
  if (size >= OFF_THREAD_MIN_BYTES) return readInThread(request, onBatch);
  try {
    const { text } = decodeText(request.bytes ?? readFileSync(request.path!), { label: `file ${request.fileName}`, maxBytes: request.maxBytes });
    for await (const batch of readBilingualUnits(text, request.format, { maxUnits: request.maxUnits })) await onBatch(batch);
  } catch (error) {
    const failure = describeReadFailure(error);
    throw failure.code === null ? error : toError(failure, request);
  }
}

async function readInThread(request: BilingualReadRequest, onBatch: (batch: UnitBatch) => Promise<void>): Promise<void> {
  const worker = startReadThread(request);
  try {
    await new Promise<void>((resolve, reject) => {
      worker.on("message", (message: BilingualThreadMessage) => {
        if ("failure" in message) reject(toError(message.failure, request));
        else if ("done" in message) resolve();
        else onBatch(message.batch).then(() => worker.postMessage("next"), reject);
      });
      worker.on("error", (error) => reject(new Error(`Reading ${request.fileName} failed in its worker thread: ${error.message}`, { cause: error })));
      // After a result or an error this is a no-op: a promise settles once.
      worker.on("exit", (code) => reject(new Error(`Reading ${request.fileName}: the thread ended (exit code ${code}) before the end of the file`)));
    });
  } finally {
    await worker.terminate();
  }
}

function startReadThread(request: BilingualReadRequest): Worker {
  // As in lib/align/align-worker.ts: in Next's server bundle Turbopack compiles the entry into a chunk
  // of its own; unbundled (Vitest, tsx scripts) the thread registers tsx before loading the entry.
  if (process.env.NEXT_RUNTIME === "nodejs") return new Worker(new URL("./bilingual-thread.ts", import.meta.url), { workerData: request });
  return startUnbundledThread(new URL("./bilingual-thread.ts", import.meta.url), { workerData: request });
}
