import "server-only";

/**
 * Every background worker of the app, started once in the Next.js server process
 * (instrumentation.ts). Each module registers its own queue's handler; this list sits above
 * the modules (not in lib/jobs, which they all import) so that no module depends back on them.
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
