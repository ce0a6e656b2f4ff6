"use client";

import { useCallback, useEffect, useState } from "react";
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
      const result = await loadSegmentAction({ segmentId });
      if (!isCurrent) return;
      setLoadedKey(`${segmentId}:${generation}`);
      if (result?.data) setDetail(result.data);
      setError(result?.serverError ?? null);
    }, 60);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [segmentId, generation]);
  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return { detail: detail?.id === segmentId ? detail : null, isLoading: segmentId !== undefined && loadedKey !== key, error, reload };
}

/** next-safe-action's nested `_errors` lists, flattened into one sentence. */
export function describeValidationErrors(errors: unknown): string {
  const messages: string[] = [];
  const walk = (node: unknown) => {
    if (!node || typeof node !== "object") return;
    for (const [key, value] of Object.entries(node)) {
      if (key === "_errors" && Array.isArray(value)) messages.push(...value.map(String));
      else walk(value);
    }
  };
  walk(errors);
  return messages.join("; ") || "Check the form and try again.";
}
