import "server-only";
import { createPresenceBoard } from "@/lib/live/presence";
import { getLiveListener, type LiveListener } from "@/lib/live/listener";
import { documentChangeSchema, presenceBeatSchema } from "@/lib/live/schema";
import type { DocumentChange, Viewing } from "@/lib/live/types";

export type DocumentSubscriber = {
  onChange: (change: DocumentChange) => void;
  onPresence: (viewing: Viewing[]) => void;
  /** The listener lost notifications (its connection dropped): reload what is on screen. */
  onResync: () => void;
};

const PRUNE_EVERY_MS = 1_000;

/**
 * Fans one listener's document changes and presence beats out to the open event streams of this
 * process, by document. Presence is kept here in memory, fed by every instance's heartbeats.
 */
export function createLiveHub(listener: LiveListener) {
  const subscribers = new Map<string, Set<DocumentSubscriber>>();
  const board = createPresenceBoard();
  let stop: (() => void) | null = null;

  const each = (documentId: string, call: (subscriber: DocumentSubscriber) => void) => {
    for (const subscriber of subscribers.get(documentId) ?? []) call(subscriber);
  };
  const announce = (documentId: string) => {
    const viewing = board.list(documentId);
    each(documentId, (subscriber) => subscriber.onPresence(viewing));
  };

  const begin = () => {
    const offChange = listener.subscribe("recto_document", (payload) => {
      const change = documentChangeSchema.safeParse(payload);
      if (change.success) each(change.data.documentId, (subscriber) => subscriber.onChange(change.data));
    });
    const offPresence = listener.subscribe("recto_presence", (payload) => {
      const beat = presenceBeatSchema.safeParse(payload);
      if (beat.success && board.apply(beat.data, Date.now())) announce(beat.data.documentId);
    });
    const offReconnect = listener.onReconnect(() => {
      for (const set of subscribers.values()) for (const subscriber of set) subscriber.onResync();
    });
    const timer = setInterval(() => board.prune(Date.now()).forEach(announce), PRUNE_EVERY_MS);
    timer.unref();
    stop = () => {
      offChange();
      offPresence();
      offReconnect();
      clearInterval(timer);
      stop = null;
    };
  };

  return {
    /** Subscribes to one document; the returned function unsubscribes (the last one stops listening). */
    subscribe(documentId: string, subscriber: DocumentSubscriber): () => void {
      if (!stop) begin();
      board.prune(Date.now());
      const set = subscribers.get(documentId) ?? new Set<DocumentSubscriber>();
      set.add(subscriber);
      subscribers.set(documentId, set);
      subscriber.onPresence(board.list(documentId));
      return () => {
        set.delete(subscriber);
        if (set.size === 0) subscribers.delete(documentId);
        if (subscribers.size === 0) stop?.();
      };
    },
    viewing: (documentId: string) => board.list(documentId),
    connectionCount: () => [...subscribers.values()].reduce((sum, set) => sum + set.size, 0),
  };
}

export type LiveHub = ReturnType<typeof createLiveHub>;

const globalForHub = globalThis as unknown as { rectoLiveHub?: { listener: LiveListener; hub: LiveHub } };

/** This process's hub, on its listener. */
export function getLiveHub(): LiveHub {
  const listener = getLiveListener();
  const cached = globalForHub.rectoLiveHub;
  if (cached && cached.listener === listener) return cached.hub;
  const hub = createLiveHub(listener);
  globalForHub.rectoLiveHub = { listener, hub };
  return hub;
}
