import "server-only";

/**
 * Every background worker of the app, started once per process: in the Next.js server
 * (instrumentation.ts) unless RECTO_RUN_JOBS=worker, and in each `npm run worker` process
 * (scripts/worker.ts; the job process of `npm start` is one, decision 026). pg-boss hands each job
 * to one of them. Each module registers its own queue's handler; this list sits above the modules
 * (not in lib/jobs, which they all import) so that no module depends back on them.
 */
const WORKER_MODULES: Array<() => Promise<{ registerWorkers: () => Promise<void> }>> = [
  // First: it fails the rows of imports the last run left unfinished, before new ones start.
  () => import("@/lib/documents/import-reconcile"),
  () => import("@/lib/documents/import-job"),
  () => import("@/lib/documents/import-bilingual-job"),
  () => import("@/lib/findings/qa-job"),
];

export async function startWorkers(): Promise<void> {
  for (const load of WORKER_MODULES) await (await load()).registerWorkers();
}
