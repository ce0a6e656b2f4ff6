import { subscribe } from "node:diagnostics_channel";
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";

/**
 * What a background thread needs to step aside while the server answers requests (decision 024):
 * the number of requests in flight, shared with the main thread, and how long it may wait.
 */
export type RequestYield = {
  /** One Int32 on a SharedArrayBuffer: requests the server is answering now. */
  inFlight: Int32Array;
  /** The longest a thread waits in one go for the count to drop to zero, in ms. */
  maxPauseMs: number;
  /** After a wait that reached maxPauseMs, the thread works this long (ms) before it waits again. */
  runAfterPauseMs: number;
};

/** At most half the time under constant load, so a job takes at most twice as long (decision 024). */
export const REQUEST_YIELD_LIMITS = { maxPauseMs: 25, runAfterPauseMs: 25 } as const;
/** A request still open after this long is a stream or a download, which nobody waits on interactively: it stops counting. */
export const LONG_REQUEST_MS = 10_000;

const globalForRequests = globalThis as unknown as { rectoRequestYield?: RequestYield; rectoRequestsCounted?: boolean };

export function createRequestYield(limits: { maxPauseMs: number; runAfterPauseMs: number } = REQUEST_YIELD_LIMITS): RequestYield {
  return { inFlight: new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT)), ...limits };
}

/**
 * The process's request count, for background threads to receive when they start: set once the
 * Next server counts its requests (countRequestsInFlight), undefined elsewhere (CLI, tests,
 * `npm run worker`), where threads never wait.
 */
export function sharedRequestYield(): RequestYield | undefined {
  return globalForRequests.rectoRequestYield;
}

/** Replaces the process's request count (undefined: none). Threads started afterwards receive it. */
export function shareRequestYield(requestYield: RequestYield | undefined): void {
  globalForRequests.rectoRequestYield = requestYield;
}

/** Event streams stay open as long as a page does: counting them would keep the count above zero. */
export function isLongLived(headers: IncomingHttpHeaders): boolean {
  return (headers.accept ?? "").includes("text/event-stream");
}

/** One more request in flight. */
export function requestStarted(inFlight: Int32Array): void {
  Atomics.add(inFlight, 0, 1);
}

/** One request fewer; the last one wakes every thread waiting for zero. */
export function requestEnded(inFlight: Int32Array): void {
  if (Atomics.sub(inFlight, 0, 1) === 1) Atomics.notify(inFlight, 0);
}

const releases = new WeakMap<ServerResponse, () => void>();

/**
 * Counts `request` until its response finishes, its connection closes (an aborted request
 * never finishes) or LONG_REQUEST_MS pass, whichever comes first: exactly once.
 */
export function countRequest(inFlight: Int32Array, request: IncomingMessage, response: ServerResponse): void {
  if (isLongLived(request.headers)) return;
  requestStarted(inFlight);
  const release = () => {
    if (!releases.delete(response)) return;
    clearTimeout(timer);
    response.off("close", release);
    requestEnded(inFlight);
  };
  const timer = setTimeout(release, LONG_REQUEST_MS).unref();
  releases.set(response, release);
  response.once("close", release);
}

/** Ends the count of `response`'s request now, if it still counts (the response has finished). */
export function uncountResponse(response: ServerResponse): void {
  releases.get(response)?.();
}

type RequestMessage = { request: IncomingMessage; response: ServerResponse };

/**
 * Makes this process count the HTTP requests it is answering (Node publishes both channels for
 * every server it runs) and shares the count with background threads started afterwards. Once per
 * process; called by instrumentation.ts, so only the Next server counts.
 */
export function countRequestsInFlight(): void {
  if (globalForRequests.rectoRequestsCounted) return;
  globalForRequests.rectoRequestsCounted = true;
  const requestYield = createRequestYield();
  shareRequestYield(requestYield);
  subscribe("http.server.request.start", (message) => {
    const { request, response } = message as RequestMessage;
    countRequest(requestYield.inFlight, request, response);
  });
  subscribe("http.server.response.finish", (message) => uncountResponse((message as RequestMessage).response));
}
