"use client";

import { useEffect } from "react";
import { createLiveChannel, useLiveValue } from "@/app/_components/live-value";

// The filters bar says how many segments match; the workspace's list (use-segment-pages.ts) learns
// the live number on every page it fetches and publishes it here, so the bar follows live changes.
const totals = createLiveChannel<number>();

/** Publishes the list's current total (from use-segment-pages.ts). */
export function useListTotalPublisher(total: number): void {
  useEffect(() => totals.publish(total), [total]);
}

/** The server's total, then the list's latest one. */
export function useListTotal(initial: number): number {
  return useLiveValue(totals, initial);
}
