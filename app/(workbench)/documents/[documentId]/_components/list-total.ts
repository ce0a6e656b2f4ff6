"use client";

import { useEffect, useState } from "react";

// The filters bar says how many segments match; the workspace's list (use-segment-pages.ts) learns
// the live number on every page it fetches and publishes it here, so the bar follows live changes.
const listeners = new Set<(total: number) => void>();

/** Publishes the list's current total (from use-segment-pages.ts). */
export function useListTotalPublisher(total: number): void {
  useEffect(() => {
    for (const listener of listeners) listener(total);
  }, [total]);
}

/** The server's total, then the list's latest one. */
export function useListTotal(initial: number): number {
  const [total, setTotal] = useState(initial);
  const [seenInitial, setSeenInitial] = useState(initial);
  if (seenInitial !== initial) {
    setSeenInitial(initial);
    setTotal(initial);
  }
  useEffect(() => {
    listeners.add(setTotal);
    return () => void listeners.delete(setTotal);
  }, []);
  return total;
}
