import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { startUnbundledThread } from "@/lib/unbundled-thread";
import type { GrammarLint } from "./grammar-checker";

/** grammar-thread.ts's one request: the distinct texts to lint, in the order `primeGrammar` would batch them. */
export type GrammarRequest = { texts: string[] };
/** What grammar-thread.ts posts: pages of lints, then done; or a failure. */
export type GrammarThreadMessage = { lints: Array<[string, GrammarLint[]]> } | { done: true } | { failure: string };

/**
 * Texts per page of lints. A multiple of lintGrammarBatch's 50, so each text is linted in the same
 * Harper call as on the calling thread (the lints are the same either way).
 */
export const GRAMMAR_PAGE = 500;

function newGrammarWorker(): Worker {
  // The built CLI (scripts/build-cli.mjs) bundles the thread's entry beside its own chunks; tsx
  // scripts, Vitest and the bench load the TypeScript entry.
  const built = new URL("./grammar-thread.mjs", import.meta.url);
  if (import.meta.url.endsWith(".mjs") && existsSync(fileURLToPath(built))) return new Worker(built);
  return startUnbundledThread(new URL("./grammar-thread.ts", import.meta.url));
}

/** A grammar thread loading Harper ahead of its texts; `ended` resolves with why, if it ends first. */
export type StartedGrammarThread = { worker: Worker; ended: Promise<string> };

/**
 * Starts a grammar thread, which loads Harper at once, so that a caller with other work first
 * (reading its input, loading the other checks) overlaps the two. It does not keep the process
 * alive until given texts by `lintGrammarOffThread`.
 */
export function startGrammarThread(): StartedGrammarThread {
  const worker = newGrammarWorker();
  worker.unref();
  const ended = new Promise<string>((resolve) => {
    worker.once("error", (error) => resolve(error.message));
    worker.once("exit", (code) => resolve(`the thread ended (exit code ${code}) before answering`));
  });
  return { worker, ended };
}

/**
 * Lints `texts` with Harper in a worker thread (`thread`, else one started for this call), handing
 * each page of lints to `onLints` as it arrives (when the calling thread's event loop is free).
 * Resolves once every text is linted; rejects when the thread cannot load Harper or fails. The
 * thread is ended either way.
 */
export async function lintGrammarOffThread(texts: string[], onLints: (lints: Array<[string, GrammarLint[]]>) => void, thread = startGrammarThread()): Promise<void> {
  const { worker, ended } = thread;
  worker.ref();
  try {
    await new Promise<void>((resolve, reject) => {
      const fail = (reason: string) => reject(new Error(`The grammar check failed in its worker thread: ${reason}`));
      void ended.then(fail);
      worker.on("message", (message: GrammarThreadMessage) => {
        if ("lints" in message) onLints(message.lints);
        else if ("done" in message) resolve();
        else fail(message.failure);
      });
      worker.on("messageerror", (error) => fail(`lints could not be read (${error.message})`));
      worker.postMessage({ texts } satisfies GrammarRequest);
    });
  } finally {
    await worker.terminate();
  }
}
