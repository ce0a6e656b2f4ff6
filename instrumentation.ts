// Next.js calls register() once when the server starts: the background workers run in-process
// (unless RECTO_RUN_JOBS=worker leaves them to `npm run worker` or to npm start's job process,
// decision 026), and the live listener starts so
// that user changes on other instances reach the session cache.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  (await import("@/lib/auth/socket-address")).stampSocketAddresses();
  const { readEnv } = await import("@/lib/env");
  if (!readEnv().DATABASE_URL) return;
  const { startSessionEviction } = await import("@/lib/live/session-eviction");
  startSessionEviction();
  // One-segment refreshes check on this thread: build the speller and grammar checker now, not in a request.
  void (await import("@/lib/qa/run-checks")).prepareChecks();
  if (readEnv().RECTO_RUN_JOBS === "worker") return; // worker processes run them
  const { startWorkers } = await import("@/lib/workers");
  await startWorkers();
}
