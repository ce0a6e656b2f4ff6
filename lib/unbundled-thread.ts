import { Worker, type WorkerOptions } from "node:worker_threads";

/**
 * A worker thread running a TypeScript entry outside Next's bundle (Vitest, tsx scripts, the CLI
 * and `npm run worker`). On Node 20 a worker ignores the parent's tsx loader hooks
 * (nodejs/node#47747, privatenumber/tsx#354), so the thread registers tsx before loading its entry.
 * The thread itself finds tsx, from the entry's folder: the parent could not use
 * `import.meta.resolve` (Vite's module runner, in Vitest's global setup, does not support it) nor
 * `createRequire().resolve` (Turbopack would try to bundle tsx). Inside Next's bundle each caller
 * keeps its own literal `new Worker(new URL("./x.ts", import.meta.url))`, which Turbopack compiles.
 */
export function startUnbundledThread(entry: URL, options: WorkerOptions = {}): Worker {
  const href = JSON.stringify(entry.href);
  const bootstrap = [
    `const { createRequire } = require("node:module");`,
    `const { pathToFileURL } = require("node:url");`,
    `const tsx = pathToFileURL(createRequire(${href}).resolve("tsx/esm/api")).href;`,
    `import(tsx).then((api) => { api.register(); return import(${href}); });`,
  ].join("\n");
  return new Worker(bootstrap, { ...options, eval: true });
}
