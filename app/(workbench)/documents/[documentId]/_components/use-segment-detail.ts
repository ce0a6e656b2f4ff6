"use client";

import { useCallback, useEffect, useState } from "react";
import { callAction } from "@/app/_components/action-result";
import { loadSegmentAction } from "../actions";
import type { SegmentDetail } from "./types";

/** Loads the active segment's issues, suggestions and history; moving quickly loads only the last one. */
export function useSegmentDetail(segmentId: string | undefined) {
  const [detail, setDetail] = useState<SegmentDetail | null>(null);
  const [loadedKey, setLoadedKey] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const key = `${segmentId}:${generation}`;
  useEffect(() => {
    if (!segmentId) return;
    let isCurrent = true;
    const timer = setTimeout(async () => {
      const { data, error: failure } = await callAction(loadSegmentAction, { segmentId });
      if (!isCurrent) return;
      setLoadedKey(`${segmentId}:${generation}`);
      if (data) setDetail(data);
      setError(failure?.message ?? null);
    }, 60);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [segmentId, generation]);
  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return { detail: detail?.id === segmentId ? detail : null, isLoading: segmentId !== undefined && loadedKey !== key, error, reload };
}
