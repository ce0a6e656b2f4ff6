import { getPrisma } from "@/lib/db/client";
import { DATABASE_UNREACHABLE_MESSAGE } from "@/lib/db/errors";

/** How long one answer of the probe is reused: pages pay for at most one `SELECT 1` per interval. */
const REUSE_MS = 2_000;
const PROBE_TIMEOUT_MS = 2_000;

type Health = { checkedAt: number; isReachable: boolean; probe: Promise<boolean> | null };
// On globalThis: the proxy and the app's bundles share one answer per process.
const globalForHealth = globalThis as unknown as { rectoDatabaseHealth?: Health };
const health = (globalForHealth.rectoDatabaseHealth ??= { checkedAt: 0, isReachable: true, probe: null });

async function probe(): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS)));
  try {
    return await Promise.race([getPrisma().$queryRaw`SELECT 1`.then(() => true), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/** Whether PostgreSQL answered within the last couple of seconds (probing again when that answer is older). */
export async function isDatabaseReachable(now = Date.now()): Promise<boolean> {
  if (now - health.checkedAt < REUSE_MS) return health.isReachable;
  health.probe ??= probe().then((isReachable) => {
    Object.assign(health, { checkedAt: Date.now(), isReachable, probe: null });
    return isReachable;
  });
  return health.probe;
}

/** The page answer while the database is down: 503, saying so, instead of a generic error page. */
export function databaseUnavailablePage(): Response {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Recto: database unreachable</title></head>` +
    `<body><main><h1>The database is unreachable</h1><p>${DATABASE_UNREACHABLE_MESSAGE}</p></main></body></html>`;
  return new Response(html, { status: 503, headers: { "content-type": "text/html; charset=utf-8", "retry-after": "30", "cache-control": "no-store" } });
}
