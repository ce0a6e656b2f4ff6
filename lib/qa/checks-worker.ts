import { Worker } from "node:worker_threads";
import { startUnbundledThread } from "@/lib/unbundled-thread";
import type { TrainingPair, TranslationModel } from "@/lib/word-align/translation-model";
import { TERM_CONSISTENCY } from "./checks/term-consistency";
import type { DocumentStats, CheckResult, QaOptions, SegmentPair } from "./types";

/** Checks that need the whole document: a one-segment refresh leaves their findings to the document run. */
export const DOCUMENT_WIDE_CHECKS: string[] = [TERM_CONSISTENCY.id];

/** "all": every enabled check; "document-wide": term consistency only; "stats": the length statistics only. */
export type CheckScope = "all" | "document-wide" | "stats";
/** What checks-thread.ts takes: pages of pairs, then one "check" over them; or a model to train. */
export type ChecksRequest =
  | { kind: "pairs"; pairs: SegmentPair[] }
  | { kind: "check"; options: QaOptions; scope: CheckScope }
  | { kind: "train"; pairs: TrainingPair[]; iterations: number }
  | { kind: "prepare" };
/** What checks-thread.ts posts: findings in batches then the stats (a check), a model (a training), or a failure. */
export type ChecksThreadMessage = { findings: CheckResult[] } | { stats: DocumentStats } | { model: TranslationModel } | { failure: string };

/** Pairs per message: serialising a page costs the main thread a few milliseconds. */
const PAIRS_PER_MESSAGE = 1000;

let thread: Worker | null = null;
let queue: Promise<unknown> = Promise.resolve();

function startChecksThread(): Worker {
  // As in lib/align/align-worker.ts: in Next's server bundle Turbopack compiles the entry into a chunk
  // of its own; unbundled (Vitest, tsx scripts) the thread registers tsx before loading the entry.
  if (process.env.NEXT_RUNTIME === "nodejs") return new Worker(new URL("./checks-thread.ts", import.meta.url));
  return startUnbundledThread(new URL("./checks-thread.ts", import.meta.url));
}

/**
 * Sends `requests` to the process's QA thread (started on first use, kept between runs, unref'd while
 * idle) and feeds what it posts to `onMessage` until that returns a result. One exchange at a time:
 * the others wait their turn. A thread that fails or exits rejects the exchange and is replaced by the next one.
 */
function exchange<T>(requests: ChecksRequest[], onMessage: (message: ChecksThreadMessage) => T | undefined): Promise<T> {
  const run = queue.then(() => new Promise<T>((resolve, reject) => {
    const worker = (thread ??= startChecksThread());
    worker.ref();
    const settle = (outcome: () => void) => {
      worker.off("message", received).off("error", failed).off("exit", exited);
      worker.unref();
      outcome();
    };
    const received = (message: ChecksThreadMessage) => {
      if ("failure" in message) return settle(() => reject(new Error(`QA checks failed in their worker thread: ${message.failure}`)));
      const result = onMessage(message);
      if (result !== undefined) settle(() => resolve(result));
    };
    const failed = (error: Error) => {
      thread = null;
      void worker.terminate();
      settle(() => reject(new Error(`QA checks failed in their worker thread: ${error.message}`, { cause: error })));
    };
    const exited = (code: number) => {
      thread = null;
      settle(() => reject(new Error(`The QA worker thread ended (exit code ${code}) before answering`)));
    };
    worker.on("message", received).on("error", failed).on("exit", exited);
    for (const request of requests) worker.postMessage(request);
  }));
  queue = run.catch(() => undefined);
  return run;
}

function pairPages(pairs: readonly SegmentPair[]): ChecksRequest[] {
  const pages: ChecksRequest[] = [];
  for (let start = 0; start < pairs.length; start += PAIRS_PER_MESSAGE) pages.push({ kind: "pairs", pairs: pairs.slice(start, start + PAIRS_PER_MESSAGE) });
  return pages;
}

/**
 * runChecks's findings for a whole document (and its length statistics), computed in the process's
 * QA thread so that the event loop keeps answering requests: checking a 20,000-segment document
 * takes minutes of CPU. The pairs cross in pages; the findings come back in batches.
 */
export async function checkDocumentOffThread(pairs: readonly SegmentPair[], options: QaOptions, scope: CheckScope = "all"): Promise<{ findings: CheckResult[]; stats: DocumentStats }> {
  const findings: CheckResult[] = [];
  return exchange([...pairPages(pairs), { kind: "check", options, scope }], (message) => {
    if ("findings" in message) findings.push(...message.findings);
    return "stats" in message ? { findings, stats: message.stats } : undefined;
  });
}

/** trainTranslationModel in the QA thread: synchronous EM, about a second per thousand pairs. */
export function trainTranslationModelOffThread(pairs: TrainingPair[], options: { iterations: number }): Promise<TranslationModel> {
  return exchange([{ kind: "train", pairs, iterations: options.iterations }], (message) => ("model" in message ? message.model : undefined));
}

/**
 * Starts the QA thread and builds its checkers now (seconds of its own CPU), so the first run does
 * not wait for them. Never rejects: a thread that cannot start is logged, and the next run retries.
 */
export async function prepareChecksOffThread(): Promise<void> {
  try {
    await exchange([{ kind: "prepare" }, { kind: "check", options: {}, scope: "stats" }], (message) => ("stats" in message ? true : undefined));
  } catch (error) {
    console.error("recto: the QA worker thread could not start; document QA runs will retry it", error);
  }
}

/** Test use: ends the QA thread (the next call starts a new one). */
export async function stopChecksThread(): Promise<void> {
  await queue;
  const worker = thread;
  thread = null;
  await worker?.terminate();
}
