"use client";

import { useCallback, useEffect, useState } from "react";
import { callAction, type ServerAction } from "@/app/_components/action-result";

/** Loads one thing about the active segment (its comments, its glossary terms); `reload` after a change. */
export function useSegmentResource<T>(segmentId: string, load: ServerAction<{ segmentId: string }, T>) {
  const [state, setState] = useState<{ key: string; data: T | null; error: string | null }>({ key: "", data: null, error: null });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let isCurrent = true;
    // Server actions run one at a time: wait until the reader settles on a segment, and let the
    // segment's own detail (60 ms, use-segment-detail.ts) go first.
    const timer = setTimeout(async () => {
      const { data, error } = await callAction(load, { segmentId });
      if (isCurrent) setState({ key: segmentId, data: data ?? null, error: error?.message ?? null });
    }, 150);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [segmentId, generation, load]);
  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  const isCurrent = state.key === segmentId;
  return { data: isCurrent ? state.data : null, error: isCurrent ? state.error : null, reload };
}
