import { Worker } from "node:worker_threads";
import { startUnbundledThread } from "@/lib/unbundled-thread";
import type { TrainingPair, TranslationModel } from "@/lib/word-align/translation-model";
import { TERM_CONSISTENCY } from "./checks/term-consistency";
import type { DocumentStats, CheckResult, QaOptions, SegmentPair } from "./types";

/** Checks that need the whole document: a one-segment refresh leaves their findings to the document run. */
export const DOCUMENT_WIDE_CHECKS: string[] = [TERM_CONSISTENCY.id];

/** "all": every enabled check; "document-wide": term consistency only; "stats": the length statistics only. */
export type CheckScope = "all" | "document-wide" | "stats";
/**
 * What checks-thread.ts takes. A document run is "begin", pages ("measure" pages, then "check"
 * pages), then "finish"; the thread answers each with findings (possibly none) then "done".
 */
export type ChecksRequest =
  | { kind: "begin"; options: QaOptions; scope: CheckScope }
  | { kind: "measure"; pairs: SegmentPair[] }
  | { kind: "check"; pairs: SegmentPair[] }
  | { kind: "finish" }
  | { kind: "train"; pairs: TrainingPair[]; iterations: number }
  | { kind: "prepare" };
/** What checks-thread.ts posts: findings in batches then "done" (with the stats after "finish"), a model, or a failure. */
export type ChecksThreadMessage = { findings: CheckResult[] } | { done: true; stats?: DocumentStats } | { model: TranslationModel } | { failure: string };

/**
 * Segments a document run sends to the thread at a time (checkDocumentOffThread; lib/findings
 * reads pages of this size): serialising a page costs the main thread a few milliseconds, and the
 * thread holds one page of texts at a time. A multiple of the thread's grammar batch (8), so each
 * text meets the same neighbours in Harper whatever page it falls in: findings do not depend on paging.
 */
export const QA_PAGE_SEGMENTS = 2000;

let thread: Worker | null = null;
let queue: Promise<unknown> = Promise.resolve();

function startChecksThread(): Worker {
  // As in lib/align/align-worker.ts: in Next's server bundle Turbopack compiles the entry into a chunk
  // of its own; unbundled (Vitest, tsx scripts) the thread registers tsx before loading the entry.
  if (process.env.NEXT_RUNTIME === "nodejs") return new Worker(new URL("./checks-thread.ts", import.meta.url));
  return startUnbundledThread(new URL("./checks-thread.ts", import.meta.url));
}

/** Sends one request and collects what the thread posts until its answer (`done` or a model). */
type Ask = (request: ChecksRequest) => Promise<{ findings: CheckResult[]; stats?: DocumentStats; model?: TranslationModel }>;

/**
 * Runs `work` with the process's QA thread to itself (started on first use, kept between runs,
 * unref'd while idle): one session at a time, the others wait their turn. A thread that fails or
 * exits rejects the pending request (and every later one of the session) and is replaced next time.
 */
function withThread<T>(work: (ask: Ask) => Promise<T>): Promise<T> {
  const run = queue.then(async () => {
    const worker = (thread ??= startChecksThread());
    let broken: Error | null = null;
    let pending: { resolve: (answer: Awaited<ReturnType<Ask>>) => void; reject: (error: Error) => void; findings: CheckResult[] } | null = null;
    const fail = (error: Error) => {
      broken ??= error;
      pending?.reject(error);
      pending = null;
    };
    const received = (message: ChecksThreadMessage) => {
      if ("failure" in message) return fail(new Error(`QA checks failed in their worker thread: ${message.failure}`));
      if (!pending) return;
      if ("findings" in message) {
        for (const finding of message.findings) pending.findings.push(finding);
        return;
      }
      const answer = "model" in message ? { findings: pending.findings, model: message.model } : { findings: pending.findings, stats: message.stats };
      pending.resolve(answer);
      pending = null;
    };
    const failed = (error: Error) => {
      thread = null;
      void worker.terminate();
      fail(new Error(`QA checks failed in their worker thread: ${error.message}`, { cause: error }));
    };
    const exited = (code: number) => {
      thread = null;
      fail(new Error(`The QA worker thread ended (exit code ${code}) before answering`));
    };
    const ask: Ask = (request) => new Promise((resolve, reject) => {
      if (broken) return reject(broken);
      pending = { resolve, reject, findings: [] };
      worker.postMessage(request);
    });
    worker.ref();
    worker.on("message", received).on("error", failed).on("exit", exited);
    try {
      return await work(ask);
    } finally {
      worker.off("message", received).off("error", failed).off("exit", exited);
      worker.unref();
    }
  });
  queue = run.catch(() => undefined);
  return run;
}

/** One document run in the QA thread, fed a page at a time (withDocumentCheck). */
export type DocumentCheck = {
  /** Adds the pairs' length ratios to the document's statistics. Scope "all": every page, before the first `check`. */
  measure: (pairs: SegmentPair[]) => Promise<void>;
  /** Runs the scope's per-segment checks on the pairs (none for "document-wide") and notes their glossary term uses; resolves to the pairs' findings. */
  check: (pairs: SegmentPair[]) => Promise<CheckResult[]>;
  /** The document-wide findings (term consistency) over every checked page, and the length statistics. */
  finish: () => Promise<{ findings: CheckResult[]; stats: DocumentStats }>;
};

/**
 * Runs `work` with a document run open in the process's QA thread, so that the event loop keeps
 * answering requests (checking a 100,000-segment document takes minutes of CPU) and neither
 * thread holds more than a page of texts: the caller reads and sends pages of at most
 * QA_PAGE_SEGMENTS (a multiple of 8, except the last) and stores each page's findings as they come.
 * With scope "all" every page is measured before any is checked (the length checks compare each
 * segment with the whole document); with "document-wide" `check` measures as it goes; "stats" only measures.
 */
export function withDocumentCheck<T>(options: QaOptions, scope: CheckScope, work: (run: DocumentCheck) => Promise<T>): Promise<T> {
  return withThread(async (ask) => {
    await ask({ kind: "begin", options, scope });
    return work({
      measure: async (pairs) => void (await ask({ kind: "measure", pairs })),
      check: async (pairs) => (await ask({ kind: "check", pairs })).findings,
      finish: async () => {
        const { findings, stats } = await ask({ kind: "finish" });
        return { findings, stats: stats! };
      },
    });
  });
}

function pages<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += QA_PAGE_SEGMENTS) result.push(items.slice(start, start + QA_PAGE_SEGMENTS));
  return result;
}

/**
 * runChecks's findings for pairs already in memory (and their length statistics), computed in the
 * process's QA thread: withDocumentCheck over pages of the array. Findings come back in page order,
 * the document-wide ones last.
 */
export async function checkDocumentOffThread(pairs: readonly SegmentPair[], options: QaOptions, scope: CheckScope = "all"): Promise<{ findings: CheckResult[]; stats: DocumentStats }> {
  return withDocumentCheck(options, scope, async (run) => {
    const findings: CheckResult[] = [];
    if (scope !== "document-wide") for (const page of pages(pairs)) await run.measure(page);
    if (scope !== "stats") for (const page of pages(pairs)) findings.push(...(await run.check(page)));
    const finished = await run.finish();
    return { findings: [...findings, ...finished.findings], stats: finished.stats };
  });
}

/** trainTranslationModel in the QA thread: synchronous EM, about a second per thousand pairs. */
export function trainTranslationModelOffThread(pairs: TrainingPair[], options: { iterations: number }): Promise<TranslationModel> {
  return withThread(async (ask) => (await ask({ kind: "train", pairs, iterations: options.iterations })).model!);
}

/**
 * Starts the QA thread and builds its checkers now (seconds of its own CPU), so the first run does
 * not wait for them. Never rejects: a thread that cannot start is logged, and the next run retries.
 */
export async function prepareChecksOffThread(): Promise<void> {
  try {
    await withThread((ask) => ask({ kind: "prepare" }));
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
