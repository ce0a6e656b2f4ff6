import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker, type WorkerOptions } from "node:worker_threads";

/**
 * A worker thread running a TypeScript entry outside Next's bundle (Vitest, tsx scripts, the CLI
 * and `npm run worker`). On Node 20 a worker ignores the parent's tsx loader hooks
 * (nodejs/node#47747, privatenumber/tsx#354), so the thread registers tsx before loading its entry.
 * tsx is found with `createRequire`, not `import.meta.resolve`, which Vite's module runner (Vitest's
 * global setup) does not support. Inside Next's bundle each caller keeps its own literal
 * `new Worker(new URL("./x.ts", import.meta.url))`, which Turbopack needs to see to compile the entry.
 */
export function startUnbundledThread(entry: URL, options: WorkerOptions = {}): Worker {
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve("tsx/esm/api")).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}
