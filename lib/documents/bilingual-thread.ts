// The worker thread that readBilingualOffThread (bilingual-worker.ts) starts: reads and decodes the
// file, then posts its units a batch at a time, waiting for the main thread's "next" after each,
// so at most one batch is ever in flight (memory stays bounded whatever the file holds). It runs at
// the lowest CPU priority, so that parsing never takes a core from the server's requests.
import { readFileSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { decodeText } from "@/lib/documents/decode-text";
import { readBilingualUnits } from "@/lib/exchange/bilingual-stream";
import { lowerThisThreadPriority } from "@/lib/thread-priority";
import { describeReadFailure, type BilingualReadRequest, type BilingualThreadMessage } from "./bilingual-read";

lowerThisThreadPriority();

const request = workerData as BilingualReadRequest;
const post = (message: BilingualThreadMessage) => parentPort!.postMessage(message);
const next = () => new Promise<void>((resolve) => parentPort!.once("message", () => resolve()));

async function run(): Promise<void> {
  const bytes = request.path ? readFileSync(request.path) : request.bytes!;
  const { text } = decodeText(bytes, { label: `file ${request.fileName}`, maxBytes: request.maxBytes });
  for await (const batch of readBilingualUnits(text, request.format, { maxUnits: request.maxUnits })) {
    post({ batch });
    await next();
  }
  post({ done: true });
}

run().catch((error: unknown) => post({ failure: describeReadFailure(error) }));
