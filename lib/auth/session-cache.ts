import { LRUCache } from "lru-cache";
import type { Viewer } from "@/lib/auth/permissions";

/**
 * How long this server process reuses a verified session without asking Better Auth and the
 * database again. Sign-out, deactivation, role changes and password resets made through this
 * process forget the user's entries at once; another process (a second instance, the CLI) sees
 * them at most this late. See docs/decisions/007-session-reuse.md.
 */
export const SESSION_REUSE_MS = 5_000;

type Entry = { viewer: Viewer; token: string };

// On globalThis, like the Prisma client: Next bundles route handlers, pages and server actions
// separately, and a deactivation made by an action must reach the cache a route handler reads.
const globalForSessions = globalThis as unknown as { rectoVerifiedSessions?: LRUCache<string, Entry> };
const verified = (globalForSessions.rectoVerifiedSessions ??= new LRUCache<string, Entry>({ max: 10_000, ttl: SESSION_REUSE_MS }));

/**
 * The viewer verified for exactly this session cookie value (token and signature) in the last
 * few seconds, if any.
 */
export function reusedViewer(sessionCookie: string): Viewer | undefined {
  return verified.get(sessionCookie)?.viewer;
}

/** Remembers a session Better Auth has just verified, never past the session's own expiry. */
export function rememberViewer(sessionCookie: string, entry: Entry & { expiresAt: Date }, now = Date.now()): void {
  const ttl = Math.min(SESSION_REUSE_MS, entry.expiresAt.getTime() - now);
  if (ttl <= 0) return;
  verified.set(sessionCookie, { viewer: entry.viewer, token: entry.token }, { ttl });
}

function forgetWhere(matches: (entry: Entry) => boolean): void {
  for (const [key, entry] of verified.entries()) if (matches(entry)) verified.delete(key);
}

/** After a deactivation, role change or password reset: the user's next request is checked afresh. */
export function forgetUser(userId: string): void {
  forgetWhere((entry) => entry.viewer.userId === userId);
}

/** After a session is deleted (sign-out, revocation). */
export function forgetSession(token: string): void {
  forgetWhere((entry) => entry.token === token);
}
