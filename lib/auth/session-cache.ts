import { LRUCache } from "lru-cache";
import type { Viewer } from "@/lib/auth/permissions";

/**
 * How long this server process reuses a verified session without asking Better Auth and the
 * database again. Sign-out, deactivation, role changes and password resets made through this
 * process forget the user's entries at once; other instances hear of them through NOTIFY
 * (lib/live/session-eviction.ts). See docs/decisions/007-session-reuse.md.
 */
export const SESSION_REUSE_MS = 5_000;

type Entry = { viewer: Viewer; token: string };

/**
 * A bounded cache of verified sessions by exact cookie value. The process has one (below); another
 * can stand for a second instance in tests.
 */
export function createSessionCache() {
  const verified = new LRUCache<string, Entry>({ max: 10_000, ttl: SESSION_REUSE_MS });
  const forgetWhere = (matches: (entry: Entry) => boolean) => {
    for (const [key, entry] of verified.entries()) if (matches(entry)) verified.delete(key);
  };
  return {
    reusedViewer: (sessionCookie: string): Viewer | undefined => verified.get(sessionCookie)?.viewer,
    rememberViewer(sessionCookie: string, entry: Entry & { expiresAt: Date }, now = Date.now()): void {
      const ttl = Math.min(SESSION_REUSE_MS, entry.expiresAt.getTime() - now);
      if (ttl <= 0) return;
      verified.set(sessionCookie, { viewer: entry.viewer, token: entry.token }, { ttl });
    },
    forgetUser: (userId: string) => forgetWhere((entry) => entry.viewer.userId === userId),
    forgetSession: (token: string) => forgetWhere((entry) => entry.token === token),
    /** Everything, when user changes may have been missed (the live listener reconnected). */
    forgetAll: () => verified.clear(),
  };
}

export type SessionCache = ReturnType<typeof createSessionCache>;

// On globalThis, like the Prisma client: Next bundles route handlers, pages and server actions
// separately, and a deactivation made by an action must reach the cache a route handler reads.
const globalForSessions = globalThis as unknown as { rectoSessionCache?: SessionCache };
export const sessionCache: SessionCache = (globalForSessions.rectoSessionCache ??= createSessionCache());

/**
 * The viewer verified for exactly this session cookie value (token and signature) in the last
 * few seconds, if any.
 */
export function reusedViewer(sessionCookie: string): Viewer | undefined {
  return sessionCache.reusedViewer(sessionCookie);
}

/** Remembers a session Better Auth has just verified, never past the session's own expiry. */
export function rememberViewer(sessionCookie: string, entry: Entry & { expiresAt: Date }, now = Date.now()): void {
  sessionCache.rememberViewer(sessionCookie, entry, now);
}

/**
 * After a deactivation, role change or password reset: the user's next request is checked afresh.
 * Other instances hear of it through NOTIFY (lib/live/session-eviction.ts).
 */
export function forgetUser(userId: string): void {
  sessionCache.forgetUser(userId);
}

/** After a session is deleted (sign-out, revocation). */
export function forgetSession(token: string): void {
  sessionCache.forgetSession(token);
}
