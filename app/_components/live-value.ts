"use client";

import { useEffect, useState } from "react";

// Values the server rendered that live updates change in place (the workspace header's counts, the
// MQM panel, the filter bar's total): one place learns the new value and publishes it on a channel,
// and every component showing it adopts it, without a router refresh (which would cost the whole page).

/** A module-level broadcast of one kind of value to the components mounted now. */
export type LiveChannel<T> = {
  publish: (value: T) => void;
  subscribe: (listener: (value: T) => void) => () => void;
};

export function createLiveChannel<T>(): LiveChannel<T> {
  const listeners = new Set<(value: T) => void>();
  return {
    publish: (value) => {
      for (const listener of listeners) listener(value);
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

/**
 * A channel fed by a GET route: `refresh(url)` fetches it and publishes the JSON answer. Changes
 * arriving while a fetch runs cause one more fetch, not one each.
 */
export function createLiveRefetch<T>(): LiveChannel<T> & { refresh: (url: string) => Promise<void> } {
  const channel = createLiveChannel<T>();
  let inFlight = false;
  let isStale = false;
  const refresh = async (url: string) => {
    if (inFlight) {
      isStale = true;
      return;
    }
    inFlight = true;
    try {
      do {
        isStale = false;
        const response = await fetch(url, { cache: "no-store" });
        if (!response.ok) return;
        channel.publish((await response.json()) as T);
      } while (isStale);
    } catch {
      // Offline for a moment: the next change or the reconnect's resync fetches again.
    } finally {
      inFlight = false;
    }
  };
  return { ...channel, refresh };
}

/** Of two reads, the one that began later is the newer (`readAt`: server time in ms when the read began). */
export const isLaterRead = (next: { readAt: number }, current: { readAt: number }): boolean => next.readAt >= current.readAt;

const identity = <T,>(value: unknown) => value as T;
const always = () => true;

/**
 * The server's value, then the newer ones: published on the channel, or rendered again by a router
 * refresh after one's own action. `isNewer(next, current)` decides (default: the last to arrive), so
 * a slow page render started before someone else's change cannot put back what came before it.
 * `pick` and `isNewer` must be stable (module-level) functions.
 */
export function useLiveValue<T, V = T>(
  channel: LiveChannel<V>,
  initial: T,
  pick: (value: V) => T = identity,
  isNewer: (next: T, current: T) => boolean = always,
): T {
  const [value, setValue] = useState(initial);
  const [seenInitial, setSeenInitial] = useState(initial);
  if (seenInitial !== initial) {
    setSeenInitial(initial);
    if (isNewer(initial, value)) setValue(initial);
  }
  useEffect(
    () =>
      channel.subscribe((published) => {
        const next = pick(published);
        setValue((old) => (isNewer(next, old) ? next : old));
      }),
    [channel, pick, isNewer],
  );
  return value;
}
