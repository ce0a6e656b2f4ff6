import "server-only";
import { sessionCache, type SessionCache } from "@/lib/auth/session-cache";
import { getLiveListener, type LiveListener } from "@/lib/live/listener";
import { userChangeSchema } from "@/lib/live/schema";

/**
 * Keeps a session cache honest across instances: a deactivation, role change or password reset
 * made anywhere (its history row is NOTIFYed on commit) forgets the user here at once. After a
 * lost connection, changes may have been missed, so everything is forgotten.
 */
export function evictSessionsOnUserChange(listener: LiveListener, cache: SessionCache): () => void {
  const offUser = listener.subscribe("recto_user", (payload) => {
    const change = userChangeSchema.safeParse(payload);
    if (change.success) cache.forgetUser(change.data.userId);
  });
  const offReconnect = listener.onReconnect(() => cache.forgetAll());
  return () => {
    offUser();
    offReconnect();
  };
}

const globalForEviction = globalThis as unknown as { rectoSessionEviction?: LiveListener };

/** Starts this process's eviction (once per listener); called when the server starts. */
export function startSessionEviction(): void {
  const listener = getLiveListener();
  if (globalForEviction.rectoSessionEviction === listener) return;
  globalForEviction.rectoSessionEviction = listener;
  evictSessionsOnUserChange(listener, sessionCache);
}
