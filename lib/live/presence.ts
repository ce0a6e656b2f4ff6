import type { PresenceBeat, Viewing } from "@/lib/live/types";

/** How often an open workspace says it is still there. */
export const PRESENCE_HEARTBEAT_MS = 3_000;
/** A tab not heard from for this long has left (closed without saying so, or lost its network). */
export const PRESENCE_EXPIRY_MS = 8_000;

/** "Eddie Marsh" → "EM", "eddie" → "E", "Marie-Anne Roux" → "MR"; at most two letters. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter((word) => /\p{L}/u.test(word));
  const letters = words.length > 1 ? [words[0], words.at(-1)!] : words;
  return letters.map((word) => word.match(/\p{L}/u)![0].toLocaleUpperCase("en")).join("") || "?";
}

type Seen = { userId: string; name: string; segmentId: string | null; seenAt: number };

/**
 * Who is viewing which document, fed by everyone's heartbeats (each instance hears all of them
 * through NOTIFY). Keyed by tab, listed by person: two tabs of one reviewer show once.
 */
export function createPresenceBoard() {
  const documents = new Map<string, Map<string, Seen>>();

  const list = (documentId: string): Viewing[] => {
    const byUser = new Map<string, Seen>();
    for (const seen of documents.get(documentId)?.values() ?? []) {
      const known = byUser.get(seen.userId);
      if (!known || seen.seenAt > known.seenAt) byUser.set(seen.userId, seen);
    }
    return [...byUser.values()]
      .map(({ userId, name, segmentId }) => ({ userId, name, initials: initialsOf(name), segmentId }))
      .sort((a, b) => a.name.localeCompare(b.name, "en") || a.userId.localeCompare(b.userId));
  };

  /** Records a beat; true when the document's list changed. */
  const apply = (beat: PresenceBeat, now: number): boolean => {
    const before = JSON.stringify(list(beat.documentId));
    const tabs = documents.get(beat.documentId) ?? new Map<string, Seen>();
    if (beat.isLeaving) tabs.delete(beat.clientId);
    else tabs.set(beat.clientId, { userId: beat.userId, name: beat.name, segmentId: beat.segmentId, seenAt: now });
    if (tabs.size === 0) documents.delete(beat.documentId);
    else documents.set(beat.documentId, tabs);
    return JSON.stringify(list(beat.documentId)) !== before;
  };

  /** Forgets tabs silent for longer than the expiry; returns the documents whose list changed. */
  const prune = (now: number): string[] => {
    const changed: string[] = [];
    for (const [documentId, tabs] of documents) {
      const before = JSON.stringify(list(documentId));
      for (const [clientId, seen] of tabs) if (now - seen.seenAt > PRESENCE_EXPIRY_MS) tabs.delete(clientId);
      if (tabs.size === 0) documents.delete(documentId);
      if (JSON.stringify(list(documentId)) !== before) changed.push(documentId);
    }
    return changed;
  };

  return { apply, prune, list };
}
